"""What a moderator's decision does: to the content, to its author, to whoever reported it, and in the
admin's audit log."""

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import SUSPENDED_FOR_GOOD, User
from moderation.models import Action, Report, Status
from moderation.tests.helpers import decide, decision_url, report
from notifications.models import Notification

pytestmark = pytest.mark.django_db


@pytest.fixture
def post_report(reporter_client, post):
    return report(reporter_client, post)


def notices_of(user):
    return list(Notification.objects.filter(recipient=user).values_list("notice", flat=True))


def mail_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def test_hiding_a_post_hides_it_from_others_and_shows_it_marked_to_its_author(
    moderator_fr, post_report, post, reporter, reporter_client, bystander_client, author, author_client
):
    response = decide(moderator_fr, post_report, "hide", message="Advertising is not allowed in the forum.")
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.is_hidden and post.hidden_reason == "Advertising is not allowed in the forum."
    for client in (reporter_client, bystander_client):
        assert client.get(post.get_absolute_url()).status_code == 404
        assert "Our rivers" not in client.get(reverse("forum:list")).content.decode()
    own = author_client.get(post.get_absolute_url()).content.decode()
    assert "Hidden by a moderator: Advertising is not allowed in the forum." in own
    assert "Hidden by a moderator" in author_client.get(reverse("forum:list") + "?mine=1").content.decode()
    assert "moderation.hidden" in notices_of(author)
    assert "moderation.report_actioned" in notices_of(reporter)
    post_report.refresh_from_db()
    assert (post_report.status, post_report.action) == (Status.ACTIONED, Action.HIDE)
    assert post_report.decided_by.username == "moderator-fr"


def test_a_hidden_reply_leaves_the_page_and_the_counts_of_others(
    moderator_fr, reporter_client, bystander_client, author_client, post, reply
):
    reply_report = report(reporter_client, reply, reason="personal_data")
    decide(moderator_fr, reply_report, "hide", message="A phone number is personal data.")
    page = bystander_client.get(post.get_absolute_url()).content.decode()
    assert "Call me on my private number." not in page
    assert "1 reply" in page
    assert "1 reply" in bystander_client.get(reverse("forum:list")).content.decode()
    own = author_client.get(post.get_absolute_url()).content.decode()
    assert "Call me on my private number." in own
    assert "Hidden by a moderator: A phone number is personal data." in own


def test_a_hidden_message_shows_as_hidden_to_the_other_teacher(moderator_fr, reporter_client, author_client, message):
    message_report = report(reporter_client, message, reason="harassment")
    decide(moderator_fr, message_report, "hide", message="Insults are not allowed.")
    for page in (reporter_client.get(message.get_absolute_url()), reporter_client.get(reverse("messaging:inbox"))):
        text = page.content.decode()
        assert "This message was hidden by a moderator." in text
        assert "You are an idiot." not in text
    own = author_client.get(message.get_absolute_url()).content.decode()
    assert "You are an idiot." in own and "Hidden by a moderator: Insults are not allowed." in own


def test_warning_the_author_tells_them_the_message(moderator_fr, post_report, post, author, reporter):
    mail.outbox.clear()
    decide(moderator_fr, post_report, "warn", message="Please keep the forum for school projects.")
    post.refresh_from_db()
    assert not post.is_hidden
    warning = Notification.objects.get(recipient=author, notice="moderation.warned")
    assert warning.excerpt == "Please keep the forum for school projects."
    assert warning.kind == "moderation"
    (sent,) = mail_to(author)
    assert "Please keep the forum for school projects." in sent.body
    (told,) = mail_to(reporter)
    assert "was reviewed" in told.body
    assert "Please keep the forum" not in told.body, "a warning is between the author and the moderators"


def test_dismissing_tells_the_reporter_and_not_the_author(moderator_fr, post_report, author, reporter):
    decide(moderator_fr, post_report, "dismiss")
    post_report.refresh_from_db()
    assert (post_report.status, post_report.action) == (Status.DISMISSED, Action.DISMISS)
    assert notices_of(reporter) == ["moderation.report_dismissed"]
    assert notices_of(author) == []


