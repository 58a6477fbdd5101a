"""A post's page: the post, its replies, replying, and the ways to reach its author; what is hidden."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.factories import TeacherFactory
from contacts.models import Block
from forum.factories import PostFactory, ReplyFactory
from forum.models import Reply
from forum.tests.utils import warm_up

pytestmark = pytest.mark.django_db


def page(post):
    return reverse("forum:post", args=[post.pk])


@pytest.fixture
def post(author, science, teens, france):
    return PostFactory(
        author=author,
        title="Rivers of Europe",
        description="We measure the water of our river.\n\nJoin us!",
        subjects=[science],
        age_ranges=[teens],
        countries_wanted=[france],
        languages=["it", "en"],
    )


def test_the_page_shows_the_post_its_replies_and_the_ways_to_the_author(reader_client, post, author):
    ReplyFactory(post=post, body="Count us in, from Lyon.")
    html = reader_client.get(page(post)).content.decode()

    assert '<h1 id="post-title">Rivers of Europe</h1>' in html
    assert "<p>We measure the water of our river.</p>\n\n<p>Join us!</p>" in html
    for fact in ("Science", "12 to 15 years", "Italian", "English", "France"):
        assert fact in html
    assert "Count us in, from Lyon." in html
    assert "1 reply" in html
    assert f'href="{reverse("contacts:request", args=[author.pk])}">Contact the author</a>' in html
    assert f'href="{reverse("live:profile", args=[author.pk])}"' in html
    assert 'name="body"' in html


def test_a_post_wanting_no_country_says_any(reader_client, author):
    html = reader_client.get(page(PostFactory(author=author))).content.decode()
    assert "Any country" in html


def test_the_author_sees_edit_and_delete_rather_than_contact(author_client, post, author):
    html = author_client.get(page(post)).content.decode()
    assert reverse("forum:edit", args=[post.pk]) in html
    assert reverse("forum:delete", args=[post.pk]) in html
    assert reverse("contacts:request", args=[author.pk]) not in html


def test_an_unknown_post_is_a_404(reader_client):
    assert reader_client.get(reverse("forum:post", args=[999_999])).status_code == 404


def test_an_ended_post_is_a_404_for_others_but_its_author_still_reads_it(client, reader, author):
    ended = PostFactory(author=author, ends_on=timezone.localdate() - datetime.timedelta(days=1))
    client.force_login(reader)
    assert client.get(page(ended)).status_code == 404
    assert client.post(page(ended), {"body": "Too late?"}).status_code == 404

    client.force_login(author)
    response = client.get(page(ended))
    assert response.status_code == 200
    assert "This post has ended: other teachers no longer see it." in response.content.decode()
    assert 'name="body"' not in response.content.decode()
    response = client.post(page(ended), {"body": "Still there?"})
    assert "This post has ended: it takes no more replies." in response.content.decode()
    assert not Reply.objects.exists()


@pytest.mark.parametrize("blocker_is_reader", [True, False], ids=["I blocked them", "they blocked me"])
def test_a_post_by_a_blocked_teacher_is_a_404_both_ways(reader_client, reader, author, post, blocker_is_reader):
    Block.objects.create(
        blocker=reader if blocker_is_reader else author, blocked=author if blocker_is_reader else reader
    )
    assert reader_client.get(page(post)).status_code == 404
    assert reader_client.post(page(post), {"body": "Hello?"}).status_code == 404
    assert not Reply.objects.exists()


@pytest.mark.parametrize("blocker_is_reader", [True, False], ids=["I blocked them", "they blocked me"])
def test_replies_by_a_blocked_teacher_are_hidden_both_ways(reader_client, reader, post, blocker_is_reader):
    pest = TeacherFactory(first_name="Pest")
    ReplyFactory(post=post, author=pest, body="A reply you should not see.")
    ReplyFactory(post=post, body="A reply you see.")
    Block.objects.create(blocker=reader if blocker_is_reader else pest, blocked=pest if blocker_is_reader else reader)

    html = reader_client.get(page(post)).content.decode()

    assert "A reply you see." in html
    assert "A reply you should not see." not in html
    assert "1 reply" in html


def test_text_is_escaped_and_links_made_clickable(reader_client, author):
    post = PostFactory(
        author=author,
        title="<script>alert('title')</script>",
        description="<b>Bold?</b> <script>alert(1)</script> See https://example.org/plan and javascript:alert(2)",
    )
    ReplyFactory(post=post, body="<img src=x onerror=alert(3)> www.example.com/reply")

    html = reader_client.get(page(post)).content.decode()

    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Bold?&lt;/b&gt;" in html
    assert "<img src=x" not in html
    assert '<a href="https://example.org/plan" rel="nofollow">https://example.org/plan</a>' in html
    assert '<a href="http://www.example.com/reply" rel="nofollow">www.example.com/reply</a>' in html
    assert 'href="javascript' not in html


def test_a_reply_is_saved_and_shown_where_it_lands(reader_client, reader, post):
    response = reader_client.post(page(post), {"body": "We teach science in Lyon.\nLet's talk!"})

    reply = Reply.objects.get()
    assert (reply.post, reply.author, reply.body) == (post, reader, "We teach science in Lyon.\nLet's talk!")
    assert response.status_code == 302
    assert response.url == f"{page(post)}#reply-{reply.pk}"
    html = reader_client.get(response.url).content.decode()
    assert f'id="reply-{reply.pk}"' in html
    assert "We teach science in Lyon.<br>Let&#x27;s talk!" in html


def test_a_reply_on_the_third_page_leads_there(reader_client, post):
    ReplyFactory.create_batch(40, post=post)
    response = reader_client.post(page(post), {"body": "Reply number 41"})
    assert response.url == f"{page(post)}?page=3#reply-{Reply.objects.latest('pk').pk}"
    assert "Reply number 41" in reader_client.get(response.url).content.decode()


@pytest.mark.parametrize(
    "body, message",
    [
        ("", "This field is required."),
        ("   ", "This field is required."),
        ("x" * 5001, "Ensure this value has at most 5000 characters (it has 5001)."),
    ],
)
def test_a_bad_reply_is_explained_and_kept(reader_client, post, body, message):
    response = reader_client.post(page(post), {"body": body})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    if body.strip():
        assert body in html
    assert not Reply.objects.exists()


def test_replies_are_paginated(reader_client, post):
    for number in range(25):
        ReplyFactory(post=post, body=f"Reply {number:02}")
    first = reader_client.get(page(post)).content.decode()
    second = reader_client.get(page(post), {"page": 2}).content.decode()
    assert "Reply 00" in first and "Reply 19" in first and "Reply 20" not in first
    assert "Reply 20" in second and "Reply 24" in second
    assert "25 replies" in first


def test_a_post_with_a_page_of_replies_takes_few_queries(reader_client, post, django_assert_max_num_queries):
    for _number in range(20):
        ReplyFactory(post=post, author=TeacherFactory())
    warm_up(reader_client, page(post))
    with django_assert_max_num_queries(10):
        response = reader_client.get(page(post))
    assert response.content.decode().count('class="forum-reply"') == 20
