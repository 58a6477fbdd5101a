"""Long lists (news, kits) read the ids of their pages, in order, from the cache until a page of their type
is published (core.ordered_pages): a page of the list neither counts nor skips rows in the database."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.ordered_pages import ids_in_order
from kits.factories import KitPageFactory
from kits.filters import KitFilter
from news.factories import NewsPageFactory
from news.models import NewsPage
from tests.helpers import soup
from tests.world import world

pytestmark = pytest.mark.django_db


def titles(response):
    return [link.get_text(strip=True) for link in soup(response).select(".card__title a")]


def sql_of(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return " ".join(query["sql"] for query in queries.captured_queries).upper()


@pytest.fixture
def articles():
    """Twelve articles, a day apart: two pages of the news list."""
    return [
        NewsPageFactory(parent=world().news, title=f"Article {day:02}", date=date(2026, 1, 1) + timedelta(days=day))
        for day in range(12)
    ]


def test_news_pages_neither_count_nor_skip_rows_once_the_order_is_known(client, articles):
    sql_of(client, "/en/news/")
    for path in ("/en/news/?page=2", "/en/news/", "/en/news/feed/"):
        sql = sql_of(client, path)
        assert "COUNT(" not in sql and "OFFSET" not in sql, path
    assert titles(client.get("/en/news/?page=2")) == ["Article 01", "Article 00"]


def test_each_filter_has_its_own_order(client, articles):
    NewsPageFactory(parent=world().news, title="In France", date=date(2025, 1, 1), country=world().fr.country)
    assert titles(client.get("/en/news/"))[0] == "Article 11"
    assert titles(client.get("/en/news/?country=fr")) == ["In France"]


def test_a_publication_of_news_gives_the_lists_a_new_order(client, articles, django_capture_on_commit_callbacks):
    assert titles(client.get("/en/news/"))[0] == "Article 11"
    with django_capture_on_commit_callbacks(execute=True):  # the expiry waits for the commit
        NewsPageFactory(parent=world().news, title="Just published", date=date(2026, 6, 1))
    assert titles(client.get("/en/news/"))[0] == "Just published"
    assert titles(client.get("/en/news/?page=2")) == ["Article 02", "Article 01", "Article 00"]


def test_kits_keep_their_alphabetical_order_until_a_kit_is_published(
    client, monkeypatch, django_capture_on_commit_callbacks
):
    for title in ("Mountains", "Bees"):
        KitPageFactory(parent=world().kits, title=title)
    client.get("/en/")  # creates the site's settings, which starts the cache afresh, as on a new site
    sorted_lists = []
    alphabetical_ids = KitFilter.alphabetical_ids
    monkeypatch.setattr(KitFilter, "alphabetical_ids", lambda *args: sorted_lists.append(1) or alphabetical_ids(*args))
    assert titles(client.get("/en/kits/")) == ["Bees", "Mountains"]
    assert titles(client.get("/en/kits/")) == ["Bees", "Mountains"]
    assert len(sorted_lists) == 1
    with django_capture_on_commit_callbacks(execute=True):
        KitPageFactory(parent=world().kits, title="Apples")
    assert titles(client.get("/en/kits/")) == ["Apples", "Bees", "Mountains"]
    assert len(sorted_lists) == 2
    # A text query is ordered by relevance, each time.
    assert titles(client.get("/en/kits/?q=bees")) == ["Bees"]


def test_a_query_that_no_page_can_meet_keeps_nothing():
    assert ids_in_order(NewsPage.objects.filter(pk__in=[]), lambda: pytest.fail("computed")) == []
