"""The demo's online events: made once by the demo teachers, in several languages, one with a waiting
list, and found again on a second run."""

import pytest

from accounts.factories import TeacherFactory
from countries.factories import CountryFactory
from countries.models import Country
from demo.online_events import EVENTS, load_online_events
from online_events.models import OnlineEvent, Registration, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_teachers(db):
    countries = {iso2: Country.objects.get(iso2=iso2) for iso2 in ("FR", "IT")}
    countries |= {iso2: CountryFactory(iso2=iso2) for iso2 in ("PL", "ES", "DE")}
    for username, iso2 in [("teacher-fr", "FR"), ("teacher-it", "IT"), ("teacher-pl", "PL")]:
        TeacherFactory(username=username, country=countries[iso2])
    for iso2 in ("ES", "DE"):
        TeacherFactory(country=countries[iso2])


def test_the_demo_events_are_made_once(demo_teachers):
    assert load_online_events() == len(EVENTS) == 6
    assert load_online_events() == 0
    assert OnlineEvent.objects.count() == 6
    assert OnlineEvent.objects.values("language").distinct().count() == 6


def test_one_demo_event_is_full_with_a_waiting_list(demo_teachers):
    load_online_events()
    full = OnlineEvent.objects.get(title="Ask us anything about eTwinning")
    assert full.registrations.filter(status=Status.REGISTERED).count() == full.capacity
    assert full.registrations.filter(status=Status.WAITING).exists()
    assert not Registration.objects.filter(participant_id=full.organiser_id, event=full).exists()
