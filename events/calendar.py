"""An event as an iCalendar file (RFC 5545) with the icalendar library."""

from icalendar import Calendar, Event


def event_calendar(page, request):
    calendar = Calendar()
    calendar.add("prodid", "-//Twinning portal//events//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"event-{page.translation_key}@{request.get_host()}")
    event.add("summary", page.title)
    event.add("description", f"{page.introduction}\n\n{page.full_url}")
    event.add("dtstart", page.start)
    event.add("dtend", page.end)
    event.add("dtstamp", page.last_published_at or page.start)
    event.add("url", page.full_url)
    if page.location:
        event.add("location", page.location)
    calendar.add_component(event)
    return calendar.to_ical()
