"""The organiser's side: publishing an event (times read in the zone they pick), what the form refuses,
editing it (participants told of a new time or room, more seats for the waiting list) and cancelling it."""

import datetime

import pytest
from django.utils import timezone

from online_events.factories import OnlineEventFactory, RegistrationFactory
from online_events.models import OnlineEvent, Status
from online_events.tests.utils import calendar_attachment, emails_to, hours, notices_of, url

pytestmark = pytest.mark.django_db


def wall_clock(days_ahead, hour, minute=0):
    """ "2030-03-14T18:00": what the organiser types in a date-and-time box, `days_ahead` from today."""
    day = timezone.localdate() + datetime.timedelta(days=days_ahead)
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"


# A value that is not among a list's choices cannot be shown chosen again.
CHOSEN_FROM_LISTS = ("time_zone", "language")


def form_data(**changes):
    return {
        "title": "Climate and pupils",
        "kind": "seminar",
        "language": "fr",
        "description": "How to talk about climate with 12-year-olds.",
        "organisation": "Réseau Canopé",
        "start": wall_clock(10, 18),
        "end": wall_clock(10, 19, 30),
        "time_zone": "Europe/Paris",
        "registration_deadline": wall_clock(9, 12),
        "capacity": "30",
        "room_url": "https://meet.example.org/climate",
    } | changes


def test_a_teacher_publishes_an_event_with_times_read_in_the_zone_they_chose(client, reader):
    client.force_login(reader)
    data = form_data(start="2030-07-01T18:00", end="2030-07-01T19:30", registration_deadline="2030-06-30T12:00")
    data["time_zone"] = "America/New_York"

    response = client.post(url("new"), data, follow=True)

    event = OnlineEvent.objects.get()
    assert event.organiser == reader
    assert event.start == datetime.datetime(2030, 7, 1, 22, 0, tzinfo=datetime.UTC)
    assert event.end == datetime.datetime(2030, 7, 1, 23, 30, tzinfo=datetime.UTC)
    assert event.registration_deadline == datetime.datetime(2030, 6, 30, 16, 0, tzinfo=datetime.UTC)
    html = response.content.decode()
    assert "Your event is published." in html
    assert "1 July 2030, 18:00" in html
    assert "(America/New_York; 22:00 UTC)" in html
    assert "https://meet.example.org/climate" in html


def test_the_edit_form_shows_the_times_in_the_events_zone(organiser_client, organiser):
    event = OnlineEventFactory(
        organiser=organiser, time_zone="Asia/Tokyo", start=datetime.datetime(2030, 1, 5, 1, 0, tzinfo=datetime.UTC)
    )
    html = organiser_client.get(url("edit", event)).content.decode()
    assert 'value="2030-01-05T10:00"' in html
    assert '<option value="Asia/Tokyo" selected>' in html


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"end": wall_clock(10, 17)}, "end", "The end must be after the start."),
        ({"registration_deadline": wall_clock(10, 19)}, "registration_deadline", "Registration must close before"),
        ({"capacity": "0"}, "capacity", "There must be at least one seat."),
        ({"capacity": "-3"}, "capacity", "There must be at least one seat."),
        ({"room_url": "javascript:alert(1)"}, "room_url", "Enter a valid URL."),
        ({"room_url": "ftp://files.example.org/room"}, "room_url", "starting with https:// or http://"),
        ({"start": wall_clock(-1, 10), "end": wall_clock(-1, 11)}, "start", "This time is past."),
        ({"start": "next Tuesday"}, "start", "Enter a valid date/time."),
        ({"time_zone": "Mars/Olympus"}, "time_zone", "Select a valid choice."),
        ({"language": "tlh"}, "language", "Select a valid choice."),
        (
            {"start": "2030-03-31T02:30", "end": "2030-03-31T04:00", "registration_deadline": "2030-03-30T10:00"},
            "start",
            "This time does not exist in this time zone",
        ),
    ],
)
def test_bad_input_is_refused_with_a_message_and_what_was_typed_is_kept(reader_client, changes, field, message):
    data = form_data(**changes)

    response = reader_client.post(url("new"), data)

    assert response.status_code == 200
    assert not OnlineEvent.objects.exists()
    form = response.context["form"]
    assert any(message in error for error in form.errors[field]), form.errors
    html = response.content.decode()
    assert "There is a problem" in html
    assert 'value="Climate and pupils"' in html
    if field not in CHOSEN_FROM_LISTS:
        assert f'value="{data[field]}"' in html


