"""Upcoming and past events, times with the zone named, and an .ics file per event."""

from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from events.factories import EventPageFactory
from events.models import EventPage
from tests.helpers import soup
from tests.world import world

pytestmark = pytest.mark.django_db


def titles(response):
    return [link.get_text(strip=True) for link in soup(response).select(".event-list .card__title a")]


@pytest.fixture
def events():
    """Three upcoming events (the next in Lisbon's time zone) and two past ones, by title."""
    now = timezone.now().replace(microsecond=0)

    def event(title, days, **fields):
        return EventPageFactory(parent=world().events, title=title, start=now + timedelta(days=days), **fields)

    return {
        "upcoming": [
            event("Starting a project in Lisbon", 3, time_zone="Europe/Lisbon"),
            event("Online seminar on media literacy", 10),
            event("Annual conference", 40),
        ],
        "past": [event("Spring workshop", -30), event("Winter webinar", -90)],
    }


def test_upcoming_and_past_lists(client, events):
    upcoming, past = titles(client.get("/en/events/")), titles(client.get("/en/events/?when=past"))
    assert set(upcoming) == {event.title for event in events["upcoming"]}
    assert set(past) == {event.title for event in events["past"]}
    assert len(upcoming) == 3 and len(past) == 2


def test_event_page_names_the_time_zone_and_utc(client, events):
    event = EventPage.upcoming("en").first()
    assert event.title == "Starting a project in Lisbon"
    page = soup(client.get(f"/en/events/{event.slug}/"))
    when = page.select_one(".event-time").get_text()
    assert event.time_zone in when and "UTC" in when
    assert page.select_one("time[datetime]")["datetime"].startswith(event.start.strftime("%Y-%m-%dT%H:%M"))
    assert '"@type": "Event"' in page.select_one('script[type="application/ld+json"]').string


def test_ics_file_describes_the_event(client, events):
    event = EventPage.upcoming("en").first()
    response = client.get(f"/en/events/{event.slug}/ics/")
    assert response["Content-Type"].startswith("text/calendar")
    [component] = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(component["summary"]) == event.title
    assert component.decoded("dtstart") == event.start


def test_event_end_before_start_is_refused_with_a_message():
    event = EventPage(title="x", kind="course", start="2027-01-02T10:00Z", end="2027-01-01T10:00Z")
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end" in error.value.message_dict
