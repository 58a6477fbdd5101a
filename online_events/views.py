"""The pages of online events, for validated teachers only (accounts.access): the list of upcoming events
with its filters, an event's page with the buttons to register and cancel, and the organiser's pages: the
form, the cancellation, the participants and their CSV.

An event hidden by a moderator, or organised by a teacher on the other side of a block, answers 404 as if
it did not exist (its organiser still sees it); the organiser's pages answer 404 to anyone else."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts.access import validated_teacher_required
from core.listing import Listing
from online_events.calendar import calendar_file
from online_events.forms import EventFilterForm, OnlineEventForm
from online_events.models import OnlineEvent
from online_events.participants import participants_csv
from online_events.registration import (
    Refused,
    cancel_event,
    cancel_registration,
    in_event_zone,
    register,
    registration_refusal,
    save_event,
    waiting_position,
)

EVENTS_PER_PAGE = 20


def events_for(user):
    """What the list and an event's page show of the events `user` may open."""
    return OnlineEvent.objects.visible_to(user).with_seats(user).select_related("organiser__country")


def event_or_404(user, pk):
    return get_object_or_404(events_for(user), pk=pk)


def organised_or_404(user, pk, **conditions):
    """One of `user`'s own events (with its seats): anyone else's is a 404."""
    return get_object_or_404(OnlineEvent.objects.with_seats(user), pk=pk, organiser=user, **conditions)


@validated_teacher_required
@require_safe
def event_list(request):
    """Upcoming events, soonest first; or with `mine=1`, those the reader organises or registered for."""
    show_mine = request.GET.get("mine") == "1"
    events = events_for(request.user)
    events = events.of(request.user) if show_mine else events.upcoming()
    filters = EventFilterForm(request.GET)
    listing = Listing(request, filters.filter(events), EVENTS_PER_PAGE)
    context = {"filters": filters, "listing": listing, "show_mine": show_mine}
    return render(request, "online_events/event_list.html", context)


@validated_teacher_required
@require_safe
def event_detail(request, pk):
    event = event_or_404(request.user, pk)
    registration = event.registrations.filter(participant=request.user).first()
    context = {
        "event": event,
        "registration": registration,
        "waiting_position": waiting_position(registration) if registration and not registration.has_seat else None,
        "is_organiser": event.organiser_id == request.user.pk,
        "shows_room": event.shows_room_to(request.user, registration),
        "refusal": registration_refusal(event, request.user),
        "deadline": in_event_zone(event.registration_deadline, event),
    }
    return render(request, "online_events/event_detail.html", context)


@validated_teacher_required
@require_safe
def event_calendar_file(request, pk):
    """The event's .ics, with the room's link for those who may see it."""
    event = event_or_404(request.user, pk)
    name, content, mimetype = calendar_file(event, request.user)
    response = HttpResponse(content, content_type=f"{mimetype}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@validated_teacher_required
@require_POST
def event_register(request, pk):
    event = event_or_404(request.user, pk)
    try:
        registration = register(event.pk, request.user)
    except Refused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, registered_message(registration))
    return redirect("online_events:event", pk=event.pk)


def registered_message(registration):
    if registration.has_seat:
        return _("You are registered. The link to the online room is below, and an e-mail confirms your seat.")
    return _(
        "This event is full, so you are on the waiting list (number %(position)d). If a seat becomes free, it "
        "is yours automatically, and we will tell you at once."
    ) % {"position": waiting_position(registration)}


@validated_teacher_required
@require_POST
def event_unregister(request, pk):
    event = event_or_404(request.user, pk)
    try:
        registration = cancel_registration(event.pk, request.user)
    except Refused as refusal:
        messages.error(request, str(refusal))
    else:
        if registration:
            messages.success(request, _("Your registration is cancelled."))
    return redirect("online_events:event", pk=event.pk)


@validated_teacher_required
@require_http_methods(["GET", "HEAD", "POST"])
def event_new(request):
    return event_form(request, OnlineEvent(organiser=request.user))


@validated_teacher_required
@require_http_methods(["GET", "HEAD", "POST"])
def event_edit(request, pk):
    return event_form(request, organised_or_404(request.user, pk, cancelled_at__isnull=True))


def event_form(request, event):
    form = OnlineEventForm(request.POST if request.method == "POST" else None, instance=event)
    if form.is_valid():
        is_new = not event.pk
        event = save_event(form)
        messages.success(
            request,
            _("Your event is published.")
            if is_new
            else _("Your changes are saved. Participants are told when the time or the room link changes."),
        )
        return redirect("online_events:event", pk=event.pk)
    return render(request, "online_events/event_form.html", {"form": form, "event": event})


@validated_teacher_required
@require_http_methods(["GET", "HEAD", "POST"])
def event_cancel(request, pk):
    """A page asking to confirm; everyone registered or waiting is told when it is confirmed."""
    event = organised_or_404(request.user, pk, cancelled_at__isnull=True)
    if request.method == "POST":
        try:
            cancel_event(event.pk)
        except Refused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("Your event is cancelled; the participants were told."))
        return redirect("online_events:event", pk=event.pk)
    return render(request, "online_events/event_confirm_cancel.html", {"event": event})


def participants_of(event):
    return event.registrations.select_related("participant__country", "participant__school").order_by(
        "status", "registered_at", "pk"
    )


@validated_teacher_required
@require_safe
def event_participants(request, pk):
    event = organised_or_404(request.user, pk)
    return render(
        request, "online_events/event_participants.html", {"event": event, "registrations": participants_of(event)}
    )


@validated_teacher_required
@require_safe
def event_participants_csv(request, pk):
    event = organised_or_404(request.user, pk)
    response = HttpResponse(participants_csv(participants_of(event)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="participants-{event.pk}.csv"'
    return response
