"""Who may use the contacts and messages pages: validated teachers only, checked on every page; every
change needs a POST with the CSRF token."""

import pytest
from django.test import Client
from django.urls import reverse

from accounts.factories import EditorFactory, PupilFactory
from accounts.models import ValidationStatus
from contacts.factories import ContactRequestFactory, make_contacts
from contacts.models import Contact, ContactRequest, RequestStatus
from contacts.tests.helpers import teacher
from messaging.factories import MessageFactory

pytestmark = pytest.mark.django_db

# Every page, as (URL name, what its argument is).
PAGES = [
    ("contacts:list", None),
    ("contacts:blocked", None),
    ("contacts:request", "teacher"),
    ("contacts:block", "teacher"),
    ("contacts:remove", "teacher"),
    ("contacts:unblock", "teacher"),
    ("contacts:accept", "request"),
    ("contacts:decline", "request"),
    ("contacts:withdraw", "request"),
    ("messaging:inbox", None),
    ("messaging:conversation_with", "teacher"),
    ("messaging:conversation", "conversation"),
]


@pytest.fixture
def things():
    contact_request = ContactRequestFactory(sender=teacher(), recipient=teacher("IT"))
    message = MessageFactory()
    return {"teacher": teacher("IT"), "request": contact_request, "conversation": message.conversation}


def url_of(name, argument, things):
    return reverse(name, args=[things[argument].pk]) if argument else reverse(name)


@pytest.mark.parametrize(("name", "argument"), PAGES)
def test_anonymous_visitors_are_sent_to_log_in_and_back(client, things, name, argument):
    url = url_of(name, argument, things)
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
        assert f"next={url}" in response.url.replace("%2F", "/")


@pytest.mark.parametrize(("name", "argument"), PAGES)
@pytest.mark.parametrize("factory", [PupilFactory, EditorFactory], ids=["pupil", "editor"])
def test_pupils_and_editors_are_refused(client, things, name, argument, factory):
    client.force_login(factory())
    for response in (client.get(url_of(name, argument, things)), client.post(url_of(name, argument, things))):
        assert response.status_code == 403
        assert "Live is for teachers" in response.content.decode()


@pytest.mark.parametrize(("name", "argument"), PAGES)
@pytest.mark.parametrize("status", [ValidationStatus.WAITING, ValidationStatus.REJECTED])
def test_teachers_not_validated_are_sent_to_their_validation_page(client, things, name, argument, status):
    client.force_login(teacher(validation_status=status))
    response = client.post(url_of(name, argument, things))
    assert response.status_code == 302
    assert response.url == reverse("validation:status")


def test_a_waiting_teacher_cannot_change_anything(client, things):
    """Even the recipient of a request, once their validation is withdrawn."""
    contact_request = things["request"]
    recipient = contact_request.recipient
    recipient.validation_status = ValidationStatus.WAITING
    recipient.save()
    client.force_login(recipient)
    client.post(reverse("contacts:accept", args=[contact_request.pk]))
    contact_request.refresh_from_db()
    assert contact_request.status == RequestStatus.PENDING
    assert not Contact.objects.exists()


@pytest.mark.parametrize(
    "name", ["contacts:accept", "contacts:decline", "contacts:withdraw", "contacts:remove", "contacts:unblock"]
)
def test_changes_are_posts_only(client, name):
    me = teacher()
    client.force_login(me)
    assert client.get(reverse(name, args=[1])).status_code == 405


def test_lists_take_no_post(client):
    client.force_login(teacher())
    for name in ("contacts:list", "contacts:blocked", "messaging:inbox"):
        assert client.post(reverse(name)).status_code == 405


def test_changes_need_the_csrf_token():
    contact_request = ContactRequestFactory(sender=teacher(), recipient=teacher("IT"))
    strict = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
    strict.force_login(contact_request.recipient)
    assert strict.post(reverse("contacts:accept", args=[contact_request.pk])).status_code == 403
    assert strict.post(reverse("contacts:request", args=[contact_request.sender.pk])).status_code == 403
    contact_request.refresh_from_db()
    assert contact_request.status == RequestStatus.PENDING
    assert ContactRequest.objects.count() == 1


def test_pages_are_never_kept_by_a_shared_cache(client):
    me, other = teacher(), teacher("IT")
    make_contacts(me, other)
    message = MessageFactory(conversation__first=me, conversation__second=other)
    client.force_login(me)
    for url in (
        reverse("contacts:list"),
        reverse("contacts:request", args=[teacher().pk]),
        reverse("messaging:inbox"),
        message.conversation.get_absolute_url(),
    ):
        cache_control = client.get(url)["Cache-Control"]
        assert "private" in cache_control
        assert "no-store" in cache_control
