"""Inactive accounts (docs/privacy.md): off unless a deployment sets a retention; then a warning e-mail,
and the erasure only for teachers warned long enough ago who have not come back."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.factories import EditorFactory
from core.registry import periodic_tasks
from live.models import Profile
from live.tests.helpers import teacher
from privacy.models import RetentionWarning
from privacy.retention import apply_retention
from privacy.tasks import apply_retention_daily
from tests.helpers import translated

pytestmark = pytest.mark.django_db

YEAR = datetime.timedelta(days=365)
DAY = datetime.timedelta(days=1)


@pytest.fixture
def retention(settings):
    settings.INACTIVE_ACCOUNT_RETENTION_DAYS = 365
    settings.INACTIVE_ACCOUNT_WARNING_DAYS = 30
    return settings


def seen_ago(age, **fields):
    """A teacher last seen `age` ago: logged in and active in Live then, registered before."""
    user = teacher(**fields)
    moment = timezone.now() - age
    type(user).objects.filter(pk=user.pk).update(last_login=moment, date_joined=moment - DAY)
    Profile.objects.filter(user=user).update(last_active_at=moment)
    user.refresh_from_db()
    return user


def run(*args):
    output = StringIO()
    call_command("erase_inactive_accounts", *args, stdout=output)
    return output.getvalue()


def test_accounts_are_kept_unless_a_retention_is_set():
    old = seen_ago(10 * YEAR)
    assert "every account is kept" in run()
    assert not mail.outbox and not RetentionWarning.objects.exists()
    old.refresh_from_db()
    assert old.erased_at is None


def test_inactive_teachers_are_warned_by_e_mail_in_their_language(retention):
    old = seen_ago(YEAR + DAY, username="old", language="fr", email="old@school.example")
    recent = seen_ago(YEAR - DAY, username="recent")
    output = run()
    assert f"warned: old (account {old.pk})" in output and "recent" not in output
    [message] = mail.outbox
    assert message.to == ["old@school.example"]
    assert message.subject == translated("Your account will be deleted unless you log in", "fr")
    assert "http://localhost/fr/accounts/login/" in message.body
    assert RetentionWarning.objects.get().user == old
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.erased_at is None and recent.erased_at is None


def test_a_dry_run_changes_nothing(retention):
    old = seen_ago(YEAR + DAY, username="old")
    output = run("--dry-run")
    assert "would be warned: old" in output
    assert not mail.outbox and not RetentionWarning.objects.exists()
    RetentionWarning.objects.create(user=old, warned_at=timezone.now() - 31 * DAY)
    assert f"would be deleted: account {old.pk}" in run("--dry-run")
    old.refresh_from_db()
    assert old.erased_at is None


def test_running_twice_warns_once(retention):
    seen_ago(YEAR + DAY)
    run()
    run()
    assert len(mail.outbox) == 1


def test_a_warned_teacher_is_erased_once_the_warning_is_old_enough(retention):
    old = seen_ago(YEAR + 40 * DAY, username="old")
    RetentionWarning.objects.create(user=old, warned_at=timezone.now() - 29 * DAY)
    run()
    old.refresh_from_db()
    assert old.erased_at is None
    RetentionWarning.objects.filter(user=old).update(warned_at=timezone.now() - 30 * DAY - DAY)
    assert f"deleted: account {old.pk}" in run()
    old.refresh_from_db()
    assert old.erased_at is not None and old.display_name == "Former member"
    assert not Profile.objects.filter(user=old).exists()
    assert not RetentionWarning.objects.exists()


def test_a_teacher_who_came_back_after_the_warning_is_kept_and_the_warning_forgotten(retention, client):
    old = seen_ago(YEAR + 40 * DAY)
    RetentionWarning.objects.create(user=old, warned_at=timezone.now() - 35 * DAY)
    client.force_login(old)
    client.get(reverse("live:profile_edit"))
    run()
    old.refresh_from_db()
    assert old.erased_at is None
    assert not RetentionWarning.objects.exists()


def test_activity_in_live_counts_even_without_a_new_log_in(retention):
    user = seen_ago(2 * YEAR)
    Profile.objects.filter(user=user).update(last_active_at=timezone.now())
    run()
    assert not mail.outbox


def test_a_teacher_who_never_logged_in_counts_from_registration(retention):
    user = teacher()
    type(user).objects.filter(pk=user.pk).update(last_login=None, date_joined=timezone.now() - 2 * YEAR)
    Profile.objects.filter(user=user).update(last_active_at=timezone.now() - 2 * YEAR)
    run()
    assert RetentionWarning.objects.get().user == user


def test_only_teachers_are_concerned(retention):
    editor = EditorFactory()
    type(editor).objects.filter(pk=editor.pk).update(last_login=timezone.now() - 3 * YEAR)
    assert apply_retention().warned == []


def test_the_worker_applies_it_daily(retention):
    assert (apply_retention_daily, "daily") in periodic_tasks()
    seen_ago(YEAR + DAY)
    result = apply_retention_daily.enqueue()
    assert result.return_value == {"warned": 1, "erased": 0}
    assert len(mail.outbox) == 1
