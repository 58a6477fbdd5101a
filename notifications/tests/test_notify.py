"""Notifying a teacher: the notification is recorded, and its e-mail follows the teacher's choice for
its kind, in the teacher's language, with a one-click unsubscribe link."""

import pytest
from django.core import mail
from django.utils import translation

from accounts.factories import PupilFactory, TeacherFactory
from notifications.kinds import Frequency, Kind
from notifications.models import EmailChoice, EmailStatus, Notification
from notifications.sending import notify

pytestmark = pytest.mark.django_db


def request_from_anna(recipient):
    return notify(
        recipient,
        "contacts.request",
        params={"name": "Anna Rossi"},
        excerpt="We teach science.",
        url_name="contacts:list",
    )


def test_a_notification_is_recorded_unread_and_emailed_at_once_by_default():
    marco = TeacherFactory(language="it")
    notification = request_from_anna(marco)
    assert notification.is_unread and notification.kind == Kind.CONTACT_REQUEST
    [email] = mail.outbox
    assert email.to == [marco.email]
    with translation.override("it"):
        assert email.subject == notification.text
    assert "We teach science." in email.body
    assert "http://localhost/it/live/contacts/" in email.body  # the page, in Marco's language
    Notification.objects.get(email_status=EmailStatus.SENT, emailed_at__isnull=False)


def test_every_email_has_a_one_click_unsubscribe_link_in_its_text_and_headers():
    request_from_anna(TeacherFactory(language="en"))
    [email] = mail.outbox
    link = next(line for line in email.body.splitlines() if "/live/notifications/unsubscribe/" in line)
    assert email.extra_headers["List-Unsubscribe"] == f"<{link}>"
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/en/live/notifications/e-mails/" in email.body
    assert f'href="{link}"' in email.alternatives[0][0]


@pytest.mark.parametrize(
    "frequency, status, emails", [(Frequency.DAILY, EmailStatus.DIGEST, 0), (Frequency.NEVER, EmailStatus.NONE, 0)]
)
def test_the_teachers_choice_for_the_kind_decides_the_email(frequency, status, emails):
    marco = TeacherFactory()
    EmailChoice.objects.create(user=marco, kind=Kind.CONTACT_REQUEST, frequency=frequency)
    notification = request_from_anna(marco)
    assert notification.email_status == status
    assert len(mail.outbox) == emails
    request_from_anna(TeacherFactory())  # another teacher's choice is their own
    assert len(mail.outbox) == 1


def test_a_choice_for_another_kind_changes_nothing():
    marco = TeacherFactory()
    EmailChoice.objects.create(user=marco, kind=Kind.GROUP_THREAD, frequency=Frequency.NEVER)
    request_from_anna(marco)
    assert len(mail.outbox) == 1


def test_accounts_without_an_address_or_closed_get_no_email():
    pupil = PupilFactory()
    closed = TeacherFactory(is_active=False)
    for user in (pupil, closed):
        assert request_from_anna(user).email_status == EmailStatus.NONE
    assert not mail.outbox


def test_the_text_is_translated_when_read_not_when_made():
    notification = request_from_anna(TeacherFactory(language="fr"))
    with translation.override("en"):
        english = notification.text
    assert english == "Anna Rossi would like to be your contact."
    with translation.override("fr"):
        assert notification.url == "/fr/live/contacts/"
