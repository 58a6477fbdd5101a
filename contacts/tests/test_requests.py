"""Asking a teacher to be a contact: the form, the e-mail, and every request the portal refuses."""

import pytest
from django.core import mail
from django.db import IntegrityError
from django.urls import reverse
from django.utils import translation

from accounts.factories import EditorFactory, PupilFactory
from accounts.models import ValidationStatus
from contacts import views
from contacts.factories import BlockFactory, ContactRequestFactory, make_contacts
from contacts.models import Contact, ContactRequest, RequestStatus
from contacts.rules import Relation
from contacts.tests.helpers import teacher
from notifications.models import Notification
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def claire():
    return teacher(username="claire", first_name="Claire", last_name="Dubois", language="fr")


@pytest.fixture
def marco():
    return teacher("IT", username="marco", first_name="Marco", last_name="Bianchi", language="it")


def ask(client, sender, recipient, note="Shall we work on water together?"):
    client.force_login(sender)
    return client.post(reverse("contacts:request", args=[recipient.pk]), {"note": note}, follow=True)


def notice(response):
    return " ".join(p.get_text(" ", strip=True) for p in soup(response).select(".notice"))


def test_the_form_names_the_teacher_and_asks_for_an_optional_note(client, claire, marco):
    client.force_login(claire)
    response = client.get(reverse("contacts:request", args=[marco.pk]))
    assert response.status_code == 200
    page = soup(response)
    assert "Ask Marco Bianchi to be your contact" in page.h1.get_text()
    assert marco.school.name in page.get_text()
    assert page.select_one("label[for=id_note]")
    assert page.select_one("textarea[name=note]")["maxlength"] == "1000"


def test_a_request_is_sent_with_its_note_and_emailed_in_the_recipients_language(client, claire, marco):
    """Claire uses the portal in French; Marco's e-mail is in his language, Italian."""
    client.force_login(claire)
    with translation.override("fr"):
        url = reverse("contacts:request", args=[marco.pk])
    response = client.post(url, {"note": "We teach science to 12-15 year-olds."}, follow=True)
    assert response.redirect_chain[-1][0] == "/fr/live/contacts/"
    assert "Marco Bianchi" in notice(response)
    sent = ContactRequest.objects.get()
    assert (sent.sender, sent.recipient, sent.status) == (claire, marco, RequestStatus.PENDING)
    assert sent.note == "We teach science to 12-15 year-olds."

    [email] = mail.outbox
    assert email.to == [marco.email]
    assert "Claire Dubois" in email.subject
    assert "We teach science to 12-15 year-olds." in email.body
    assert "http://localhost/it/live/contacts/" in email.body  # the list, in Marco's language
    html = email.alternatives[0][0]
    assert 'href="http://localhost/it/live/contacts/"' in html


def test_the_sender_sees_the_request_in_their_list_and_the_recipient_in_theirs(client, claire, marco):
    ask(client, claire, marco, note="Hello from Lyon")
    sent = soup(client.get(reverse("contacts:list"))).find(id="sent-heading").parent
    assert "Marco Bianchi" in sent.get_text() and "Hello from Lyon" in sent.get_text()
    client.force_login(marco)
    received = soup(client.get(reverse("contacts:list"))).find(id="received-heading").parent
    assert "Claire Dubois" in received.get_text() and "Hello from Lyon" in received.get_text()


def test_the_note_is_plain_text(client, claire, marco):
    ask(client, claire, marco, note="<script>alert(1)</script> <b>bold</b>")
    client.force_login(marco)
    html = client.get(reverse("contacts:list")).content.decode()
    assert "<script>alert(1)" not in html and "<b>bold" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt;" in html


def test_a_note_too_long_is_refused_and_kept(client, claire, marco):
    client.force_login(claire)
    note = "x" * 1001
    response = client.post(reverse("contacts:request", args=[marco.pk]), {"note": note})
    assert response.status_code == 200
    page = soup(response)
    assert "at most 1000 characters" in page.select_one(".errorlist").get_text()
    assert page.select_one("textarea[name=note]").get_text().strip() == note
    assert not ContactRequest.objects.exists()
    assert not mail.outbox


def test_a_request_to_oneself_is_refused(client, claire):
    response = ask(client, claire, claire)
    assert "You cannot send a contact request to yourself." in notice(response)
    assert not soup(response).select("textarea")
    assert not ContactRequest.objects.exists()


