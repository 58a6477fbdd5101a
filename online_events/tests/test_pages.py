"""The list and an event's page: what a teacher sees, who sees the room's link, the filters, "my
events", who may open what, and what each page costs."""

import re

import pytest
from django.urls import reverse

from accounts.factories import PupilFactory
from contacts.models import Block
from live.tests.helpers import as_on_a_running_server, teacher, waiting_teacher
from online_events.factories import OnlineEventFactory, RegistrationFactory
from online_events.models import EventKind, Status
from online_events.tests.utils import hours, url
from schools.factories import SchoolFactory

pytestmark = pytest.mark.django_db

ROOM = "https://meet.example.org/secret-room"


def titles(response):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


def test_the_list_shows_upcoming_events_soonest_first(reader_client):
    OnlineEventFactory(title="Next month", starts_in=hours(24 * 30))
    OnlineEventFactory(title="Tomorrow", starts_in=hours(24))
    OnlineEventFactory(title="Running now", starts_in=-hours(1), lasts=hours(2))
    OnlineEventFactory(title="Over", starts_in=-hours(3))
    OnlineEventFactory(title="Cancelled", cancelled_at="2026-01-01T00:00Z")

    response = reader_client.get(url("list"))

    assert response.status_code == 200
    assert titles(response) == ["Running now", "Tomorrow", "Next month"]
    assert "3 upcoming events" in response.content.decode()


def test_a_card_says_what_when_who_and_how_many_seats_are_left(reader_client, organiser):
    event = OnlineEventFactory(
        organiser=organiser,
        organisation="INDIRE",
        kind=EventKind.LEARNING_EVENT,
        language="it",
        capacity=3,
        time_zone="Europe/Rome",
        start="2030-03-14T15:00Z",
        end="2030-03-14T16:30Z",
        registration_deadline="2030-03-14T12:00Z",
    )
    RegistrationFactory(event=event)
    RegistrationFactory(event=event, status=Status.WAITING)

    html = reader_client.get(url("list")).content.decode()

    assert "Learning event · Italian" in html
    assert "Marco Bianchi</a>, Italy · on behalf of INDIRE" in html
    assert '<time datetime="2030-03-14T15:00:00+00:00" data-local-time>14 March 2030, 16:00</time>' in html
    assert "(Europe/Rome; 15:00 UTC)" in html
    assert "2 seats left" in html
    assert ROOM not in html


def test_the_list_in_french_names_the_kind_and_language_in_french(client, reader):
    OnlineEventFactory(language="de", start="2030-03-14T15:00Z", end="2030-03-14T16:00Z")
    client.force_login(reader)
    html = client.get(url("list").replace("/en/", "/fr/")).content.decode()
    assert "Allemand" in html
    assert "14 mars 2030" in html


def test_filters_by_language_and_kind(reader_client):
    OnlineEventFactory(title="Italian seminar", language="it", kind=EventKind.SEMINAR)
    OnlineEventFactory(title="Italian meeting", language="it", kind=EventKind.MEETING)
    OnlineEventFactory(title="French meeting", language="fr", kind=EventKind.MEETING)

    assert titles(reader_client.get(url("list"), {"language": "it"})) == ["Italian seminar", "Italian meeting"]
    assert titles(reader_client.get(url("list"), {"language": "it", "kind": "meeting"})) == ["Italian meeting"]


@pytest.mark.parametrize(
    "query, message",
    [
        ({"language": "klingon"}, "Language: Select a valid choice."),
        ({"kind": "<script>"}, "Type of event: Select a valid choice."),
        ({"page": "²"}, "There is no page"),
        ({"page": "99"}, "There are only 1 pages; here is the last one."),
    ],
)
def test_bad_filter_values_are_explained_and_the_list_still_shows(reader_client, query, message):
    OnlineEventFactory(title="Still listed")
    response = reader_client.get(url("list"), query)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert titles(response) == ["Still listed"]
    assert "<script>" not in response.content.decode()


def test_the_list_is_paginated(reader_client):
    OnlineEventFactory.create_batch(21)
    first, second = reader_client.get(url("list")), reader_client.get(url("list"), {"page": 2})
    assert len(titles(first)) == 20
    assert len(titles(second)) == 1
    assert 'rel="next"' in first.content.decode()


