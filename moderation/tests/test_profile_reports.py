"""Reporting a teacher's profile: the link on the profile page, and decisions that fit a profile (it
cannot be hidden; its author can be warned or suspended)."""

import pytest

from live.factories import ProfileFactory
from moderation.models import Action, Report
from moderation.tests.helpers import decide, decision_url, report, report_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(author):
    return ProfileFactory(user=author, presentation="Visit my shop at https://spam.example")


def test_a_profile_is_reported_from_its_page(reporter_client, author_client, profile):
    page = reporter_client.get(profile.get_absolute_url()).content.decode()
    assert report_url(profile) in page
    assert report_url(profile) not in author_client.get(profile.get_absolute_url()).content.decode()
    saved = report(reporter_client, profile, reason="spam")
    assert saved.reported_author == profile.user
    assert "Visit my shop" in saved.excerpt


def test_a_reported_profile_is_warned_about_not_hidden(moderator_fr, reporter_client, profile):
    saved = report(reporter_client, profile)
    page = moderator_fr.get(decision_url(saved)).content.decode()
    assert 'value="hide"' not in page and 'value="warn"' in page
    assert decide(moderator_fr, saved, "hide", message="No.").status_code == 200, "not a choice"
    assert decide(moderator_fr, saved, "warn", message="No advertising on your profile.").status_code == 302
    assert Report.objects.get().action == Action.WARN
