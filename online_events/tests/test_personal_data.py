"""A teacher's online events in "download my data", and what deleting their account does to them."""

import json

import pytest

from online_events import personal_data
from online_events.factories import OnlineEventFactory, RegistrationFactory
from online_events.models import OnlineEvent, Registration, Status
from online_events.tests.utils import hours, notices_of

pytestmark = pytest.mark.django_db


def test_the_export_lists_events_organised_and_registrations(reader):
    OnlineEventFactory(organiser=reader, title="My seminar", room_url="https://meet.example.org/mine")
    RegistrationFactory(participant=reader, event=OnlineEventFactory(title="Their meeting"), status=Status.WAITING)
    OnlineEventFactory(title="Not mine")

    data = json.loads(json.dumps(personal_data.export(reader)))

    assert [event["title"] for event in data["organised_events"]] == ["My seminar"]
    assert data["organised_events"][0]["room_url"] == "https://meet.example.org/mine"
    [registration] = data["registrations"]
    assert registration["event"]["title"] == "Their meeting"
    assert registration["status"] == "waiting"


def test_erasing_frees_the_seats_and_cancels_the_events_to_come(reader):
    full = OnlineEventFactory(capacity=1, title="Full one")
    RegistrationFactory(event=full, participant=reader)
    next_in_line = RegistrationFactory(event=full, status=Status.WAITING).participant
    upcoming = OnlineEventFactory(organiser=reader, title="Upcoming")
    participant = RegistrationFactory(event=upcoming).participant
    past = OnlineEventFactory(organiser=reader, starts_in=-hours(48), title="Past")

    personal_data.erase(reader)

    assert not Registration.objects.filter(participant=reader).exists()
    assert full.registrations.get(participant=next_in_line).status == Status.REGISTERED
    assert notices_of(next_in_line) == ["online_events.moved_up"]
    assert OnlineEvent.objects.get(pk=upcoming.pk).is_cancelled
    assert notices_of(participant) == ["online_events.cancelled"]
    assert OnlineEvent.objects.get(pk=past.pk).cancelled_at is None
