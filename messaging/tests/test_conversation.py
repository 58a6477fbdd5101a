"""Writing to a contact: who may, what a message may hold, how it shows, read marks and e-mails."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from accounts.factories import PupilFactory
from accounts.models import ValidationStatus
from contacts.factories import BlockFactory, make_contacts
from contacts.models import Block
from contacts.tests.helpers import as_on_a_running_server, teacher
from messaging.factories import ConversationFactory, MessageFactory
from messaging.models import Conversation, Message
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def claire(client):
    me = teacher(username="claire", first_name="Claire", last_name="Dubois", language="fr")
    client.force_login(me)
    return me


@pytest.fixture
def marco():
    return teacher("IT", username="marco", first_name="Marco", last_name="Bianchi", language="it")


@pytest.fixture
def contacts(claire, marco):
    make_contacts(claire, marco)


def write(client, teacher, body):
    return client.post(reverse("messaging:conversation_with", args=[teacher.pk]), {"body": body}, follow=True)


def reply(client, conversation, body):
    return client.post(conversation.get_absolute_url(), {"body": body}, follow=True)


def bodies(response):
    return [body.get_text() for body in soup(response).select(".message__body")]


def test_writing_to_a_contact_starts_the_conversation_with_the_first_message(client, claire, marco, contacts):
    page = client.get(reverse("messaging:conversation_with", args=[marco.pk]))
    assert page.status_code == 200
    assert "Conversation with Marco Bianchi" in soup(page).h1.get_text()
    assert soup(page).select_one("label[for=id_body]")
    assert not Conversation.objects.exists()  # opening the page makes nothing

    response = write(client, marco, "Ciao Marco!")
    conversation = Conversation.objects.get()
    assert response.redirect_chain[-1][0] == conversation.get_absolute_url()
    assert bodies(response) == ["Ciao Marco!"]
    assert (conversation.last_sender, conversation.first, conversation.second) == (claire, claire, marco)


def test_the_conversation_with_a_teacher_leads_to_the_existing_one(client, claire, marco, contacts):
    message = MessageFactory(conversation=ConversationFactory(first=marco, second=claire), sender=marco)
    response = client.get(reverse("messaging:conversation_with", args=[marco.pk]))
    assert response.status_code == 302
    assert response.url == message.conversation.get_absolute_url()
    write(client, marco, "Second")
    assert Conversation.objects.count() == 1
    assert Message.objects.count() == 2


def test_the_recipient_is_emailed_in_their_language(client, claire, marco, contacts):
    """Claire writes from the French interface; Marco's e-mail is in his language, Italian."""
    with translation.override("fr"):
        url = reverse("messaging:conversation_with", args=[marco.pk])
    client.post(url, {"body": "Shall we start in October?"})
    [email] = mail.outbox
    assert email.to == [marco.email]
    assert "Claire Dubois" in email.subject
    assert "Shall we start in October?" in email.body
    conversation = Conversation.objects.get()
    assert f"http://localhost/it/live/messages/{conversation.pk}/" in email.body


def test_one_email_per_conversation_until_it_is_read(client, claire, marco, contacts):
    """A teacher away for a week gets one e-mail per conversation, not one per message: no flood."""
    write(client, marco, "One")
    conversation = Conversation.objects.get()
    reply(client, conversation, "Two")
    reply(client, conversation, "Three")
    assert len(mail.outbox) == 1

    client.force_login(marco)
    client.get(conversation.get_absolute_url())  # Marco reads it
    reply(client, conversation, "Thanks!")  # and answers: Claire is told once
    assert [email.to for email in mail.outbox] == [[marco.email], [claire.email]]

    client.force_login(claire)
    client.get(conversation.get_absolute_url())
    reply(client, conversation, "Four")  # Marco read everything before: he is told again
    assert len(mail.outbox) == 3


