"""The demo's reports, and reports in a teacher's personal data."""

import pytest

from accounts.models import User
from demo.moderation import load_reports
from forum.factories import PostFactory, ReplyFactory
from live.tests.helpers import teacher
from moderation import personal_data
from moderation.models import Report
from moderation.scope import reports_in_scope
from moderation.tests.helpers import decide, report

pytestmark = pytest.mark.django_db


def test_the_demo_puts_two_open_reports_in_frances_queue_once():
    claire = teacher("FR", username="teacher-fr")
    teacher("IT", username="teacher-it")
    teacher("IT", username="teacher-pl")
    PostFactory(author=claire, title="Nos rivières, leur eau et nous")
    ReplyFactory(author=claire, post=PostFactory(title="Isole di calore: misuriamo il clima delle nostre città"))
    assert load_reports() == 2
    assert load_reports() == 0, "idempotent"
    french_queue = reports_in_scope(User.objects.get(username="moderator-fr")).open()
    assert french_queue.count() == 2
    assert set(french_queue.values_list("reported_author__username", flat=True)) == {"teacher-fr"}


def test_the_demo_makes_nothing_without_its_forum_posts():
    assert load_reports() == 0


def test_a_teacher_downloads_their_reports_and_the_decisions_about_them(
    reporter_client, moderator_fr, reporter, author, post
):
    decide(moderator_fr, report(reporter_client, post, note="Advertising."), "warn", message="No advertising.")
    made = personal_data.export(reporter)["reports_made"]
    assert [(entry["reason"], entry["note"], entry["status"]) for entry in made] == [
        ("spam", "Advertising.", "actioned")
    ]
    received = personal_data.export(author)
    assert received["reports_made"] == []
    assert [(entry["decision"], entry["message"]) for entry in received["decisions_about_you"]] == [
        ("warn", "No advertising.")
    ]
    assert "marco" not in str(received) and "Marco" not in str(received), "never who reported it"


def test_deleting_an_account_empties_what_reports_hold_of_it(reporter_client, reporter, author, post):
    report(reporter_client, post, note="Advertising.")
    personal_data.erase(reporter)
    personal_data.erase(author)
    kept = Report.objects.get()
    assert (kept.note, kept.excerpt, kept.reason) == ("", "", "spam")
