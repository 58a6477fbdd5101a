"""Seats and the waiting list, and what participants are told.

Every change to who holds a seat runs in a transaction that first locks the event's row
(`select_for_update`), so that two teachers registering at the same moment are counted one after the
other: the second sees the first's seat and goes to the waiting list instead of taking a seat that is
no longer free. (On SQLite, which has no row locks, the portal's BEGIN IMMEDIATE transactions make
writers wait for each other, with the same result.) The waiting list moves up, first come first
served, whenever a seat becomes free: a cancelled registration, more seats, a deleted account."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from languages.dates import format_datetime, format_datetime_range
from notifications.sending import notify
from online_events.models import OnlineEvent, Registration, Status


class Refused(Exception):
    """A registration or cancellation that is not allowed; its message says why, for the teacher."""


def locked(event_pk):
    """The event, its row locked until the end of the transaction."""
    return OnlineEvent.objects.select_for_update().get(pk=event_pk)


def seats_taken(event):
    return event.registrations.filter(status=Status.REGISTERED).count()


def registration_refusal(event, user):
    """Why `user` may not register for `event` now, or "" if they may."""
    if event.is_cancelled:
        return _("This event was cancelled.")
    if event.organiser_id == user.pk:
        return _("You organise this event: you do not need to register.")
    if event.has_ended:
        return _("This event has taken place.")
    if event.has_started:
        return _("This event has already started: registration is closed.")
    if timezone.now() > event.registration_deadline:
        return _("Registration for this event closed on %(date)s.") % {
            "date": in_event_zone(event.registration_deadline, event)
        }
    return ""


def in_event_zone(moment, event):
    """ "9 December 2026, 17:00 (Europe/Paris)": a moment as the organiser set it, its zone named."""
    return f"{format_datetime(moment, time_zone=event.zone)} ({event.time_zone})"


def register(event_pk, user):
    """Give `user` a seat at the event, or a place on its waiting list when every seat is taken, and
    tell them by a notification. Raises Refused (nothing saved) when registration is not open to them;
    a teacher already registered keeps their registration."""
    with transaction.atomic():
        event = locked(event_pk)
        refusal = registration_refusal(event, user)
        if refusal:
            raise Refused(refusal)
        existing = event.registrations.filter(participant=user).first()
        if existing:
            return existing
        status = Status.REGISTERED if seats_taken(event) < event.capacity else Status.WAITING
        registration = Registration.objects.create(event=event, participant=user, status=status)
        tell(registration, "registered" if registration.has_seat else "waiting")
    return registration


def cancel_registration(event_pk, user):
    """Take `user` off the event (seat or waiting list); a seat they free goes to the first teacher
    waiting. Raises Refused once the event has started."""
    with transaction.atomic():
        event = locked(event_pk)
        if event.has_started:
            raise Refused(_("This event has already started: your registration can no longer be cancelled."))
        registration = event.registrations.filter(participant=user).first()
        if registration:
            remove(registration, event)
        return registration


def remove(registration, event):
    """Delete a registration of the locked `event`, giving a freed seat to the waiting list."""
    registration.delete()
    if registration.has_seat:
        fill_free_seats(event)


def fill_free_seats(event):
    """Move the first teachers of the waiting list to the seats that are free (the event's row must be
    locked), telling each; an event cancelled or over keeps its list as it is."""
    if event.is_cancelled or event.has_ended:
        return []
    free = event.capacity - seats_taken(event)
    if free <= 0:
        return []
    waiting = event.registrations.filter(status=Status.WAITING).order_by("registered_at", "pk")
    moved = list(waiting.select_related("participant")[:free])
    for registration in moved:
        registration.status = Status.REGISTERED
        registration.save(update_fields=["status"])
        tell(registration, "moved_up")
    return moved


def waiting_position(registration):
    """1 for the first teacher on the waiting list (in the order fill_free_seats serves it)."""
    earlier = Q(registered_at__lt=registration.registered_at) | Q(
        registered_at=registration.registered_at, pk__lt=registration.pk
    )
    return registration.event.registrations.filter(earlier, status=Status.WAITING).count() + 1


def save_event(form):
    """Save the organiser's form of a new or an existing event. For an existing event, participants
    are told when its time or its room changed, and more seats go to the waiting list."""
    with transaction.atomic():
        before = locked(form.instance.pk) if form.instance.pk else None
        event = form.save(commit=False)
        changes = what_changed(before, event) if before else ()
        if changes:
            event.sequence += 1
        event.save()
        if changes:
            for registration in event.registrations.select_related("participant"):
                tell(registration, "changed", excerpt=describe_changes(event, changes, registration.participant))
        if before:
            fill_free_seats(event)
    return event


TIME, ROOM = "time", "room"


def what_changed(before, after):
    """What participants must hear about: a new start or end, a new room link."""
    changes = []
    if (before.start, before.end) != (after.start, after.end):
        changes.append(TIME)
    if before.room_url != after.room_url:
        changes.append(ROOM)
    return changes


def describe_changes(event, changes, recipient):
    """The changes, in the recipient's language, for their notification's e-mail."""
    with translation.override(recipient.language):
        lines = []
        if TIME in changes:
            lines.append(_("New time: %(when)s") % {"when": when(event)})
        if ROOM in changes:
            lines.append(_("The link to the online room has changed: find the new one on the event's page."))
        return "\n".join(lines)


def cancel_event(event_pk):
    """Cancel the event and tell everyone registered or waiting. Registrations stay, so that
    participants still find the event, marked cancelled, among theirs."""
    with transaction.atomic():
        event = locked(event_pk)
        if event.is_cancelled:
            return event
        if event.has_started:
            raise Refused(_("This event has already started: it can no longer be cancelled."))
        event.cancelled_at = timezone.now()
        event.sequence += 1
        event.save(update_fields=["cancelled_at", "sequence", "updated_at"])
        for registration in event.registrations.select_related("participant"):
            tell(registration, "cancelled")
    return event


def when(event):
    """The event's start and end in its zone, the zone named, in the active language."""
    return f"{format_datetime_range(event.start, event.end, time_zone=event.zone)} ({event.time_zone})"


def tell(registration, notice, excerpt=None):
    """Notify the participant of `registration` with the notice `notice` of this app; the excerpt says
    when the event is, in their language, unless another is given."""
    participant, event = registration.participant, registration.event
    if excerpt is None:
        with translation.override(participant.language):
            excerpt = when(event)
    notify(
        participant,
        f"online_events.{notice}",
        params={"event": event.title},
        excerpt=excerpt,
        url_name="online_events:event",
        url_args=[event.pk],
    )