def test_every_open_report_about_the_content_is_decided_together(
    moderator_fr, post_report, bystander_client, bystander, reporter, post
):
    second = report(bystander_client, post, reason="harassment")
    decide(moderator_fr, second, "dismiss")
    assert set(Report.objects.values_list("status", flat=True)) == {Status.DISMISSED}
    assert notices_of(reporter) == notices_of(bystander) == ["moderation.report_dismissed"]


def test_suspending_ends_the_authors_session_and_log_in(moderator_fr, post_report, author, author_client):
    assert author_client.get(reverse("live:home")).status_code == 200
    decide(moderator_fr, post_report, "suspend", message="Repeated advertising.", period="30")
    author.refresh_from_db()
    assert author.is_suspended and author.suspension_reason == "Repeated advertising."
    assert "moderation.suspended" in notices_of(author)
    response = author_client.get(reverse("live:home"))
    assert response.status_code == 403
    assert "Repeated advertising." in response.content.decode()
    assert "_auth_user_id" not in author_client.session
    assert author_client.get(reverse("live:home")).status_code == 302, "logged out: sent to log in"


def test_suspending_for_good(moderator_fr, post_report, author):
    decide(moderator_fr, post_report, "suspend", message="Hate speech.", period="good")
    author.refresh_from_db()
    assert author.suspended_until == SUSPENDED_FOR_GOOD
    assert "moderation.suspended_for_good" in notices_of(author)


@pytest.mark.parametrize(
    "data, error",
    [
        ({"action": "hide"}, "Write the reason: the author will read it."),
        ({"action": "warn", "message": "   "}, "Write the reason: the author will read it."),
        ({"action": "suspend", "message": "Spam."}, "Choose how long the account is suspended."),
        ({"action": "suspend", "message": "Spam.", "period": "3650"}, "Select a valid choice."),
        ({"action": "delete"}, "Select a valid choice."),
        ({}, "Choose a decision."),
    ],
)
def test_an_incomplete_decision_is_refused_and_changes_nothing(moderator_fr, post_report, post, author, data, error):
    response = moderator_fr.post(decision_url(post_report), data)
    assert response.status_code == 200
    assert error in response.content.decode()
    post_report.refresh_from_db()
    post.refresh_from_db()
    author.refresh_from_db()
    assert post_report.status == Status.OPEN and not post.is_hidden and not author.is_suspended


def test_a_decided_report_cannot_be_decided_again(moderator_fr, post_report, author):
    decide(moderator_fr, post_report, "dismiss")
    response = decide(moderator_fr, post_report, "suspend", message="Too late.", period="7")
    assert response.status_code == 302
    author.refresh_from_db()
    assert not author.is_suspended
    page = moderator_fr.get(decision_url(post_report)).content.decode()
    assert "Nothing to decide" in page


def test_content_deleted_after_the_report_can_still_be_decided_but_not_hidden(moderator_fr, post_report, post):
    post.delete()
    page = moderator_fr.get(decision_url(post_report)).content.decode()
    assert "Deleted by its author" in page and "Buy cheap watches" in page
    response = decide(moderator_fr, post_report, "hide", message="Spam.")
    assert response.status_code == 200, "hiding is no longer offered"
    assert decide(moderator_fr, post_report, "warn", message="No advertising, please.").status_code == 302
    post_report.refresh_from_db()
    assert post_report.action == Action.WARN


def test_every_decision_is_in_the_audit_log(moderator_fr, admin_client, reporter_client, post, reply, message):
    contents = {"dismiss": post, "hide": reply, "warn": message}
    for action, content in contents.items():
        decide(moderator_fr, report(reporter_client, content), action, message="Noted.")
    decide(moderator_fr, report(reporter_client, post), "suspend", message="Enough.", period="7")
    history = admin_client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    for label in ("Report dismissed", "Reported content hidden", "Author warned", "Account suspended"):
        assert label in history
    assert history.count(User.objects.get(username="moderator-fr").get_full_name()) >= 4