def test_my_events_are_those_i_organise_or_registered_for_cancelled_ones_included(client, reader):
    OnlineEventFactory(title="Someone else's")
    OnlineEventFactory(organiser=reader, title="Mine", starts_in=hours(50))
    RegistrationFactory(participant=reader, event=OnlineEventFactory(title="Registered", starts_in=hours(30)))
    waiting = OnlineEventFactory(title="Waiting", starts_in=hours(40), cancelled_at="2026-01-01T00:00Z")
    RegistrationFactory(participant=reader, event=waiting, status=Status.WAITING)
    RegistrationFactory(participant=reader, event=OnlineEventFactory(title="Over", starts_in=-hours(5)))
    client.force_login(reader)

    response = client.get(url("list"), {"mine": "1"})

    assert titles(response) == ["Registered", "Waiting", "Mine"]
    html = response.content.decode()
    assert "You are registered" in html
    assert "You are on the waiting list" in html
    assert "Cancelled" in html


def test_the_room_link_is_only_for_the_organiser_and_registered_participants(client, organiser, reader):
    event = OnlineEventFactory(organiser=organiser, capacity=1, room_url=ROOM)
    participant = RegistrationFactory(event=event).participant
    waiting = RegistrationFactory(event=event, status=Status.WAITING).participant

    def sees_room(user):
        client.force_login(user)
        page = client.get(url("event", event)).content.decode()
        calendar = client.get(url("calendar", event)).content.decode()
        listing = client.get(url("list")).content.decode() + client.get(url("list"), {"mine": 1}).content.decode()
        assert ROOM not in listing
        return ROOM in page, ROOM in calendar.replace("\r\n ", "")

    assert sees_room(organiser) == (True, True)
    assert sees_room(participant) == (True, True)
    assert sees_room(reader) == (False, False)
    assert sees_room(waiting) == (False, False)


def test_a_cancelled_event_shows_no_room_even_to_its_participants(client, reader):
    event = OnlineEventFactory(room_url=ROOM, cancelled_at="2026-01-01T00:00Z")
    RegistrationFactory(event=event, participant=reader)
    client.force_login(reader)
    html = client.get(url("event", event)).content.decode()
    assert "This event was cancelled." in html
    assert ROOM not in html


def test_the_event_page_shows_the_reader_their_place_on_the_waiting_list(client, reader):
    event = OnlineEventFactory(capacity=1)
    RegistrationFactory(event=event)
    RegistrationFactory(event=event, status=Status.WAITING)
    RegistrationFactory(event=event, participant=reader, status=Status.WAITING)
    client.force_login(reader)
    html = client.get(url("event", event)).content.decode()
    assert "You are number 2 on the waiting list." in html
    assert "Leave the waiting list" in html


def test_the_description_is_plain_text_with_clickable_links(reader_client):
    event = OnlineEventFactory(description="<b>Bring</b> your ideas: https://example.org/agenda")
    html = reader_client.get(url("event", event)).content.decode()
    assert "&lt;b&gt;Bring&lt;/b&gt;" in html
    assert '<a href="https://example.org/agenda" rel="nofollow">https://example.org/agenda</a>' in html


def test_the_page_offers_what_fits_the_reader(client, organiser, reader):
    event = OnlineEventFactory(organiser=organiser, capacity=1)
    client.force_login(reader)
    assert "Register</button>" in client.get(url("event", event)).content.decode()
    RegistrationFactory(event=event)
    assert "Join the waiting list</button>" in client.get(url("event", event)).content.decode()
    client.force_login(organiser)
    html = client.get(url("event", event)).content.decode()
    assert url("edit", event) in html
    assert url("participants", event) in html
    assert url("cancel", event) in html
    assert "Register</button>" not in html


def test_a_hidden_event_is_gone_for_others_and_marked_for_its_organiser(client, organiser, reader):
    event = OnlineEventFactory(
        organiser=organiser, title="Hidden one", hidden_at="2026-01-01T00:00Z", hidden_reason="Advertising."
    )
    client.force_login(reader)
    assert titles(client.get(url("list"))) == []
    assert client.get(url("event", event)).status_code == 404
    assert client.post(url("register", event)).status_code == 404
    client.force_login(organiser)
    html = client.get(url("event", event)).content.decode()
    assert "Hidden by a moderator: Advertising." in html


