"""/<lang>/search/: the reader's language, then untranslated originals, every type, highlighted excerpts,
pagination, helpful when empty; the search box in every page's header."""

import pytest

from core.factories import translate
from home.factories import StandardPageFactory
from kits.factories import KitPageFactory
from kits.models import KitPage
from languages.codes import LANGUAGE_CODES, language_name_in
from news.factories import NewsPageFactory
from search.query import ResultsInTurn, languages_to_search
from tests.helpers import soup
from tests.world import world

pytestmark = pytest.mark.django_db

# The kit "Bees, flowers and biodiversity" in the languages the search tests read it in: (title,
# introduction), with the words that the tests type in other forms (test_matrix.py).
BEES = {
    "en": (
        "Bees, flowers and biodiversity",
        "Pupils count bees, butterflies and other pollinators in their school grounds and share their data.",
    ),
    "el": (
        "Μέλισσες, λουλούδια και βιοποικιλότητα",
        "Οι μαθητές μετρούν τις μέλισσες και τα λουλούδια στην αυλή του σχολείου τους.",
    ),
    "fr": ("Abeilles, fleurs et biodiversité", "Les élèves comptent les abeilles et les fleurs de leur école."),
    "de": ("Bienen, Blumen und Biodiversität", "Die Schüler zählen Bienen und Blumen auf ihrem Schulgelände."),
    "es": (
        "Abejas, flores y biodiversidad",
        "Los alumnos cuentan abejas y flores en su escuela con un método común.",
    ),
    "it": ("Api, fiori e biodiversità", "Gli alunni contano le farfalle e i fiori nel cortile della scuola."),
    "pl": ("Pszczoły, kwiaty i bioróżnorodność", "Uczniowie liczą pszczoły i kwiaty na terenie szkoły."),
    "bg": ("Пчели, цветя и биологично разнообразие", "Учениците броят пчели и цветя в училищния двор."),
}
BEES_SLUG = "bees-flowers-biodiversity"


def bees_kit(*languages):
    """The English kit about bees and its published translations into `languages`: {language: kit}."""
    title, introduction = BEES["en"]
    kits = {"en": KitPageFactory(parent=world().kits, title=title, slug=BEES_SLUG, introduction=introduction)}
    for language in languages:
        if language != "en":
            title, introduction = BEES[language]
            kits[language] = translate(kits["en"], language, title=title, introduction=introduction)
    return kits


@pytest.fixture
def water_kit():
    """An English kit about water and its French translation: {language: kit}."""
    kit = KitPageFactory(
        parent=world().kits,
        title="Our water footprint",
        slug="our-water-footprint",
        introduction="Pupils measure the water their school uses in a week and compare it with their partners.",
    )
    french = translate(
        kit,
        "fr",
        title="Notre empreinte en eau",
        introduction="Les élèves mesurent l'eau que leur école consomme en une semaine.",
    )
    return {"en": kit, "fr": french}


def results(response):
    return [link.get_text(strip=True) for link in soup(response).select(".search-results .card__title a")]


def test_search_finds_kits_news_and_pages_in_english(client, water_kit):
    NewsPageFactory(parent=world().news, title="Rain water for the school garden", introduction="A water tank.")
    StandardPageFactory(parent=world().home, title="Drinking water", introduction="Bring a bottle of water.")
    found = results(client.get("/en/search/?q=water"))
    assert {"Our water footprint", "Rain water for the school garden", "Drinking water"} <= set(found)


def test_results_are_in_the_readers_language_only(client, water_kit):
    french_kit = water_kit["fr"]
    found = results(client.get("/fr/search/", {"q": french_kit.title.split()[-1]}))
    assert french_kit.title in found
    assert "Our water footprint" not in found


def test_type_filter(client, water_kit):
    NewsPageFactory(parent=world().news, title="Pupils meet their partners", introduction="Pupils travel to Rome.")
    kickers = soup(client.get("/en/search/?q=pupils")).select(".search-results .card__kicker")
    assert {kicker.get_text() for kicker in kickers} > {"Project kit"}, "without the filter, news is found too"
    only_kits = soup(client.get("/en/search/?q=pupils&type=kits")).select(".search-results .card__kicker")
    assert only_kits and {kicker.get_text() for kicker in only_kits} == {"Project kit"}


def test_excerpts_mark_the_searched_words(client, water_kit):
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