def test_writing_to_someone_who_is_not_a_contact_is_refused(client, claire, marco):
    url = reverse("messaging:conversation_with", args=[marco.pk])
    for response in (client.get(url), client.post(url, {"body": "Hello?"})):
        assert response.status_code == 403
        assert "You can only write to your contacts." in response.content.decode()
    assert not Conversation.objects.exists() and not Message.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize(
    ("claire_blocks", "told"),
    [(True, "You have blocked this teacher."), (False, "You can only write to your contacts.")],
    ids=["one blocked them", "they blocked one"],
)
def test_writing_when_a_block_stands_between_is_refused(client, claire, marco, contacts, claire_blocks, told):
    """Even when the two are still contacts (blocking normally ends that too); a teacher who was
    blocked is not told so."""
    blocker, blocked = (claire, marco) if claire_blocks else (marco, claire)
    BlockFactory(blocker=blocker, blocked=blocked)
    response = client.post(reverse("messaging:conversation_with", args=[marco.pk]), {"body": "Hello?"})
    assert response.status_code == 403
    assert told in response.content.decode()
    assert not Conversation.objects.exists() and not Message.objects.exists()


def test_replying_after_the_contact_ended_is_refused_and_the_text_kept(client, claire, marco, contacts):
    message = MessageFactory(conversation=ConversationFactory(first=claire, second=marco), sender=marco)
    client.post(reverse("contacts:remove", args=[marco.pk]))
    page = client.get(message.conversation.get_absolute_url())
    assert page.status_code == 200
    assert bodies(page) == [message.body]  # the history stays readable
    assert not soup(page).select("textarea[name=body]")

    response = client.post(message.conversation.get_absolute_url(), {"body": "Are you there?"})
    assert response.status_code == 403
    assert "You can only write to your contacts." in response.content.decode()
    assert soup(response).select_one("textarea#unsent").get_text() == "Are you there?"
    assert Message.objects.count() == 1


def test_after_a_block_the_blocked_teacher_cannot_reply(client, claire, marco, contacts):
    conversation = MessageFactory(conversation=ConversationFactory(first=claire, second=marco)).conversation
    Block.objects.block(marco, claire)
    assert client.post(conversation.get_absolute_url(), {"body": "Why?"}).status_code == 403
    assert Message.objects.count() == 1


@pytest.mark.parametrize(
    "other",
    [lambda: teacher(validation_status=ValidationStatus.WAITING), PupilFactory, lambda: None],
    ids=["waiting teacher", "pupil", "oneself"],
)
def test_writing_to_someone_who_is_not_a_validated_teacher_is_a_404(client, claire, other):
    pk = (other() or claire).pk
    assert client.get(reverse("messaging:conversation_with", args=[pk])).status_code == 404
    assert client.post(reverse("messaging:conversation_with", args=[pk]), {"body": "Hi"}).status_code == 404
    assert not Conversation.objects.exists()


@pytest.mark.parametrize("pk", ["999999", "99999999999999999999"])
def test_unknown_teachers_and_conversations_are_404s(client, claire, pk):
    assert client.get(f"/en/live/messages/with/{pk}/").status_code == 404
    assert client.get(f"/en/live/messages/{pk}/").status_code == 404
    assert client.post(f"/en/live/messages/{pk}/", {"body": "Hi"}).status_code == 404


def test_another_teachers_conversation_is_a_404(client, claire):
    others = MessageFactory(body="Private").conversation
    assert client.get(others.get_absolute_url()).status_code == 404
    assert client.post(others.get_absolute_url(), {"body": "Snooping"}).status_code == 404
    assert Message.objects.count() == 1