def edit(client, event, **changes):
    data = form_data(
        title=event.title,
        start=event.start.astimezone(event.zone).strftime("%Y-%m-%dT%H:%M"),
        end=event.end.astimezone(event.zone).strftime("%Y-%m-%dT%H:%M"),
        registration_deadline=event.registration_deadline.astimezone(event.zone).strftime("%Y-%m-%dT%H:%M"),
        time_zone=event.time_zone,
        capacity=str(event.capacity),
        room_url=event.room_url,
    )
    return client.post(url("edit", event), data | changes, follow=True)


def test_a_new_time_is_told_to_everyone_registered_or_waiting_with_an_updated_ics(organiser_client, organiser):
    event = OnlineEventFactory(organiser=organiser, capacity=1, title="Climate and pupils", time_zone="Europe/Paris")
    seated = RegistrationFactory(event=event).participant
    waiting = RegistrationFactory(event=event, status=Status.WAITING).participant

    response = edit(organiser_client, event, start="2030-05-04T17:00", end="2030-05-04T18:00")

    assert "Your changes are saved." in response.content.decode()
    assert notices_of(seated) == ["online_events.changed"]
    assert notices_of(waiting) == ["online_events.changed"]
    [email] = emails_to(seated)
    assert "The organiser changed the online event “Climate and pupils”." in email.body
    assert "New time: 4 May 2030, 17:00" in email.body
    assert "(Europe/Paris)" in email.body
    ics = calendar_attachment(email)
    assert "SEQUENCE:1" in ics
    assert "DTSTART:20300504T150000Z" in ics
    assert calendar_attachment(emails_to(waiting)[0]) is None


def test_a_new_room_link_is_told_and_the_description_alone_is_not(organiser_client, organiser):
    event = OnlineEventFactory(organiser=organiser)
    participant = RegistrationFactory(event=event).participant

    edit(organiser_client, event, description="A better description.")
    assert notices_of(participant) == []

    edit(organiser_client, event, room_url="https://meet.example.org/new-room")
    assert notices_of(participant) == ["online_events.changed"]
    assert "The link to the online room has changed" in emails_to(participant)[0].body


def test_more_seats_move_the_waiting_list_up(organiser_client, organiser):
    event = OnlineEventFactory(organiser=organiser, capacity=1)
    RegistrationFactory(event=event)
    waiting = RegistrationFactory(event=event, status=Status.WAITING).participant

    edit(organiser_client, event, capacity="2")

    assert event.registrations.get(participant=waiting).status == Status.REGISTERED
    assert notices_of(waiting) == ["online_events.moved_up"]


def test_seats_cannot_go_below_those_taken(organiser_client, organiser):
    event = OnlineEventFactory(organiser=organiser, capacity=3)
    RegistrationFactory.create_batch(2, event=event)

    response = edit(organiser_client, event, capacity="1")

    assert "2 teachers already have a seat: keep at least 2 seats." in response.content.decode()
    event.refresh_from_db()
    assert event.capacity == 3


def test_an_event_that_has_begun_can_still_get_a_better_description(organiser_client, organiser):
    event = OnlineEventFactory(organiser=organiser, starts_in=-hours(1), lasts=hours(3))
    response = edit(organiser_client, event, description="Slides: https://example.org/slides")
    assert "Your changes are saved." in response.content.decode()


def test_cancelling_asks_first_then_tells_everyone(organiser_client, organiser):
    event = OnlineEventFactory(organiser=organiser, capacity=1, title="Coding club")
    seated = RegistrationFactory(event=event).participant
    waiting = RegistrationFactory(event=event, status=Status.WAITING).participant

    confirm = organiser_client.get(url("cancel", event)).content.decode()
    assert "Cancel “Coding club”? The 2 teachers registered or waiting will be told." in confirm
    assert OnlineEvent.objects.get().cancelled_at is None

    response = organiser_client.post(url("cancel", event), follow=True)

    assert "Your event is cancelled; the participants were told." in response.content.decode()
    assert OnlineEvent.objects.get().is_cancelled
    assert notices_of(seated) == ["online_events.cancelled"]
    assert notices_of(waiting) == ["online_events.cancelled"]
    ics = calendar_attachment(emails_to(seated)[0])
    assert "STATUS:CANCELLED" in ics
    assert "SEQUENCE:1" in ics
    assert organiser_client.get(url("edit", event)).status_code == 404


def test_an_event_that_has_started_cannot_be_cancelled(organiser_client, organiser):
    event = OnlineEventFactory(organiser=organiser, starts_in=-hours(1), lasts=hours(2))
    response = organiser_client.post(url("cancel", event), follow=True)
    assert "it can no longer be cancelled" in response.content.decode()
    assert OnlineEvent.objects.get().cancelled_at is None
