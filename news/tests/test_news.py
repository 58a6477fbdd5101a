"""News index with filters and pagination, articles, and the Atom feed per language."""

import xml.etree.ElementTree as ElementTree

import pytest

from tests.helpers import soup

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def titles(response):
    return [link.get_text(strip=True) for link in soup(response).select(".card__title a")]


def test_news_index_paginates_newest_first(client):
    first, second = client.get("/en/news/"), client.get("/en/news/?page=2")
    assert len(titles(first)) == 10 and len(titles(second)) == 10
    assert titles(first)[0] == "European Prizes 2026: meet this year's winning projects"
    assert soup(first).select_one('.pagination a[rel="next"]')["href"] == "?page=2"


def test_news_filters_by_country_and_topic(client):
    french = titles(client.get("/en/news/?country=fr"))
    assert len(french) == 1
    prizes = client.get("/en/news/?topic=prizes")
    assert titles(prizes) and all("Prizes and awards" in card.get_text() for card in soup(prizes).select(".card"))


def test_unknown_filter_value_gets_a_message_not_an_error(client):
    response = client.get("/en/news/?country=zz&topic=nothing")
    assert response.status_code == 200
    assert response.content.decode().count("This filter was left out.") == 2
    assert len(titles(response)) == 10


def test_article_page_has_date_country_and_structured_data(client):
    response = client.get("/en/news/european-prizes-2026-winners/")
    page = soup(response)
    assert page.select_one("time")["datetime"] == "2026-11-18"
    assert '"@type": "NewsArticle"' in page.select_one('script[type="application/ld+json"]').string


def test_feed_is_atom_in_the_readers_language(client):
    response = client.get("/fr/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 20
    assert all(entry.find(f"{ATOM}link").get("href").startswith("http://localhost/fr/news/") for entry in entries)
