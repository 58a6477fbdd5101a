"""The background worker for real: tasks go to the database, `manage.py run_worker` runs them, a failed
send is tried again later, and the periodic tasks keep themselves scheduled."""

import datetime

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.background import next_run, schedule_periodic_tasks
from live.tests.helpers import teacher
from notifications.models import EmailStatus, Notification
from notifications.sending import notify
from notifications.tasks import RETRY_DELAYS, send_daily_digests, send_notification_email, send_overdue_emails

pytestmark = pytest.mark.django_db

IN_THE_DATABASE = override_settings(
    TASKS={
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
)


@pytest.fixture(autouse=True)
def database_backend(monkeypatch):
    """Tasks in the database, as deployed. The worker closes "old" database connections between tasks;
    inside a test's transaction (autocommit off), Django counts the connection as unusable and would
    close the test's own (PostgreSQL; SQLite's in-memory database is never closed): not here."""
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    with IN_THE_DATABASE:
        yield


def run_worker():
    call_command("run_worker", "--batch", "--no-startup-delay", verbosity=0)


def notify_marco():
    return notify(teacher("IT"), "contacts.request", params={"name": "Claire"}, url_name="contacts:list")


def waiting(task):
    return DBTaskResult.objects.filter(status="READY", task_path=task.module_path)


def test_the_email_waits_for_the_worker_then_goes_out():
    notification = notify_marco()
    assert not mail.outbox
    assert waiting(send_notification_email).count() == 1
    run_worker()
    assert len(mail.outbox) == 1
    notification.refresh_from_db()
    assert notification.email_status == EmailStatus.SENT
    assert DBTaskResult.objects.get(task_path=send_notification_email.module_path).status == "SUCCESSFUL"


def test_a_failed_send_is_recorded_and_tried_again_later(monkeypatch):
    notification = notify_marco()

    def refuse(*args, **kwargs):
        raise OSError("mail server down")

    working_send = EmailMessage.send
    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    before = timezone.now()
    run_worker()
    notification.refresh_from_db()
    assert notification.email_status == EmailStatus.PENDING and notification.email_attempts == 1
    assert notification.email_due_at >= before + RETRY_DELAYS[0]
    assert DBTaskResult.objects.filter(status="FAILED").count() == 1  # the error is kept, with its traceback
    retry = waiting(send_notification_email).get()
    assert retry.run_after == notification.email_due_at

    monkeypatch.setattr("django.core.mail.EmailMessage.send", working_send)  # the server is back
    run_worker()  # not due yet
    assert not mail.outbox
    waiting(send_notification_email).update(run_after=timezone.now())
    run_worker()
    assert len(mail.outbox) == 1
    notification.refresh_from_db()
    assert notification.email_status == EmailStatus.SENT


def test_after_the_last_try_the_email_is_given_up_and_logged(monkeypatch, caplog):
    notification = notify_marco()
    Notification.objects.filter(pk=notification.pk).update(email_attempts=len(RETRY_DELAYS))
    monkeypatch.setattr("django.core.mail.EmailMessage.send", lambda *args, **kwargs: 1 / 0)
    run_worker()
    notification.refresh_from_db()
    assert notification.email_status == EmailStatus.FAILED
    assert "Giving up the e-mail of notification" in caplog.text
    assert not waiting(send_notification_email).exists()


def test_the_sweep_sends_an_overdue_email_whose_task_was_lost():
    notification = notify_marco()
    DBTaskResult.objects.all().delete()  # as if the database had been restored without the queue
    Notification.objects.filter(pk=notification.pk).update(email_due_at=timezone.now() - datetime.timedelta(hours=1))
    send_overdue_emails.enqueue()
    run_worker()
    assert len(mail.outbox) == 1


def test_periodic_tasks_are_scheduled_once_and_again_after_each_run():
    now = timezone.now()
    scheduled = schedule_periodic_tasks(now)
    assert {send_daily_digests.module_path, send_overdue_emails.module_path} <= {task.module_path for task in scheduled}
    assert schedule_periodic_tasks(now) == []  # idempotent: the worker calls it at every start
    digest = waiting(send_daily_digests).get()
    assert digest.run_after == next_run("daily", now) and digest.run_after > now
    run_worker()  # not due: nothing runs
    assert waiting(send_daily_digests).count() == 1
    waiting(send_daily_digests).update(run_after=now)
    run_worker()
    assert DBTaskResult.objects.filter(task_path=send_daily_digests.module_path, status="SUCCESSFUL").count() == 1
    assert waiting(send_daily_digests).get().run_after > timezone.now()  # tomorrow's


@override_settings(DAILY_TASKS_HOUR=6)
def test_next_runs():
    at = datetime.datetime(2026, 12, 6, 5, 30, tzinfo=datetime.UTC)
    assert next_run("hourly", at) == at.replace(hour=6, minute=0)
    assert next_run("daily", at) == at.replace(hour=6, minute=0)
    assert next_run("daily", at.replace(hour=6, minute=0)) == at.replace(day=7, hour=6, minute=0)
