"""A group's discussions: for members only, started and answered in plain text, the members told of a new
one, and what moderators hid or blocked teachers wrote left out."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from contacts.models import Block
from groups.factories import GroupFactory, ReplyFactory, ThreadFactory
from groups.models import Reply, Thread
from live.tests.helpers import as_on_a_running_server, teacher
from notifications.models import Notification

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(marco, claire):
    return GroupFactory(name="Latin club", owner=marco, members=[claire])


@pytest.fixture
def thread(group, marco):
    return ThreadFactory(group=group, author=marco, title="Virgil in class", body="Who reads the Aeneid?")


def new_thread(group):
    return reverse("groups:thread_new", args=[group.pk])


def test_a_member_starts_a_discussion_and_the_other_members_are_told(as_claire, claire, marco, group):
    blocked = teacher()
    group.memberships.create(user=blocked)
    Block.objects.create(blocker=blocked, blocked=claire)

    response = as_claire.post(
        new_thread(group), {"title": "Ovid for beginners", "body": "Links: https://example.org/ovid"}, follow=True
    )

    thread = Thread.objects.get()
    assert response.redirect_chain[-1][0] == thread.get_absolute_url()
    html = response.content.decode()
    assert '<h1 id="thread-title">Ovid for beginners</h1>' in html
    assert '<a href="https://example.org/ovid" rel="nofollow">https://example.org/ovid</a>' in html
    told = Notification.objects.filter(notice="groups.new_thread")
    assert [notification.recipient for notification in told] == [marco]
    assert told.get().text == "Claire Dubois started the discussion “Ovid for beginners” in the group “Latin club”."
    assert told.get().url == thread.get_absolute_url()
    assert not mail.outbox  # new discussions go in the daily digest unless the member chose otherwise


def test_a_bad_discussion_is_explained_and_not_saved(as_claire, group):
    response = as_claire.post(new_thread(group), {"title": "", "body": "Still here"})
    html = response.content.decode()
    assert "There is a problem" in html
    assert "Still here" in html
    assert not Thread.objects.exists()


def test_teachers_write_plain_text(as_claire, group):
    as_claire.post(new_thread(group), {"title": "<b>Bold</b>", "body": "<script>alert(1)</script>"})
    html = as_claire.get(Thread.objects.get().get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert "&lt;b&gt;Bold&lt;/b&gt;" in html


def test_non_members_neither_read_nor_write(client, group, thread):
    client.force_login(teacher())
    for response in (
        client.get(thread.get_absolute_url()),
        client.post(thread.get_absolute_url(), {"body": "Let me in"}),
        client.get(new_thread(group)),
        client.post(new_thread(group), {"title": "Hello", "body": "Let me in"}),
    ):
        assert response.status_code == 403
        assert "This is for the members of the group" in response.content.decode()
        assert "Virgil in class" not in response.content.decode()
    assert not Reply.objects.exists()
    assert Thread.objects.count() == 1
    assert "Virgil in class" not in client.get(group.get_absolute_url()).content.decode()


def test_a_member_replies_and_the_discussion_rises(as_claire, group, thread, marco):
    older = ThreadFactory(group=group, author=marco, title="Older one")
    Thread.objects.filter(pk=thread.pk).update(active_at=timezone.now() - timezone.timedelta(days=3))

    response = as_claire.post(thread.get_absolute_url(), {"body": "My pupils do, in Lyon."}, follow=True)

    reply = Reply.objects.get()
    assert response.redirect_chain[-1][0] == reply.get_absolute_url()
    assert "My pupils do, in Lyon." in response.content.decode()
    html = as_claire.get(group.get_absolute_url()).content.decode()
    assert html.index("Virgil in class") < html.index(older.title)
    assert "1 reply" in html


def test_an_empty_reply_is_refused(as_claire, thread):
    response = as_claire.post(thread.get_absolute_url(), {"body": ""})
    assert "This field is required." in response.content.decode()
    assert not Reply.objects.exists()


def test_hidden_posts_are_shown_to_their_author_only(client, claire, marco, group, thread):
    ReplyFactory(thread=thread, author=claire, body="Off-topic joke", hidden_at=timezone.now(), hidden_reason="Spam")
    hidden_thread = ThreadFactory(group=group, author=claire, title="Hidden topic", hidden_at=timezone.now())

    client.force_login(marco)
    assert "Off-topic joke" not in client.get(thread.get_absolute_url()).content.decode()
    assert "Hidden topic" not in client.get(group.get_absolute_url()).content.decode()
    assert client.get(hidden_thread.get_absolute_url()).status_code == 404

    client.force_login(claire)
    html = client.get(thread.get_absolute_url()).content.decode()
    assert "Off-topic joke" in html
    assert "Hidden by a moderator: Spam" in html
    assert "Hidden topic" in client.get(group.get_absolute_url()).content.decode()


def test_blocked_teachers_do_not_see_each_others_posts(client, claire, marco, group, thread):
    ReplyFactory(thread=thread, author=claire, body="Claire's answer")
    Block.objects.create(blocker=claire, blocked=marco)

    client.force_login(marco)
    assert "Claire&#x27;s answer" not in client.get(thread.get_absolute_url()).content.decode()
    client.force_login(claire)
    assert "Virgil in class" not in client.get(group.get_absolute_url()).content.decode()
    assert client.get(thread.get_absolute_url()).status_code == 404


def test_a_deleted_accounts_posts_are_signed_former_member(as_claire, marco, thread):
    marco.erased_at = timezone.now()
    marco.save()
    html = as_claire.get(thread.get_absolute_url()).content.decode()
    assert "Former member" in html
    assert "Marco Bianchi" not in html


def test_replies_come_in_pages(as_claire, thread):
    for number in range(25):
        ReplyFactory(thread=thread, body=f"Reply number {number}")
    last = Reply.objects.order_by("pk").last()
    assert last.get_absolute_url() == f"{thread.get_absolute_url()}?page=2#reply-{last.pk}"
    assert "Reply number 24" in as_claire.get(thread.get_absolute_url(), {"page": "2"}).content.decode()


def test_forged_discussions_are_404(as_claire, group, thread):
    other = ThreadFactory(title="Elsewhere")
    assert as_claire.get(reverse("groups:thread", args=[group.pk, other.pk])).status_code == 404
    assert as_claire.get(reverse("groups:thread", args=[group.pk, 999_999])).status_code == 404


def test_discussion_pages_take_few_queries(as_claire, group, thread, django_assert_max_num_queries):
    for _number in range(20):
        ReplyFactory(thread=thread, author=teacher())
        ThreadFactory(group=group, author=teacher())
    for page, most in ((thread.get_absolute_url(), 10), (group.get_absolute_url(), 12), (new_thread(group), 7)):
        as_on_a_running_server(as_claire, page)
        with django_assert_max_num_queries(most):
            assert as_claire.get(page).status_code == 200


def test_members_may_report_what_others_wrote(as_claire, claire, thread):
    own = ReplyFactory(thread=thread, author=claire, body="Mine")
    html = as_claire.get(thread.get_absolute_url()).content.decode()
    assert reverse("moderation:report", args=["groups", "thread", thread.pk]) in html
    assert reverse("moderation:report", args=["groups", "reply", own.pk]) not in html


def test_what_a_teacher_may_report_is_what_they_read(claire, marco, group, thread):
    reply = ReplyFactory(thread=thread, author=marco)
    assert list(Thread.seen_by(claire)) == [thread]
    assert list(Reply.seen_by(claire)) == [reply]
    outsider = teacher()
    assert not Thread.seen_by(outsider).exists()
    assert not Reply.seen_by(outsider).exists()
    Block.objects.create(blocker=claire, blocked=marco)
    assert not Thread.seen_by(claire).exists()
