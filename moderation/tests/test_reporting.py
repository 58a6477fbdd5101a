"""A teacher reports what another teacher wrote: the link, the form, what is saved, and what is refused."""

import pytest
from django.urls import reverse

from accounts.factories import PupilFactory
from contacts.models import Block
from live.tests.helpers import as_on_a_running_server, waiting_teacher
from moderation.models import Report, Status
from moderation.tests.conftest import client_of
from moderation.tests.helpers import report, report_url

pytestmark = pytest.mark.django_db


def test_the_report_link_is_on_others_posts_and_replies_not_on_ones_own(reporter_client, author_client, post, reply):
    page = reporter_client.get(post.get_absolute_url()).content.decode()
    assert report_url(post) in page
    assert report_url(reply) in page
    own_reply = reply.post.replies.exclude(pk=reply.pk).get()
    assert report_url(own_reply) not in page, "the reporter wrote this one"
    own_page = author_client.get(post.get_absolute_url()).content.decode()
    assert report_url(post) not in own_page and report_url(reply) not in own_page


def test_the_report_link_is_on_the_other_teachers_messages(reporter_client, message):
    page = reporter_client.get(message.get_absolute_url()).content.decode()
    assert report_url(message) in page
    mine = message.conversation.messages.exclude(pk=message.pk).get()
    assert report_url(mine) not in page


def test_a_report_is_saved_with_the_author_their_country_and_the_text(reporter_client, reporter, author, post):
    form = reporter_client.get(report_url(post))
    assert form.status_code == 200
    assert "Buy cheap watches" in form.content.decode()
    response = reporter_client.post(report_url(post), {"reason": "spam", "note": "Advertising."}, follow=True)
    assert response.redirect_chain[-1][0] == post.get_absolute_url()
    assert "A moderator will look at your report" in response.content.decode()
    saved = Report.objects.get()
    assert (saved.reporter, saved.reported_author, saved.reported_country) == (reporter, author, author.country)
    assert (saved.content, saved.reason, saved.note, saved.status) == (post, "spam", "Advertising.", Status.OPEN)
    assert saved.excerpt == post.description


def test_a_report_without_a_reason_is_refused_and_keeps_the_note(reporter_client, post):
    response = reporter_client.post(report_url(post), {"note": "Something odd here."})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Choose why you report this." in page
    assert "Something odd here." in page
    assert not Report.objects.exists()


def test_something_else_needs_a_note(reporter_client, post):
    response = reporter_client.post(report_url(post), {"reason": "other", "note": "  "})
    assert "you chose “Something else”" in response.content.decode()
    assert not Report.objects.exists()


def test_a_forged_reason_is_refused(reporter_client, post):
    response = reporter_client.post(report_url(post), {"reason": "<script>"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Report.objects.exists()


def test_ones_own_content_cannot_be_reported(author_client, post, reply):
    for content in (post, reply):
        response = author_client.post(report_url(content), {"reason": "spam"})
        assert response.status_code == 403
        assert "You wrote it yourself" in response.content.decode()
    assert not Report.objects.exists()


def test_a_second_open_report_is_refused_then_allowed_once_decided(reporter_client, post):
    first = report(reporter_client, post)
    response = reporter_client.post(report_url(post), {"reason": "harassment"})
    assert "You already reported this." in response.content.decode()
    assert Report.objects.count() == 1
    Report.objects.filter(pk=first.pk).update(status=Status.DISMISSED)
    report(reporter_client, post, reason="harassment")
    assert Report.objects.count() == 2


def test_another_teacher_may_report_the_same_post(reporter_client, bystander_client, post):
    report(reporter_client, post)
    report(bystander_client, post, reason="harassment")
    assert Report.objects.open().count() == 2


def test_what_the_reporter_cannot_see_is_not_found(reporter_client, bystander_client, author, reporter, post, message):
    assert bystander_client.get(report_url(message)).status_code == 404, "someone else's conversation"
    Block.objects.create(blocker=author, blocked=reporter)
    assert reporter_client.get(report_url(post)).status_code == 404, "the author blocked the reporter"
    assert not Report.objects.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["forum", "post", 999999],  # no such post
        ["accounts", "user", 1],  # not reportable
        ["forum", "postlanguage", 1],
        ["nothing", "here", 1],
    ],
)
def test_forged_addresses_are_not_found(reporter_client, post, args):
    assert reporter_client.get(reverse("moderation:report", args=args)).status_code == 404


def test_only_validated_teachers_report(client, post):
    url = report_url(post)
    assert client.get(url).status_code == 302, "a visitor is sent to log in"
    assert client_of(PupilFactory()).post(url, {"reason": "spam"}).status_code == 403
    assert client_of(waiting_teacher()).post(url, {"reason": "spam"}).status_code == 302
    assert not Report.objects.exists()


def test_other_methods_are_refused(reporter_client, post):
    assert reporter_client.put(report_url(post)).status_code == 405


def test_the_report_form_stays_within_the_query_budget(reporter_client, post, django_assert_max_num_queries):
    url = report_url(post)
    as_on_a_running_server(reporter_client, url)
    with django_assert_max_num_queries(8):
        assert reporter_client.get(url).status_code == 200


def test_a_notification_leads_to_the_content_for_whoever_sees_it(reporter_client, bystander_client, post, message):
    url = reverse("moderation:content", args=["forum", "post", post.pk])
    assert reporter_client.get(url)["Location"] == post.get_absolute_url()
    url = reverse("moderation:content", args=["messaging", "message", message.pk])
    assert bystander_client.get(url).status_code == 404
