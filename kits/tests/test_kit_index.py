"""The kit index: filters that combine, shareable URLs, and bad input that never breaks the page."""

import pytest

from tests.helpers import soup

pytestmark = pytest.mark.django_db


def kit_titles(response):
    return [link.get_text(strip=True) for link in soup(response).select(".card__title a")]


def test_lists_every_demo_kit_with_a_count(client):
    response = client.get("/en/kits/")
    assert response.status_code == 200
    assert len(kit_titles(response)) == 12
    assert "12 kits" in soup(response).select_one(".results__count").get_text()


def test_subject_and_age_filters_combine(client):
    response = client.get("/en/kits/?subject=biology&age=7-11")
    assert kit_titles(response) == ["Bees, flowers and biodiversity"]
    either_subject = kit_titles(client.get("/en/kits/?subject=biology&subject=history"))
    assert set(either_subject) == {"Bees, flowers and biodiversity", "Voices of 1989: oral history across borders"}


def test_duration_and_level_filters(client):
    lessons = kit_titles(client.get("/en/kits/?duration=lessons"))
    assert set(lessons) == {"Fake news detectives", "Maths in our buildings"}
    assert "Voices of 1989: oral history across borders" in kit_titles(client.get("/en/kits/?level=advanced"))


def test_text_query_finds_kits_by_their_content(client):
    titles = kit_titles(client.get("/en/kits/?q=water"))
    assert "Our water footprint" in titles
    assert "Fake news detectives" not in titles


def test_filter_form_works_without_javascript_and_keeps_choices(client):
    page = soup(client.get("/en/kits/?subject=history&q=interview"))
    form = page.select_one("form.filters")
    assert form["method"] == "get"
    assert page.select_one('input[name="subject"][value="history"]').has_attr("checked")
    assert form.select_one('input[name="q"]')["value"] == "interview"


def test_unknown_filter_value_is_left_out_with_a_message(client):
    response = client.get("/en/kits/?subject=astrology&age=7-11")
    assert response.status_code == 200
    assert "This filter was left out." in response.content.decode()
    assert "Bees, flowers and biodiversity" in kit_titles(response)  # the valid age filter still applies


@pytest.mark.parametrize("page_number", ["-1", "0", "abc", "9" * 40])
def test_bad_page_numbers_show_the_first_page_with_a_message(client, page_number):
    response = client.get(f"/en/kits/?page={page_number}")
    assert response.status_code == 200
    assert "here is the first page" in response.content.decode()
    assert len(kit_titles(response)) == 12


def test_page_past_the_end_shows_the_last_page(client):
    response = client.get("/en/kits/?page=500")
    assert response.status_code == 200
    assert "There are only 2 pages" not in response.content.decode() or kit_titles(response)
    assert "here is the last one" in response.content.decode()


def test_very_long_query_is_shortened_and_said_so(client):
    response = client.get("/en/kits/", {"q": "water " * 2000})
    assert response.status_code == 200
    assert "only its first 200 characters were used" in response.content.decode()


def test_query_of_symbols_only_gets_a_message(client):
    response = client.get("/en/kits/", {"q": "%$#@!*&^"})
    assert response.status_code == 200
    assert "a search made only of symbols finds nothing" in response.content.decode()


def test_french_list_shows_french_kits(client):
    titles = kit_titles(client.get("/fr/kits/"))
    assert len(titles) == 12
    assert "Our water footprint" not in titles


def test_language_without_kit_translations_lists_the_originals_marked(client):
    page = soup(client.get("/fi/kits/"))
    cards = page.select("article.card")
    assert len(cards) == 12
    assert all(card["lang"] == "en" for card in cards)
    assert page.select_one(".card__title a")["href"].startswith("/fi/kits/")
