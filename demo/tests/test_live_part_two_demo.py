"""The demo of Live's second part, on the full demo data: groups with discussions in several languages,
online events (one full, with a waiting list), notifications for the demo teachers, France's two open
reports, and statistics for every country; none of it e-mailed."""

import pytest
from django.db.models import Count
from django.utils import timezone, translation

from accounts.models import User
from countries.models import Country
from groups.models import Group, Status
from moderation.models import Report
from notifications.models import EmailStatus, Notification
from online_events.models import OnlineEvent
from online_events.models import Status as RegistrationStatus

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_data")]


def test_ten_groups_with_discussions_in_several_languages_and_a_proposal_waiting():
    approved = Group.objects.filter(status=Status.APPROVED).annotate(thread_count=Count("threads"))
    assert approved.count() == 10
    assert all(group.thread_count for group in approved)
    assert len(set(approved.values_list("language", flat=True))) >= 5
    assert Group.objects.filter(status=Status.PENDING).exists()


def test_six_online_events_one_full_with_a_waiting_list():
    assert OnlineEvent.objects.count() == 6
    full = [
        event
        for event in OnlineEvent.objects.all()
        if event.registrations.filter(status=RegistrationStatus.WAITING).exists()
    ]
    assert len(full) == 1
    assert full[0].registrations.filter(status=RegistrationStatus.REGISTERED).count() == full[0].capacity


def test_the_demo_teachers_have_notifications_of_several_kinds_none_emailed():
    for username in ("teacher-fr", "teacher-it", "teacher-pl"):
        notifications = Notification.objects.filter(recipient__username=username)
        assert len(set(notifications.values_list("kind", flat=True))) >= 3, username
    assert Notification.objects.filter(recipient__username="teacher-fr", read_at__isnull=True).exists()
    assert set(Notification.objects.values_list("email_status", flat=True)) == {EmailStatus.NONE}
    with translation.override("en"):
        assert all(notification.text for notification in Notification.objects.all())


def test_two_open_reports_wait_in_frances_queue():
    assert Report.objects.open().filter(reported_country__iso2="FR").count() == 2


def test_every_country_has_teachers_who_registered_in_the_last_year():
    year_ago = timezone.now() - timezone.timedelta(days=365)
    recent = set(User.objects.filter(role="teacher", date_joined__gte=year_ago).values_list("country__iso2", flat=True))
    assert set(Country.objects.values_list("iso2", flat=True)) <= recent
