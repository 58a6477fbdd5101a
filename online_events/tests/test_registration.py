"""Registering and cancelling: seats, the waiting list moving up, the refusals, and what participants
are told (notifications, e-mails with an .ics)."""

import datetime
import threading
import time

import pytest
from django.db import connection
from django.utils import timezone

from live.tests.helpers import teacher
from online_events import registration as seats
from online_events.factories import OnlineEventFactory, RegistrationFactory
from online_events.models import Registration, Status
from online_events.tests.utils import calendar_attachment, emails_to, hours, notices_of, url

pytestmark = pytest.mark.django_db


def status_of(event, user):
    return Registration.objects.filter(event=event, participant=user).values_list("status", flat=True).first()


def test_registering_gives_a_seat_a_confirmation_and_an_ics_with_the_room(reader_client, reader):
    event = OnlineEventFactory(title="Starting an eTwinning project", room_url="https://meet.example.org/start")

    response = reader_client.post(url("register", event), follow=True)

    assert status_of(event, reader) == Status.REGISTERED
    html = response.content.decode()
    assert "You are registered." in html
    assert 'href="https://meet.example.org/start"' in html
    assert notices_of(reader) == ["online_events.registered"]
    [email] = emails_to(reader)
    assert "You are registered for the online event “Starting an eTwinning project”." in email.body
    ics = calendar_attachment(email)
    assert "SUMMARY:Starting an eTwinning project" in ics
    assert "LOCATION:https://meet.example.org/start" in ics
    assert event.start.astimezone(datetime.UTC).strftime("DTSTART:%Y%m%dT%H%M%SZ") in ics


def test_a_full_event_puts_the_teacher_on_the_waiting_list_and_says_so(reader_client, reader):
    event = OnlineEventFactory(capacity=1, room_url="https://meet.example.org/full")
    RegistrationFactory(event=event)

    response = reader_client.post(url("register", event), follow=True)

    assert status_of(event, reader) == Status.WAITING
    html = response.content.decode()
    assert "This event is full, so you are on the waiting list (number 1)." in html
    assert "meet.example.org/full" not in html
    assert notices_of(reader) == ["online_events.waiting"]
    [email] = emails_to(reader)
    assert "You are on the waiting list for the online event" in email.body
    assert calendar_attachment(email) is None


def test_the_waiting_list_moves_up_first_come_first_served_when_a_seat_is_freed(client, reader):
    event = OnlineEventFactory(capacity=1, title="Coding club")
    RegistrationFactory(event=event, participant=reader)
    first, second = teacher(), teacher()
    for waiting in (first, second):
        seats.register(event.pk, waiting)
    client.force_login(reader)

    response = client.post(url("unregister", event), follow=True)

    assert "Your registration is cancelled." in response.content.decode()
    assert status_of(event, reader) is None
    assert status_of(event, first) == Status.REGISTERED
    assert status_of(event, second) == Status.WAITING
    assert notices_of(first) == ["online_events.waiting", "online_events.moved_up"]
    email = emails_to(first)[-1]
    assert "A seat became free: you are now registered for the online event “Coding club”." in email.body
    assert "LOCATION:" in calendar_attachment(email)


def test_leaving_the_waiting_list_frees_no_seat(client, reader):
    event = OnlineEventFactory(capacity=1)
    holder = RegistrationFactory(event=event).participant
    seats.register(event.pk, reader)
    behind = teacher()
    seats.register(event.pk, behind)
    client.force_login(reader)

    client.post(url("unregister", event))

    assert status_of(event, holder) == Status.REGISTERED
    assert status_of(event, behind) == Status.WAITING


def test_registering_twice_keeps_one_registration(reader_client, reader):
    event = OnlineEventFactory()
    reader_client.post(url("register", event))
    reader_client.post(url("register", event))
    assert Registration.objects.filter(event=event, participant=reader).count() == 1
    assert notices_of(reader) == ["online_events.registered"]


