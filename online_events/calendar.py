"""An online event as an iCalendar file (RFC 5545, the icalendar library, as events.calendar for the
public events), for the e-mails of registrations, reminders and changes, and the event's page.

The file carries the link to the online room only for those who may see it (the organiser and the
registered participants). Its UID stays the same and its SEQUENCE grows with each change, so that a
calendar that imported it replaces its copy; a cancelled event's file is marked CANCELLED."""

from urllib.parse import urlsplit

from django.conf import settings
from icalendar import Calendar, Event

from core.site import absolute_url
from online_events.models import Registration, Status


def event_calendar(event, *, with_room):
    calendar = Calendar()
    calendar.add("prodid", "-//Twinning portal//online events//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    page_url = absolute_url(event.get_absolute_url())
    entry = Event()
    entry.add("uid", f"online-event-{event.pk}@{urlsplit(settings.BASE_URL).hostname}")
    entry.add("sequence", event.sequence)
    entry.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    entry.add("summary", event.title)
    entry.add("description", "\n\n".join([event.description, page_url, *([event.room_url] if with_room else [])]))
    entry.add("dtstart", event.start)
    entry.add("dtend", event.end)
    entry.add("dtstamp", event.updated_at)
    entry.add("url", page_url)
    if with_room:
        entry.add("location", event.room_url)
    calendar.add_component(entry)
    return calendar.to_ical()


def calendar_file(event, user):
    """(file name, content, MIME type) of the event's .ics as `user` may have it."""
    registration = event.registrations.filter(participant=user).first()
    with_room = event.shows_room_to(user, registration)
    return f"online-event-{event.pk}.ics", event_calendar(event, with_room=with_room), "text/calendar"


def calendar_attachments(notification):
    """The .ics of the event a notification is about (its page's argument) for a participant with a
    seat, as the event is when the e-mail goes (teachers on the waiting list have nothing in their
    calendar yet; one who cancelled in between gets nothing)."""
    seat = (
        Registration.objects.filter(
            event_id__in=notification.url_args[:1], participant=notification.recipient, status=Status.REGISTERED
        )
        .select_related("event")
        .first()
    )
    return [calendar_file(seat.event, notification.recipient)] if seat else []
