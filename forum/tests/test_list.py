"""The forum's list: current posts only, newest first, its filters, its cards and its cost."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.factories import TeacherFactory
from contacts.models import Block
from forum.factories import PostFactory, ReplyFactory
from forum.models import Post
from forum.tests.utils import warm_up

pytestmark = pytest.mark.django_db

LIST = reverse("forum:list")


def titles(response):
    """The titles of the cards, in order."""
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


def days(count):
    return timezone.localdate() + datetime.timedelta(days=count)


def test_current_posts_show_newest_first_and_ended_ones_not_at_all(reader_client, author):
    PostFactory(author=author, title="Older idea")
    PostFactory(author=author, title="Newer idea")
    PostFactory(author=author, title="Last day today", ends_on=days(0))
    PostFactory(author=author, title="Ended yesterday", ends_on=days(-1))
    Post.objects.filter(title="Older idea").update(created_at=timezone.now() - datetime.timedelta(days=3))
    Post.objects.filter(title="Last day today").update(created_at=timezone.now() - datetime.timedelta(days=5))

    response = reader_client.get(LIST)

    assert response.status_code == 200
    assert titles(response) == ["Newer idea", "Older idea", "Last day today"]
    assert "3 current posts" in response.content.decode()


def test_a_card_tells_what_the_post_is_about_in_the_readers_language(client, reader, author, italy, science, teens):
    italy.name_fr = "Italie"
    italy.save()
    post = PostFactory(
        author=author, title="Fiumi d'Europa", subjects=[science], age_ranges=[teens], languages=["it", "en"]
    )
    ReplyFactory.create_batch(2, post=post)
    client.force_login(reader)

    html = client.get(LIST.replace("/en/", "/fr/")).content.decode()

    assert "Fiumi d&#x27;Europa" in html
    assert (
        f'<a href="{reverse("live:profile", args=[author.pk]).replace("/en/", "/fr/")}">Marco Bianchi</a>, Italie'
        in html
    )
    assert "Sciences" in html
    assert "De 12 à 15 ans" in html
    assert "Italien" in html and "Anglais" in html
    assert "2 réponses" in html or "2 replies" in html
    assert reverse("forum:post", args=[post.pk]).replace("/en/", "/fr/") in html


def test_a_card_shows_the_end_date_and_the_number_of_replies(reader_client, author):
    post = PostFactory(
        author=author, ends_on=datetime.date.today().replace(year=datetime.date.today().year + 1, month=1, day=15)
    )
    ReplyFactory(post=post)
    html = reader_client.get(LIST).content.decode()
    assert f"Open until 15 January {post.ends_on.year}" in html
    assert "1 reply" in html


def filtered(client, **query):
    return titles(client.get(LIST, query))


def test_filter_by_subject_and_age(reader_client, author, science, history, teens, children):
    PostFactory(author=author, title="Science for teens", subjects=[science], age_ranges=[teens])
    PostFactory(author=author, title="History for children", subjects=[history], age_ranges=[children])
    PostFactory(author=author, title="Both subjects", subjects=[science, history], age_ranges=[teens, children])

    assert filtered(reader_client, subject="science") == ["Both subjects", "Science for teens"]
    assert filtered(reader_client, subject=["science", "history"]) == [
        "Both subjects",
        "History for children",
        "Science for teens",
    ]
    assert filtered(reader_client, subject="history", age="12-15") == ["Both subjects"]


def test_filter_by_language(reader_client, author):
    PostFactory(author=author, title="In Italian", languages=["it"])
    PostFactory(author=author, title="In Italian and Welsh", languages=["it", "cy"])
    PostFactory(author=author, title="In English", languages=["en"])

    assert filtered(reader_client, language="it") == ["In Italian and Welsh", "In Italian"]
    assert filtered(reader_client, language="cy") == ["In Italian and Welsh"]


def test_filter_by_country_keeps_posts_wanting_it_or_any_country(reader_client, author, france, italy):
    PostFactory(author=author, title="Wants France", countries_wanted=[france])
    PostFactory(author=author, title="Wants Italy", countries_wanted=[italy])
    PostFactory(author=author, title="Wants anyone")
    PostFactory(author=author, title="Wants both", countries_wanted=[france, italy])

    assert filtered(reader_client, country="FR") == ["Wants both", "Wants anyone", "Wants France"]


def test_filter_by_words_in_title_or_description(reader_client, author):
    PostFactory(author=author, title="Rivers of Europe", description="Water quality measured by pupils.")
    PostFactory(author=author, title="Fairy tales", description="Pupils write tales about rivers and woods.")
    PostFactory(author=author, title="Chess club", description="A tournament online.")

    assert filtered(reader_client, q="rivers") == ["Fairy tales", "Rivers of Europe"]
    assert filtered(reader_client, q="RIVERS pupils water") == ["Rivers of Europe"]


def test_filters_combine(reader_client, author, science, teens, france):
    PostFactory(author=author, title="Match", subjects=[science], age_ranges=[teens], languages=["fr"])
    PostFactory(author=author, title="Wrong language", subjects=[science], age_ranges=[teens], languages=["de"])
    PostFactory(author=author, title="Wrong country", subjects=[science], countries_wanted=[TeacherFactory().country])

    assert filtered(reader_client, subject="science", language="fr", country="FR") == ["Match"]


@pytest.mark.parametrize(
    "query, message",
    [
        ({"subject": "astrology"}, "Subject: Select a valid choice. astrology is not one of the available choices."),
        ({"age": "<script>"}, "Pupils&#x27; age: Select a valid choice."),
        ({"language": "klingon"}, "Language: Select a valid choice."),
        ({"country": "ZZ"}, "Open to teachers from: Select a valid choice."),
        ({"q": "x" * 10_000}, "Your search was long, so only its first 200 characters were used."),
        ({"q": "%%%"}, "Type at least one word or number"),
        ({"page": "²"}, "There is no page"),
        ({"page": "99"}, "There are only 1 pages; here is the last one."),
    ],
)
def test_bad_filter_values_are_explained_and_the_list_still_shows(reader_client, author, query, message):
    PostFactory(author=author, title="Still listed")
    response = reader_client.get(LIST, query)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "<script>" not in response.content.decode()


def test_ten_thousand_filter_values_are_refused_politely(reader_client, author, science):
    PostFactory(author=author, title="Still listed")
    response = reader_client.get(LIST, {"subject": ["science"] * 5_000 + ["nonsense"] * 4_990})
    assert response.status_code == 200
    assert "This filter was left out" in response.content.decode()
    assert titles(response) == ["Still listed"]


def test_the_list_is_paginated_by_twenty(reader_client, author):
    PostFactory.create_batch(21, author=author)
    first = reader_client.get(LIST)
    second = reader_client.get(LIST, {"page": 2})
    assert len(titles(first)) == 20
    assert len(titles(second)) == 1
    assert 'rel="next"' in first.content.decode()


def test_my_posts_include_those_that_ended(reader_client, reader, author):
    PostFactory(author=reader, title="My current idea")
    PostFactory(author=reader, title="My old idea", ends_on=days(-30))
    PostFactory(author=author, title="Someone else's idea")

    response = reader_client.get(LIST, {"mine": "1"})

    assert titles(response) == ["My old idea", "My current idea"]
    assert "Ended on" in response.content.decode()


@pytest.mark.parametrize("blocker_is_reader", [True, False], ids=["I blocked them", "they blocked me"])
def test_posts_of_a_blocked_teacher_are_hidden_both_ways(reader_client, reader, author, blocker_is_reader):
    PostFactory(author=author, title="Hidden idea")
    PostFactory(title="Visible idea")
    Block.objects.create(
        blocker=reader if blocker_is_reader else author, blocked=author if blocker_is_reader else reader
    )
    assert titles(reader_client.get(LIST)) == ["Visible idea"]


def test_the_reply_count_leaves_out_replies_the_reader_cannot_see(reader_client, reader, author):
    post = PostFactory(author=author)
    blocked = TeacherFactory()
    ReplyFactory(post=post, author=blocked)
    ReplyFactory(post=post)
    Block.objects.create(blocker=reader, blocked=blocked)
    assert "1 reply" in reader_client.get(LIST).content.decode()


def test_twenty_full_cards_take_few_queries(
    reader_client, france, italy, science, history, teens, children, django_assert_max_num_queries
):
    for number in range(20):
        post = PostFactory(
            author=TeacherFactory(country=italy if number % 2 else france),
            subjects=[science, history],
            age_ranges=[teens, children],
            countries_wanted=[france],
            languages=["fr", "it", "pl"],
        )
        ReplyFactory.create_batch(2, post=post)
    warm_up(reader_client, LIST)
    with django_assert_max_num_queries(9):
        response = reader_client.get(LIST, {"subject": "science", "language": "fr", "country": "FR", "q": "rivers"})
    assert len(titles(response)) == 20
    with django_assert_max_num_queries(9):
        assert len(titles(reader_client.get(LIST))) == 20