@pytest.mark.parametrize(
    "event_fields, message",
    [
        ({"starts_in": -hours(2), "lasts": hours(3)}, "This event has already started: registration is closed."),
        ({"starts_in": -hours(48)}, "This event has taken place."),
        (
            {"registration_deadline": timezone.now() - hours(1), "time_zone": "Europe/Rome"},
            "Registration for this event closed on ",
        ),
        ({"cancelled_at": timezone.now()}, "This event was cancelled."),
    ],
)
def test_registration_is_refused_with_a_reason_and_nothing_saved(reader_client, reader, event_fields, message):
    event = OnlineEventFactory(**event_fields)

    response = reader_client.post(url("register", event), follow=True)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert status_of(event, reader) is None
    assert notices_of(reader) == []


def test_the_deadline_is_named_in_the_organisers_zone(reader_client):
    deadline = datetime.datetime(2026, 1, 10, 16, 30, tzinfo=datetime.UTC)
    event = OnlineEventFactory(registration_deadline=deadline, time_zone="Europe/Rome")
    response = reader_client.post(url("register", event), follow=True)
    assert "Registration for this event closed on 10 January 2026, 17:30 (Europe/Rome)." in response.content.decode()


def test_the_organiser_need_not_register(organiser_client, organiser):
    event = OnlineEventFactory(organiser=organiser)
    response = organiser_client.post(url("register", event), follow=True)
    assert "You organise this event: you do not need to register." in response.content.decode()
    assert not Registration.objects.exists()


def test_a_registration_cannot_be_cancelled_once_the_event_has_started(client, reader):
    event = OnlineEventFactory(starts_in=-hours(1), lasts=hours(2))
    RegistrationFactory(event=event, participant=reader)
    client.force_login(reader)

    response = client.post(url("unregister", event), follow=True)

    assert "your registration can no longer be cancelled" in response.content.decode()
    assert status_of(event, reader) == Status.REGISTERED


@pytest.mark.parametrize("name", ["register", "unregister"])
def test_registering_and_cancelling_take_posts_only(reader_client, name):
    assert reader_client.get(url(name, OnlineEventFactory())).status_code == 405


def in_threads(function, *argument_lists):
    """Run `function` once per argument list, in threads started together, each on a database connection
    of its own that commits, outside the test's transaction; their results."""
    start = threading.Barrier(len(argument_lists))
    results = [None] * len(argument_lists)

    def run(index, arguments):
        try:
            start.wait()
            results[index] = function(*arguments)
        except Exception as error:  # noqa: BLE001 - handed to the test's thread, which raises it
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=[index, args]) for index, args in enumerate(argument_lists)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for result in results:
        if isinstance(result, Exception):
            raise result
    return results


def committed(function, *arguments):
    return in_threads(function, arguments)[0]


def an_event_for_two():
    return OnlineEventFactory(capacity=1), teacher(), teacher()


def statuses(event):
    return sorted(Registration.objects.filter(event=event).values_list("status", flat=True))


def delete(event, *teachers):
    event.delete()
    event.organiser.delete()
    for user in teachers:
        user.delete()


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite has no row locks; BEGIN IMMEDIATE serialises its writers"
)
def test_two_teachers_registering_at_once_cannot_both_take_the_last_seat(monkeypatch):
    """Each registration counts the seats taken, then waits, as if the server were slow: without the
    lock on the event, both would count the last seat as free and take it. The two registrations run on
    connections of their own, which only see data that was committed: the event and the teachers are
    made and deleted the same way."""
    counted = seats.seats_taken

    def slow_count(counted_event):
        taken = counted(counted_event)
        time.sleep(0.3)
        return taken

    monkeypatch.setattr(seats, "seats_taken", slow_count)
    event, first, second = committed(an_event_for_two)
    try:
        in_threads(seats.register, (event.pk, first), (event.pk, second))
        result = committed(statuses, event)
    finally:
        committed(delete, event, first, second)
    assert result == [Status.REGISTERED, Status.WAITING]
