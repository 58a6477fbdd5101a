"""Upcoming and past events, times with the zone named, and an .ics file per event."""

import pytest
from icalendar import Calendar

from events.models import EventPage
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def titles(response):
    return [link.get_text(strip=True) for link in soup(response).select(".event-list .card__title a")]


def test_upcoming_and_past_lists(client):
    upcoming, past = titles(client.get("/en/events/")), titles(client.get("/en/events/?when=past"))
    assert len(upcoming) == 5 and len(past) == 3
    assert not set(upcoming) & set(past)


def test_event_page_names_the_time_zone_and_utc(client):
    event = EventPage.upcoming("en").first()
    page = soup(client.get(f"/en/events/{event.slug}/"))
    when = page.select_one(".event-time").get_text()
    assert event.time_zone in when and "UTC" in when
    assert page.select_one("time[datetime]")["datetime"].startswith(event.start.strftime("%Y-%m-%dT%H:%M"))
    assert '"@type": "Event"' in page.select_one('script[type="application/ld+json"]').string


def test_ics_file_describes_the_event(client):
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
