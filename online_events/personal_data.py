"""A teacher's online events in "download my data", and what deleting their account does to them
(core.registry, `personal_data`).

Deleting the account deletes the teacher's registrations, each seat going to the first teacher on that
event's waiting list, and cancels the events they organise that have not started, telling everyone
registered. Events that have started or taken place stay, signed "Former member", as the record of
what happened."""

from django.db import transaction
from django.utils import timezone

from online_events.models import OnlineEvent, Registration
from online_events.registration import cancel_event, locked, remove


def export(user):
    return {
        "organised_events": [event_facts(event) for event in user.organised_online_events.order_by("start", "pk")],
        "registrations": [
            {
                "event": event_facts(registration.event),
                "status": registration.status,
                "registered_at": registration.registered_at.isoformat(),
            }
            for registration in user.online_event_registrations.select_related("event").order_by("registered_at")
        ],
    }


def event_facts(event):
    return {
        "title": event.title,
        "description": event.description,
        "organisation": event.organisation,
        "kind": event.kind,
        "language": event.language,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "time_zone": event.time_zone,
        "capacity": event.capacity,
        "room_url": event.room_url,
        "cancelled_at": event.cancelled_at.isoformat() if event.cancelled_at else None,
    }


def erase(user):
    with transaction.atomic():
        for registration in Registration.objects.filter(participant=user):
            remove(registration, locked(registration.event_id))
        upcoming = OnlineEvent.objects.filter(organiser=user, cancelled_at__isnull=True, start__gt=timezone.now())
        for event_pk in upcoming.values_list("pk", flat=True):
            cancel_event(event_pk)
