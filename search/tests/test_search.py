"""/<lang>/search/: the reader's language, then untranslated originals, every type, highlighted excerpts,
pagination, helpful when empty; the search box in every page's header."""

import pytest

from kits.models import KitPage
from languages.codes import language_name_in
from search.query import ResultsInTurn
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


def result_items(response):
    return soup(response).select(".search-results li")


def test_untranslated_originals_follow_the_readers_language_marked_with_their_language(client):
    """Lists show the English original of a page not translated into the reader's language; search does
    too, after the reader's own language, with the language in `lang` and in words."""
    items = result_items(client.get("/fr/search/", {"q": "europe"}))
    languages = [item.select_one(".card__title").get("lang") for item in items]
    assert languages[0] is None and "en" in languages
    assert languages == sorted(languages, key=lambda language: language is not None), "French results come first"
    original = items[languages.index("en")]
    label = original.select_one(".language-label")
    assert label["lang"] == "fr" and language_name_in("en", "fr") in label.get_text()
    assert original.select_one(".card__title a")["href"].startswith("/fr/"), "the reader stays in French"


def test_an_original_is_searched_in_its_own_language(client):
    """Maltese has no kits of its own: "bee" finds the English kit about "bees" with the English stemmer."""
    found = result_items(client.get("/mt/search/", {"q": "bee"}))
    assert [item.select_one(".card__title").get_text(strip=True) for item in found] == [
        "Bees, flowers and biodiversity"
    ]
    assert found[0].select_one(".card__title")["lang"] == "en"


def test_the_kit_filter_searches_originals_in_their_own_language(client):
    cards = soup(client.get("/mt/kits/", {"q": "bee"})).select(".card")
    assert [card.select_one(".card__title").get_text(strip=True) for card in cards] == [
        "Bees, flowers and biodiversity"
    ]
    assert cards[0]["lang"] == "en" and cards[0].select_one(".language-label")["lang"] == "mt"


@pytest.mark.parametrize(
    "path", ["/fr/", "/de/about/", "/el/kits/bees-flowers-biodiversity/", "/en/news/", "/fr/nowhere/"]
)
def test_every_public_page_has_a_search_box_in_its_header(client, path):
    form = soup(client.get(path)).select_one("header.site-header form[role=search]")
    language = path.split("/")[1]
    assert form["action"] == f"/{language}/search/" and form["method"] == "get"
    field = form.select_one("input[type=search][name=q]")
    assert form.select_one(f"label[for={field['id']}]").get_text(strip=True), "the field has a label"
    assert form.select_one("button[type=submit]"), "it works without JavaScript"


class Part(list):
    def count(self):
        return len(self)


def test_results_in_turn_are_paged_across_their_parts():
    results = ResultsInTurn([Part("abc"), Part(""), Part("defg")])
    assert results.count() == len(results) == 7
    assert results[2:5] == ["c", "d", "e"] and results[5:20] == ["f", "g"] and results[0] == "a"
    assert list(results) == list("abcdefg")