def test_a_request_sent_twice_is_refused(client, claire, marco):
    ask(client, claire, marco)
    response = ask(client, claire, marco, note="Again")
    assert "You have already asked this teacher." in notice(response)
    assert ContactRequest.objects.count() == 1
    assert len(mail.outbox) == 1


def test_a_request_sent_twice_at_once_is_refused_by_the_database(client, claire, marco, monkeypatch):
    """Two requests at once both pass the check; the database's constraint stops the second."""
    ContactRequestFactory(sender=claire, recipient=marco)
    not_yet_asked = Relation(
        me=claire, other=marco, are_contacts=False, i_blocked=False, blocked_me=False, i_asked=False, they_asked=False
    )
    monkeypatch.setattr(views, "relation", lambda me, other: not_yet_asked)
    response = ask(client, claire, marco)
    assert response.status_code == 200
    assert "You have already asked this teacher." in notice(response)
    assert ContactRequest.objects.count() == 1
    assert not mail.outbox


def test_the_constraint_allows_one_pending_request_per_pair(claire, marco):
    ContactRequestFactory(sender=claire, recipient=marco)
    with pytest.raises(IntegrityError):
        ContactRequestFactory(sender=claire, recipient=marco)


def test_asking_again_after_a_declined_request_is_allowed(client, claire, marco):
    ContactRequestFactory(sender=claire, recipient=marco, status=RequestStatus.DECLINED)
    ask(client, claire, marco)
    assert ContactRequest.objects.pending().count() == 1


def test_a_request_to_a_contact_is_refused(client, claire, marco):
    make_contacts(claire, marco)
    response = ask(client, claire, marco)
    assert "You are already contacts." in notice(response)
    assert not ContactRequest.objects.exists()


def test_a_request_to_someone_one_blocked_is_refused(client, claire, marco):
    BlockFactory(blocker=claire, blocked=marco)
    response = ask(client, claire, marco)
    assert "You have blocked this teacher." in notice(response)
    assert not ContactRequest.objects.exists()


def test_a_request_to_someone_who_blocked_one_is_refused_without_saying_so(client, claire, marco):
    BlockFactory(blocker=marco, blocked=claire)
    response = ask(client, claire, marco)
    assert "You cannot send a contact request to this teacher." in notice(response)
    assert "blocked" not in notice(response)
    assert not ContactRequest.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize(
    "recipient",
    [
        lambda: teacher(validation_status=ValidationStatus.WAITING),
        lambda: teacher(validation_status=ValidationStatus.REJECTED),
        PupilFactory,
        EditorFactory,
    ],
    ids=["waiting", "rejected", "pupil", "editor"],
)
def test_only_validated_teachers_can_be_asked(client, claire, recipient):
    client.force_login(claire)
    url = reverse("contacts:request", args=[recipient().pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"note": "Hi"}).status_code == 404
    assert not ContactRequest.objects.exists()


@pytest.mark.parametrize("pk", ["999999", "99999999999999999999"])
def test_an_unknown_teacher_is_a_404(client, claire, pk):
    client.force_login(claire)
    assert client.get(f"/en/live/contacts/request/{pk}/").status_code == 404
    assert client.post(f"/en/live/contacts/request/{pk}/").status_code == 404


def test_asking_a_teacher_who_asked_you_makes_you_contacts(client, claire, marco):
    theirs = ContactRequestFactory(sender=marco, recipient=claire)
    client.force_login(claire)
    page = client.get(reverse("contacts:request", args=[marco.pk]))
    assert "Marco Bianchi has already asked you to be contacts." in notice(page)

    response = ask(client, claire, marco)
    assert "Marco Bianchi had already asked you to be contacts: you are now contacts." in notice(response)
    theirs.refresh_from_db()
    assert theirs.status == RequestStatus.ACCEPTED
    assert set(Contact.objects.values_list("owner", "other")) == {(claire.pk, marco.pk), (marco.pk, claire.pk)}
    assert ContactRequest.objects.count() == 1  # no second request
    [email] = mail.outbox  # Marco is told that his request was accepted, not asked again
    assert email.to == [marco.email]
    told = Notification.objects.get(recipient=marco)
    assert told.notice == "contacts.accepted"
    with translation.override(marco.language):
        assert email.subject == told.text