def test_unknown_type_and_bad_page_are_explained(client, water_kit):
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
    kit = KitPageFactory(
        parent=world().kits, title="Schools across Europe", introduction="Classes from all over Europe work together."
    )
    translate(kit, "fr", title="Des écoles dans toute l'Europe", introduction="Des classes de toute l'Europe.")
    NewsPageFactory(parent=world().news, title="Europe Day", introduction="Schools all over Europe celebrate.")
    items = result_items(client.get("/fr/search/", {"q": "europe"}))
    languages = [item.select_one(".card__title").get("lang") for item in items]
    assert languages[0] is None and "en" in languages
    assert languages == sorted(languages, key=lambda language: language is not None), "French results come first"
    original = items[languages.index("en")]
    badge = original.select_one(".language-badge")
    assert badge["lang"] == "fr" and language_name_in("en", "fr") in badge.get_text()
    assert badge.select_one("[aria-hidden]").get_text() == "EN", "a visible badge names the language"
    assert original.select_one(".card__title a")["href"].startswith("/fr/"), "the reader stays in French"


def test_an_original_is_searched_in_its_own_language(client):
    """Maltese has no kits of its own: "bee" finds the English kit about "bees" with the English stemmer."""
    bees_kit("el", "fr")
    found = result_items(client.get("/mt/search/", {"q": "bee"}))
    assert [item.select_one(".card__title").get_text(strip=True) for item in found] == [
        "Bees, flowers and biodiversity"
    ]
    assert found[0].select_one(".card__title")["lang"] == "en"


def test_the_kit_filter_searches_originals_in_their_own_language(client):
    bees_kit("el", "fr")
    cards = soup(client.get("/mt/kits/", {"q": "bee"})).select(".card")
    assert [card.select_one(".card__title").get_text(strip=True) for card in cards] == [
        "Bees, flowers and biodiversity"
    ]
    assert cards[0]["lang"] == "en" and cards[0].select_one(".language-badge")["lang"] == "mt"


@pytest.mark.parametrize(
    "path", ["/fr/", "/de/about/", "/el/kits/bees-flowers-biodiversity/", "/en/news/", "/fr/nowhere/"]
)
def test_every_public_page_has_a_search_box_in_its_header(client, path):
    about = StandardPageFactory(parent=world().home, title="About the portal", slug="about")
    translate(about, "de", title="Über das Portal")
    bees_kit("el")
    response = client.get(path)
    assert response.status_code == (404 if path == "/fr/nowhere/" else 200)
    form = soup(response).select_one("header.site-header form[role=search]")
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


def test_a_backend_that_searches_languages_together_is_given_every_language_without_a_query(
    django_assert_num_queries,
):
    """Finding the languages of the pages would read them all (search.query.languages_to_search)."""
    with django_assert_num_queries(0):
        languages = languages_to_search(KitPage.objects.live(), "fr")
    assert languages[:2] == ["fr", "en"] and sorted(languages) == sorted(LANGUAGE_CODES)


def test_a_backend_that_searches_language_by_language_is_given_the_languages_of_the_pages(monkeypatch):
    monkeypatch.setattr("search.query.searches_languages_together", lambda: False)
    kits = KitPage.objects.filter(translation_key=bees_kit("el")["en"].translation_key)
    assert languages_to_search(kits, "fr") == ["en", "el"]


def result_titles(client, path):
    return [title.get_text(strip=True) for title in soup(client.get(path)).select(".search-results .card__title")]


def test_a_query_asked_again_is_not_searched_again(client, water_kit, django_assert_max_num_queries):
    """Its count and its page of results are kept until the next publication (search.query.KeptResults):
    the second visitor's request reads the results' pages, not the search index."""
    result_titles(client, "/en/search/?q=water")  # the first visit also makes the settings' rows, which expires all
    first = result_titles(client, "/en/search/?q=water")
    assert "Our water footprint" in first
    with django_assert_max_num_queries(7) as queries:
        assert result_titles(client, "/en/search/?q=water") == first
    assert not [query for query in queries.captured_queries if "wagtailsearch" in query["sql"]]


def test_a_publication_reaches_a_query_asked_before(client, water_kit, django_capture_on_commit_callbacks):
    assert result_titles(client, "/en/search/?q=harbour") == []
    with django_capture_on_commit_callbacks(execute=True):
        KitPageFactory(parent=world().kits, title="Harbour life", slug="harbour-life", introduction="Ships and ports.")
    assert result_titles(client, "/en/search/?q=harbour") == ["Harbour life"]
