"""The reminder of the day before (the hourly task): once per participant with a seat, with the .ics."""

import pytest

from online_events.factories import OnlineEventFactory, RegistrationFactory
from online_events.models import Status
from online_events.tasks import send_reminders
from online_events.tests.utils import calendar_attachment, emails_to, hours, notices_of

pytestmark = pytest.mark.django_db


def test_participants_with_a_seat_are_reminded_once_within_a_day_of_the_start():
    soon = OnlineEventFactory(starts_in=hours(20), title="Tomorrow's seminar", room_url="https://meet.example.org/t")
    seated = RegistrationFactory(event=soon).participant
    waiting = RegistrationFactory(event=soon, status=Status.WAITING).participant
    later = RegistrationFactory(event=OnlineEventFactory(starts_in=hours(30))).participant
    started = RegistrationFactory(event=OnlineEventFactory(starts_in=-hours(1), lasts=hours(2))).participant
    cancelled = RegistrationFactory(
        event=OnlineEventFactory(starts_in=hours(5), cancelled_at="2026-01-01T00:00Z")
    ).participant
    hidden = RegistrationFactory(
        event=OnlineEventFactory(starts_in=hours(5), hidden_at="2026-01-01T00:00Z")
    ).participant

    assert send_reminders.call() == 1
    assert send_reminders.call() == 0

    assert notices_of(seated) == ["online_events.reminder"]
    for user in (waiting, later, started, cancelled, hidden):
        assert notices_of(user) == []
    [email] = emails_to(seated)
    assert "Reminder: the online event “Tomorrow's seminar” starts within a day." in email.body
    assert "LOCATION:https://meet.example.org/t" in calendar_attachment(email)


def test_the_task_is_declared_to_run_every_hour():
    from core.registry import periodic_tasks

    assert (send_reminders, "hourly") in [(task, every) for task, every in periodic_tasks()]
