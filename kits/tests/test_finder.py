"""The kit finder on phones and keyboards: the filters in a panel that says how many are active, a chip
per active filter that removes it, a link that skips to the results, cards that name the main subject
and the ages, and titles in the alphabetical order of the reader's language."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kits.factories import KitPageFactory
from kits.models import Level
from taxonomy.factories import AgeRangeFactory, SubjectFactory
from tests.helpers import soup
from tests.world import world

pytestmark = pytest.mark.django_db


def kit_titles(response):
    return [link.get_text(strip=True) for link in soup(response).select(".card__title a")]


def chips(response):
    """{chip text: (its accessible name, its link)} of the active filters above the results."""
    return {
        chip.get_text(strip=True).removesuffix("×"): (chip["aria-label"], chip["href"])
        for chip in soup(response).select(".filter-chips .filter-chip")
    }


@pytest.fixture
def history_kit():
    history = SubjectFactory(slug="history", name_en="History", sort_order=1)
    geography = SubjectFactory(slug="geography", name_en="Geography", sort_order=2)
    ages = [
        AgeRangeFactory(slug="12-15", name_en="12 to 15 years"),
        AgeRangeFactory(slug="16-19", name_en="16 to 19 years"),
    ]
    return KitPageFactory(
        parent=world().kits,
        title="Voices of 1989",
        subjects=[geography, history],
        age_ranges=ages,
        duration_value=10,
        level=Level.ADVANCED,
        introduction="Pupils interview their grandparents.",
    )


def test_each_active_filter_has_a_chip_that_removes_it(client, history_kit):
    response = client.get("/en/kits/?q=interview&subject=history&age=12-15&level=advanced&duration=")
    assert chips(response) == {
        "Words: interview": (
            "Remove filter: Words: interview",
            "/en/kits/?subject=history&age=12-15&level=advanced#results-heading",
        ),
        "History": ("Remove filter: History", "/en/kits/?q=interview&age=12-15&level=advanced#results-heading"),
        "12 to 15 years": (
            "Remove filter: 12 to 15 years",
            "/en/kits/?q=interview&subject=history&level=advanced#results-heading",
        ),
        "Level: Experienced teams": (
            "Remove filter: Level: Experienced teams",
            "/en/kits/?q=interview&subject=history&age=12-15#results-heading",
        ),
    }
    page = soup(response)
    assert page.select_one(".filter-panel summary").get_text(strip=True) == "Filters (4)"
    assert page.select_one(".filter-chips__clear")["href"] == "/en/kits/#results-heading"


def test_a_chip_link_lists_the_kits_without_that_filter(client, history_kit):
    other = KitPageFactory(parent=world().kits, title="Our water footprint")
    filtered = client.get("/en/kits/?subject=history")
    assert kit_titles(filtered) == [history_kit.title]
    _name, remove_url = chips(filtered)["History"]
    unfiltered = client.get(remove_url.removesuffix("#results-heading"))
    assert set(kit_titles(unfiltered)) == {history_kit.title, other.title}
    assert chips(unfiltered) == {}


def test_a_second_value_of_a_filter_has_its_own_chip(client, history_kit):
    SubjectFactory(slug="media", name_en="Media")
    response = client.get("/en/kits/?subject=history&subject=media&page=2")
    assert chips(response)["Media"][1] == "/en/kits/?subject=history#results-heading", "from the first page"
    assert soup(response).select_one(".filter-panel summary").get_text(strip=True) == "Filters (2)"


def test_reading_only_my_language_has_a_chip_and_a_box_in_the_form(client, history_kit):
    response = client.get("/en/kits/?subject=history&own_language=1")
    assert chips(response)["Only items in my language"][1] == "/en/kits/?subject=history#results-heading"
    form = soup(response).select_one("form.filters")
    assert form.select_one('input[name="own_language"]').has_attr("checked")
    assert kit_titles(response) == [history_kit.title]


def test_invalid_values_and_empty_fields_get_no_chip(client, history_kit):
    response = client.get("/en/kits/?subject=astrology&age=12-15&q=&duration=&level=")
    assert list(chips(response)) == ["12 to 15 years"]
    assert "This filter was left out." in response.content.decode()


def test_first_visit_has_closed_filters_a_skip_link_and_no_chips(client, history_kit):
    page = soup(client.get("/en/kits/"))
    panel = page.select_one("details.filter-panel")
    assert not panel.has_attr("open"), "closed as served; only wide screens open it (kits/js/finder.js)"
    assert panel.select_one("summary").get_text(strip=True) == "Filters"
    assert page.select_one(".filter-chips") is None
    skip = page.select_one("a.skip-to-results")
    assert skip["href"] == "#results-heading"
    assert skip.find_next("details") is panel, "the skip link comes before the filters"
    assert page.select_one("#results-heading")["tabindex"] == "-1"


def test_the_form_works_without_javascript_and_lands_on_the_results(client, history_kit):
    form = soup(client.get("/en/kits/")).select_one("details.filter-panel form.filters")
    assert form["method"] == "get"
    assert form["action"] == "/en/kits/#results-heading"
    names = [field["name"] for field in form.select("input, select")]
    assert names[:2] == ["q", "own_language"], "the language choice follows the words"


def test_cards_name_the_main_subject_and_list_ages_and_duration(client, history_kit):
    card = soup(client.get("/en/kits/")).select_one("article.card")
    assert card.select_one(".card__kicker").get_text(strip=True) == "History", "the first in the subjects' order"
    assert [tag.get_text(strip=True) for tag in card.select(".tags li")] == [
        "12 to 15 years",
        "16 to 19 years",
        "10 weeks",
    ]


def test_cards_cost_no_query_per_kit(client, history_kit):
    def queries(path):
        client.get(path)  # warm the per-process caches
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        return len(captured)

    one_kit = queries("/en/kits/")
    KitPageFactory.create_batch(11, parent=world().kits)
    assert queries("/en/kits/") == one_kit


def add_kits(*titles):
    for title in titles:
        KitPageFactory(parent=world().kits, title=title)


def test_greek_titles_in_greek_alphabetical_order(client):
    add_kits("Μέλισσες και λουλούδια", "Ωκεανοί", "Άμεση δημοκρατία", "Μαθηματικά στα κτίρια", "βότανα")
    assert kit_titles(client.get("/el/kits/")) == [
        "Άμεση δημοκρατία",
        "βότανα",
        "Μαθηματικά στα κτίρια",
        "Μέλισσες και λουλούδια",
        "Ωκεανοί",
    ]


def test_accented_letters_sort_as_the_readers_language_does(client):
    add_kits("Dům a zahrada", "Čas a kalendáře", "Cesty", "Chemie v kuchyni", "Hudba")
    assert kit_titles(client.get("/cs/kits/")) == [
        "Cesty",
        "Čas a kalendáře",
        "Dům a zahrada",
        "Hudba",
        "Chemie v kuchyni",
    ], "in Czech, Č follows every C and ch follows h"
    assert kit_titles(client.get("/fr/kits/")) == [
        "Čas a kalendáře",
        "Cesty",
        "Chemie v kuchyni",
        "Dům a zahrada",
        "Hudba",
    ], "in French, Č is a C"


def test_french_accents_and_case_do_not_change_the_order(client):
    add_kits("Fêtes", "écoles du monde", "Eau", "Arbres", "Écrire ensemble")
    assert kit_titles(client.get("/fr/kits/")) == ["Arbres", "Eau", "écoles du monde", "Écrire ensemble", "Fêtes"]


def test_the_order_runs_across_pages(client):
    add_kits(*[f"Kit {letter}" for letter in "BCDEFGHIJKLMN"], "Ábaco")
    first_page, second_page = kit_titles(client.get("/es/kits/")), kit_titles(client.get("/es/kits/?page=2"))
    assert first_page[0] == "Ábaco"
    assert first_page[1:] == [f"Kit {letter}" for letter in "BCDEFGHIJKL"]
    assert second_page == ["Kit M", "Kit N"]
