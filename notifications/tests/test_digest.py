"""The daily digest: one e-mail per teacher with what waited for it, in the teacher's language, sent
once however often the task runs."""

import pytest
from django.core import mail

from live.tests.helpers import teacher
from notifications.kinds import Frequency, Kind
from notifications.models import EmailChoice, EmailStatus, Notification
from notifications.sending import notify
from notifications.tasks import send_daily_digests, send_digests

pytestmark = pytest.mark.django_db


def in_digest(user, *names):
    EmailChoice.objects.update_or_create(user=user, kind=Kind.CONTACT_REQUEST, defaults={"frequency": Frequency.DAILY})
    for name in names:
        notify(user, "contacts.request", params={"name": name}, url_name="contacts:list")


def test_one_email_per_teacher_listing_their_notifications():
    claire, marco = teacher(language="fr"), teacher("IT", language="it")
    in_digest(claire, "Anna", "Bruno")
    in_digest(marco, "Carla")
    assert not mail.outbox
    assert send_digests(batch=1) == 2  # over several batches
    by_address = {email.to[0]: email for email in mail.outbox}
    assert set(by_address) == {claire.email, marco.email}
    claire_email = by_address[claire.email]
    assert "Anna" in claire_email.body and "Bruno" in claire_email.body and "Carla" not in claire_email.body
    assert "http://localhost/fr/live/contacts/" in claire_email.body
    assert "/fr/live/notifications/unsubscribe/" in claire_email.extra_headers["List-Unsubscribe"]
    assert not Notification.objects.filter(email_status=EmailStatus.DIGEST).exists()


def test_a_second_run_sends_nothing_more():
    in_digest(teacher(), "Anna")
    send_daily_digests.enqueue()
    send_daily_digests.enqueue()
    assert len(mail.outbox) == 1


def test_a_failed_digest_waits_for_the_next_day(monkeypatch):
    claire = teacher()
    in_digest(claire, "Anna")

    def refuse(*args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    assert send_digests() == 0
    assert Notification.objects.get().email_status == EmailStatus.DIGEST
    monkeypatch.undo()
    assert send_digests() == 1