def test_a_message_too_long_or_empty_is_refused_and_the_text_kept(client, claire, marco, contacts):
    conversation = MessageFactory(conversation=ConversationFactory(first=claire, second=marco)).conversation
    too_long = "x" * 5001
    response = client.post(conversation.get_absolute_url(), {"body": too_long})
    assert response.status_code == 200
    page = soup(response)
    assert "at most 5000 characters" in page.select_one(".errorlist").get_text()
    assert page.select_one("textarea[name=body]").get_text().strip() == too_long
    response = client.post(conversation.get_absolute_url(), {"body": "   "})
    assert "This field is required." in soup(response).select_one(".errorlist").get_text()
    response = write(client, teacher(), "")  # no conversation, nothing saved
    assert Message.objects.count() == 1 and Conversation.objects.count() == 1


def test_messages_are_plain_text_with_links_made_clickable(client, claire, marco, contacts):
    write(client, marco, "<script>alert(1)</script> <b>bold</b> see https://example.org\nand bye")
    response = client.get(Conversation.objects.get().get_absolute_url())
    html = response.content.decode()
    assert "<script>alert(1)" not in html and "<b>bold" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt;" in html
    [link] = soup(response).select(".message__body a")
    assert link["href"] == "https://example.org"
    assert link["rel"] == ["nofollow"]
    assert not link.has_attr("target")
    assert bodies(response) == ["<script>alert(1)</script> <b>bold</b> see https://example.org\nand bye"]


def test_opening_a_conversation_marks_it_read(client, claire, marco, contacts):
    message = MessageFactory(conversation=ConversationFactory(first=claire, second=marco), sender=marco)
    conversation = message.conversation
    assert conversation.is_unread_for(claire) and not conversation.is_unread_for(marco)
    client.get(conversation.get_absolute_url())
    conversation.refresh_from_db()
    assert not conversation.is_unread_for(claire)
    assert conversation.first_read_at == message.created_at


def test_the_newest_messages_come_first_with_links_to_older_ones(client, claire, marco, contacts):
    conversation = ConversationFactory(first=claire, second=marco)
    for number in range(120):
        MessageFactory(conversation=conversation, sender=marco, body=f"Message {number}")
    first = client.get(conversation.get_absolute_url())
    assert bodies(first) == [f"Message {number}" for number in range(70, 120)]  # oldest first on the page
    older = soup(first).select_one("a[rel=next]")
    assert older.get_text() == "Older messages"
    assert soup(first).select_one("textarea[name=body]")

    second = client.get(conversation.get_absolute_url() + older["href"])
    assert bodies(second) == [f"Message {number}" for number in range(20, 70)]
    assert soup(second).select_one("a[rel=prev]").get_text() == "Newer messages"
    last = client.get(conversation.get_absolute_url(), {"page": "3"})
    assert bodies(last) == [f"Message {number}" for number in range(20)]
    assert not soup(last).select("a[rel=next]")


def test_reading_an_older_page_only_does_not_mark_the_conversation_read(client, claire, marco, contacts):
    conversation = ConversationFactory(first=claire, second=marco)
    for _number in range(60):
        MessageFactory(conversation=conversation, sender=marco)
    client.get(conversation.get_absolute_url(), {"page": "2"})
    conversation.refresh_from_db()
    assert conversation.is_unread_for(claire)


def test_a_conversation_stays_within_its_query_budget(client, claire, marco, contacts, django_assert_max_num_queries):
    conversation = ConversationFactory(first=claire, second=marco)
    for number in range(60):
        MessageFactory(conversation=conversation, sender=(claire, marco)[number % 2])
    as_on_a_running_server(client, conversation.get_absolute_url())
    with django_assert_max_num_queries(9):
        response = client.get(conversation.get_absolute_url())
    assert len(bodies(response)) == 50
    with django_assert_max_num_queries(9):
        client.get(conversation.get_absolute_url(), {"page": "2"})


def test_a_conversation_not_yet_started_stays_within_its_query_budget(
    client, claire, marco, contacts, django_assert_max_num_queries
):
    url = reverse("messaging:conversation_with", args=[marco.pk])
    as_on_a_running_server(client, url)
    with django_assert_max_num_queries(8):
        assert client.get(url).status_code == 200
