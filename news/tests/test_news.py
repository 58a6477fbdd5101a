"""News index with filters and pagination, articles, and the Atom feed per language."""

import xml.etree.ElementTree as ElementTree
from datetime import date, timedelta

import pytest

from core.factories import translate
from news.factories import NewsPageFactory, TopicFactory
from tests.helpers import soup
from tests.world import world

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
PRIZES = "European Prizes 2026: meet this year's winning projects"


def titles(response):
    return [link.get_text(strip=True) for link in soup(response).select(".card__title a")]


@pytest.fixture
def articles():
    """The newest article, on the prizes; an older one on prizes too; a French national article."""
    news, france = world().news, world().fr.country
    prizes = TopicFactory(slug="prizes", name_en="Prizes and awards")
    events = TopicFactory(slug="events", name_en="Events")
    return [
        NewsPageFactory(
            parent=news, title=PRIZES, slug="european-prizes-2026-winners", date=date(2026, 11, 18), topics=[prizes]
        ),
        NewsPageFactory(parent=news, title="Prizes 2025: the winners", date=date(2025, 11, 20), topics=[prizes]),
        NewsPageFactory(
            parent=news, title="A national conference in Lyon", date=date(2026, 10, 2), country=france, topics=[events]
        ),
    ]


@pytest.fixture
def many_articles(articles):
    """21 articles in all: two full pages of ten and one more."""
    oldest = date(2024, 1, 1)
    for days in range(21 - len(articles)):
        NewsPageFactory(parent=world().news, date=oldest + timedelta(days=days))


def test_news_index_paginates_newest_first(client, many_articles):
    first, second = client.get("/en/news/"), client.get("/en/news/?page=2")
    assert len(titles(first)) == 10 and len(titles(second)) == 10
    assert titles(first)[:3] == [PRIZES, "A national conference in Lyon", "Prizes 2025: the winners"]
    assert not set(titles(first)) & set(titles(second))
    assert soup(first).select_one('.pagination a[rel="next"]')["href"] == "?page=2"


def test_news_filters_by_country_and_topic(client, articles):
    french = titles(client.get("/en/news/?country=fr"))
    assert french == ["A national conference in Lyon"]
    prizes = client.get("/en/news/?topic=prizes")
    assert titles(prizes) == [PRIZES, "Prizes 2025: the winners"]
    assert all("Prizes and awards" in card.get_text() for card in soup(prizes).select(".card"))


def test_unknown_filter_value_gets_a_message_not_an_error(client, articles):
    response = client.get("/en/news/?country=zz&topic=nothing")
    assert response.status_code == 200
    assert response.content.decode().count("This filter was left out.") == 2
    assert titles(response) == titles(client.get("/en/news/"))
    assert len(titles(response)) == len(articles)


def test_article_page_has_date_country_and_structured_data(client, articles):
    response = client.get("/en/news/european-prizes-2026-winners/")
    page = soup(response)
    assert page.select_one("time")["datetime"] == "2026-11-18"
    assert '"@type": "NewsArticle"' in page.select_one('script[type="application/ld+json"]').string


def test_feed_is_atom_in_the_readers_language(client, articles, many_articles):
    translate(articles[0], "fr", title="Prix européens 2026 : les projets lauréats")
    response = client.get("/fr/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 20
    assert entries[0].find(f"{ATOM}title").text == "Prix européens 2026 : les projets lauréats"
    assert all(entry.find(f"{ATOM}link").get("href").startswith("http://localhost/fr/news/") for entry in entries)
