"""The list of conversations and the unread count of the header."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from accounts.factories import EditorFactory, PupilFactory
from accounts.models import ValidationStatus
from contacts.factories import make_contacts
from contacts.tests.helpers import as_on_a_running_server, teacher
from messaging.factories import ConversationFactory, MessageFactory
from tests.helpers import soup

pytestmark = pytest.mark.django_db

INBOX = reverse("messaging:inbox")


@pytest.fixture
def claire(client):
    me = teacher(username="claire", first_name="Claire", last_name="Dubois")
    client.force_login(me)
    return me


def conversation_with(me, other, *bodies, last_from_other=True):
    """A conversation of `me` and `other` with messages `bodies`, the last one from `other` (or from me)."""
    conversation = ConversationFactory(first=me, second=other)
    for body in bodies:
        MessageFactory(conversation=conversation, sender=other if last_from_other else me, body=body)
    return conversation


def rows(response):
    return soup(response).select(".conversation")


def test_conversations_most_recent_first_with_name_start_time_and_unread_mark(client, claire):
    marco = teacher("IT", first_name="Marco", last_name="Bianchi")
    anna = teacher("IT", first_name="Anna", last_name="Rossi")
    read = conversation_with(claire, anna, "Ciao Claire, old news")
    client.get(read.get_absolute_url())
    newest = conversation_with(claire, marco, "First", "Are you free on Monday for a call with our classes?")
    response = client.get(INBOX)
    assert response.status_code == 200
    first, second = rows(response)
    assert first.h2.a.get_text() == "Marco Bianchi"
    assert first.h2.a["href"] == newest.get_absolute_url()
    assert "Are you free on Monday" in first.select_one(".conversation__start").get_text()
    assert first.select_one("time")["datetime"]
    assert "Unread" in first.get_text()  # in words, not by colour only
    assert "conversation--unread" in first["class"]
    assert second.h2.a.get_text() == "Anna Rossi"
    assert "Unread" not in second.get_text()


def test_ones_own_last_message_is_marked_as_ones_own_and_not_unread(client, claire):
    conversation_with(claire, teacher("IT"), "See you soon", last_from_other=False)
    [row] = rows(client.get(INBOX))
    assert row.select_one(".conversation__start").get_text(" ", strip=True) == "You: See you soon"
    assert "Unread" not in row.get_text()


def test_the_start_of_a_long_message_only(client, claire):
    conversation_with(claire, teacher("IT"), "word " * 1000)
    [row] = rows(client.get(INBOX))
    assert len(row.select_one(".conversation__start").get_text()) <= 100


def test_no_conversation_yet(client, claire):
    response = client.get(INBOX)
    assert "No messages yet." in response.content.decode()
    assert reverse("contacts:list") in response.content.decode()


def test_only_ones_own_conversations(client, claire):
    MessageFactory(body="Not for Claire")
    conversation_with(claire, teacher("IT"), "For Claire")
    assert [row.select_one(".conversation__start").get_text() for row in rows(client.get(INBOX))] == ["For Claire"]


def test_twenty_conversations_a_page(client, claire):
    for number in range(23):
        conversation_with(claire, teacher("IT", first_name="Teacher", last_name=f"{number:02}"), f"Message {number}")
    first = client.get(INBOX)
    assert len(rows(first)) == 20
    assert rows(first)[0].h2.a.get_text() == "Teacher 22"
    second = client.get(INBOX, {"page": "2"})
    assert [row.h2.a.get_text() for row in rows(second)] == ["Teacher 02", "Teacher 01", "Teacher 00"]


def test_the_inbox_stays_within_its_query_budget(client, claire, django_assert_max_num_queries):
    for _number in range(25):
        conversation_with(claire, teacher("IT"), "Hello", "How are you?")
    as_on_a_running_server(client, INBOX)
    with django_assert_max_num_queries(8):
        response = client.get(INBOX)
    assert len(rows(response)) == 20
    with django_assert_max_num_queries(8):
        client.get(INBOX, {"page": "2"})


def unread_count(user):
    request = RequestFactory().get("/")
    request.user = user
    template = Template("{% load header_counts %}{% header_counts as counts %}{{ counts.conversations }}")
    return int(template.render(Context({"request": request})))


def test_the_unread_count_counts_conversations_with_news_for_me(client, claire, django_assert_num_queries):
    marco, anna = teacher("IT"), teacher("IT")
    make_contacts(claire, marco)
    conversation = conversation_with(claire, marco, "One", "Two")
    conversation_with(claire, anna, "Three")
    conversation_with(claire, teacher("IT"), "Mine", last_from_other=False)
    with django_assert_num_queries(1):
        assert unread_count(claire) == 2
    assert unread_count(marco) == 0

    client.get(conversation.get_absolute_url())
    assert unread_count(claire) == 1
    client.post(conversation.get_absolute_url(), {"body": "Answer"})
    assert unread_count(marco) == 1 and unread_count(claire) == 1


def test_the_unread_count_in_the_header(client, claire):
    conversation_with(claire, teacher("IT"), "News")
    as_on_a_running_server(client, INBOX)
    header = soup(client.get(reverse("contacts:list"))).select_one(".account-menu")
    assert "1 unread" in header.get_text()


@pytest.mark.parametrize(
    "user, queries",
    [
        (AnonymousUser, 0),
        (PupilFactory, 0),
        (EditorFactory, 0),
        (lambda: teacher(validation_status=ValidationStatus.WAITING), 1),  # the bell's count only
    ],
    ids=["anonymous", "pupil", "editor", "waiting teacher"],
)
def test_the_unread_count_is_nothing_for_those_who_cannot_read_messages(user, queries, django_assert_num_queries):
    user = user()
    with django_assert_num_queries(queries):
        assert unread_count(user) == 0