def test_other_teachers_can_report_an_event_and_its_organiser_cannot(client, organiser, reader):
    event = OnlineEventFactory(organiser=organiser)
    report = reverse("moderation:report", args=["online_events", "onlineevent", event.pk])
    client.force_login(reader)
    assert f'href="{report}"' in client.get(url("event", event)).content.decode()
    assert client.get(report).status_code == 200
    client.force_login(organiser)
    assert report not in client.get(url("event", event)).content.decode()


@pytest.mark.parametrize("blocker_is_reader", [True, False])
def test_events_across_a_block_are_not_seen(client, organiser, reader, blocker_is_reader):
    event = OnlineEventFactory(organiser=organiser)
    blocker, blocked = (reader, organiser) if blocker_is_reader else (organiser, reader)
    Block.objects.create(blocker=blocker, blocked=blocked)
    client.force_login(reader)
    assert titles(client.get(url("list"))) == []
    assert client.get(url("event", event)).status_code == 404


@pytest.mark.parametrize("name", ["edit", "cancel", "participants", "participants_csv"])
def test_the_organisers_pages_are_not_found_for_anyone_else(reader_client, organiser, name):
    event = OnlineEventFactory(organiser=organiser)
    RegistrationFactory(event=event)
    assert reader_client.get(url(name, event)).status_code == 404


@pytest.mark.parametrize("name", ["edit", "cancel"])
def test_nobody_else_can_change_or_cancel_an_event(reader_client, organiser, name):
    event = OnlineEventFactory(organiser=organiser, title="Kept as it was")
    assert reader_client.post(url(name, event), {"title": "Taken over"}).status_code == 404
    event.refresh_from_db()
    assert (event.title, event.cancelled_at) == ("Kept as it was", None)


@pytest.mark.parametrize("name", ["participants", "participants_csv", "calendar"])
def test_pages_to_read_take_no_posts(organiser_client, organiser, name):
    assert organiser_client.post(url(name, OnlineEventFactory(organiser=organiser))).status_code == 405


def test_an_unknown_event_is_not_found(reader_client):
    assert reader_client.get(reverse("online_events:event", args=[999999])).status_code == 404
    assert reader_client.post(reverse("online_events:register", args=[999999])).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in_and_others_are_refused(client):
    event = OnlineEventFactory()
    response = client.get(url("event", event))
    assert response.status_code == 302
    assert "login" in response.url
    client.force_login(PupilFactory())
    assert client.get(url("list")).status_code == 403
    client.force_login(waiting_teacher())
    assert client.post(url("register", event)).status_code == 302
    assert not event.registrations.exists()


def test_pages_are_never_cached(reader_client):
    response = reader_client.get(url("list"))
    assert "no-cache" in response["Cache-Control"]
    assert "private" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


# The queries of each page on a warm server, for the organiser of 20 events with 15 registrations (and
# for a teacher on the waiting list: "event as waiting"). Every Live page stays within 12.
QUERIES = {
    "list": 7,
    "mine": 7,
    "event": 7,
    "event as waiting": 8,
    "participants": 7,
    "participants_csv": 4,
    "edit": 6,
    "cancel": 7,
    "new": 5,
}


@pytest.mark.parametrize("page", QUERIES)
def test_each_page_costs_few_queries(client, organiser, reader, page, django_assert_max_num_queries):
    events = OnlineEventFactory.create_batch(20, organiser=organiser)
    for event in events[:5]:
        for _ in range(3):
            RegistrationFactory(event=event, participant=teacher(school=SchoolFactory(country=organiser.country)))
    event = events[0]
    RegistrationFactory(event=event, participant=reader, status=Status.WAITING)
    client.force_login(reader if page == "event as waiting" else organiser)
    path = {
        "list": url("list"),
        "mine": url("list") + "?mine=1",
        "new": url("new"),
        "event as waiting": url("event", event),
    }.get(page) or url(page, event)
    as_on_a_running_server(client, path)

    with django_assert_max_num_queries(QUERIES[page]):
        response = client.get(path)

    assert response.status_code == 200
