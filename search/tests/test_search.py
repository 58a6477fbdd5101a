"""/<lang>/search/: one language, every type, highlighted excerpts, pagination, helpful when empty."""

import pytest
from django.db import connection

from kits.models import KitPage
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def results(response):
    return [link.get_text(strip=True) for link in soup(response).select(".search-results .card__title a")]


def test_search_finds_kits_news_and_pages_in_english(client):
    found = results(client.get("/en/search/?q=water"))
    assert "Our water footprint" in found


def test_results_are_in_the_readers_language_only(client):
    french_kit = KitPage.objects.get(slug="our-water-footprint", locale__language_code="fr")
    found = results(client.get("/fr/search/", {"q": french_kit.title.split()[-1]}))
    assert french_kit.title in found
    assert "Our water footprint" not in found


def test_type_filter(client):
    only_kits = soup(client.get("/en/search/?q=pupils&type=kits")).select(".search-results .card__kicker")
    assert only_kits and {kicker.get_text() for kicker in only_kits} == {"Project kit"}


def test_excerpts_mark_the_searched_words(client):
    marks = soup(client.get("/en/search/?q=water")).select(".search-results mark")
    assert marks and all(mark.get_text().lower().startswith("water") for mark in marks)


def test_nothing_found_page_helps(client):
    response = client.get("/en/search/?q=zzyzxquux")
    assert response.status_code == 200
    assert "Nothing matches" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("x" * 10_000, "only its first 200 characters were used"),
        ("%%% $$$ ***", "a search made only of symbols finds nothing"),
    ],
)
def test_bad_queries_get_a_normal_page_with_a_message(client, query, message):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert message in response.content.decode()


def test_unknown_type_and_bad_page_are_explained(client):
    response = client.get("/en/search/?q=water&type=cheese&page=-4")
    assert response.status_code == 200
    text = response.content.decode()
    assert "all types are shown" in text and "here is the first page" in text


def test_what_the_user_typed_stays_in_the_box(client):
    page = soup(client.get("/en/search/?q=water+%26+rain"))
    assert page.select_one("#search-query")["value"] == "water & rain"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="language-aware stemming needs PostgreSQL")
def test_german_query_with_an_inflected_word_finds_the_german_kit(client):
    """The kit says "Bienen" (plural); the query "Biene" is stemmed to the same word, so the kit is found even
    though the query's form does not occur in it as typed."""
    kit = KitPage.objects.get(slug="bees-flowers-biodiversity", locale__language_code="de")
    found = results(client.get("/de/search/", {"q": "Biene"}))
    assert kit.title in found
