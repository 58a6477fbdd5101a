"""The kit index: filters that combine, shareable URLs, and bad input that never breaks the page."""

import pytest

from core.factories import translate
from kits.factories import KitPageFactory
from kits.models import DurationUnit, Level
from taxonomy.factories import AgeRangeFactory, SubjectFactory
from tests.helpers import kept_for_the_module, soup
from tests.world import world

pytestmark = pytest.mark.django_db


def kit_titles(response):
    return [link.get_text(strip=True) for link in soup(response).select(".card__title a")]


@pytest.fixture(scope="module")
def kits(django_db_setup, django_db_blocker):
    """Five English kits of different subjects, ages, durations and levels, by title; built once for
    the module (tests.helpers.kept_for_the_module)."""
    with kept_for_the_module(django_db_blocker):
        yield five_kits()


def five_kits():
    subject = {slug: SubjectFactory(slug=slug) for slug in ("biology", "history", "geography", "media", "mathematics")}
    age = {slug: AgeRangeFactory(slug=slug) for slug in ("7-11", "12-15")}
    index = world().kits

    def kit(title, subject_slug, age_slug, **fields):
        return KitPageFactory(
            parent=index, title=title, subjects=[subject[subject_slug]], age_ranges=[age[age_slug]], **fields
        )

    return {
        kit.title: kit
        for kit in (
            kit("Bees, flowers and biodiversity", "biology", "7-11", duration_value=6),
            kit(
                "Voices of 1989: oral history across borders",
                "history",
                "12-15",
                duration_value=10,
                level=Level.ADVANCED,
                introduction="Pupils interview their grandparents about the year the borders opened.",
            ),
            kit(
                "Our water footprint",
                "geography",
                "12-15",
                duration_value=8,
                introduction="Pupils measure how much water their families use and compare it with partners.",
            ),
            kit("Fake news detectives", "media", "12-15", duration_value=3, duration_unit=DurationUnit.LESSONS),
            kit("Maths in our buildings", "mathematics", "7-11", duration_value=4, duration_unit=DurationUnit.LESSONS),
        )
    }


def test_lists_every_kit_with_a_count(client, kits):
    response = client.get("/en/kits/")
    assert response.status_code == 200
    assert sorted(kit_titles(response)) == sorted(kits)
    assert "5 kits" in soup(response).select_one(".results__count").get_text()


def test_subject_and_age_filters_combine(client, kits):
    response = client.get("/en/kits/?subject=biology&age=7-11")
    assert kit_titles(response) == ["Bees, flowers and biodiversity"]
    either_subject = kit_titles(client.get("/en/kits/?subject=biology&subject=history"))
    assert set(either_subject) == {"Bees, flowers and biodiversity", "Voices of 1989: oral history across borders"}


def test_duration_and_level_filters(client, kits):
    lessons = kit_titles(client.get("/en/kits/?duration=lessons"))
    assert set(lessons) == {"Fake news detectives", "Maths in our buildings"}
    assert kit_titles(client.get("/en/kits/?level=advanced")) == ["Voices of 1989: oral history across borders"]


def test_text_query_finds_kits_by_their_content(client, kits):
    titles = kit_titles(client.get("/en/kits/?q=water"))
    assert "Our water footprint" in titles
    assert "Fake news detectives" not in titles


def test_filter_form_works_without_javascript_and_keeps_choices(client, kits):
    page = soup(client.get("/en/kits/?subject=history&q=interview"))
    form = page.select_one("form.filters")
    assert form["method"] == "get"
    assert page.select_one('input[name="subject"][value="history"]').has_attr("checked")
    assert form.select_one('input[name="q"]')["value"] == "interview"


def test_unknown_filter_value_is_left_out_with_a_message(client, kits):
    response = client.get("/en/kits/?subject=astrology&age=7-11")
    assert response.status_code == 200
    assert "This filter was left out." in response.content.decode()
    titles = kit_titles(response)  # the valid age filter still applies
    assert set(titles) == {"Bees, flowers and biodiversity", "Maths in our buildings"}


@pytest.fixture
def two_pages_of_kits(kits):
    """Thirteen kits: a full first page of twelve and a second page of one."""
    KitPageFactory.create_batch(13 - len(kits), parent=world().kits)


@pytest.mark.parametrize("page_number", ["-1", "0", "abc", "9" * 40])
def test_bad_page_numbers_show_the_first_page_with_a_message(client, two_pages_of_kits, page_number):
    response = client.get(f"/en/kits/?page={page_number}")
    assert response.status_code == 200
    assert "here is the first page" in response.content.decode()
    assert kit_titles(response) == kit_titles(client.get("/en/kits/"))
    assert len(kit_titles(response)) == 12


def test_page_past_the_end_shows_the_last_page(client, two_pages_of_kits):
    response = client.get("/en/kits/?page=500")
    assert response.status_code == 200
    assert "here is the last one" in response.content.decode()
    assert kit_titles(response) == kit_titles(client.get("/en/kits/?page=2"))
    assert len(kit_titles(response)) == 1


def test_very_long_query_is_shortened_and_said_so(client, kits):
    response = client.get("/en/kits/", {"q": "water " * 2000})
    assert response.status_code == 200
    assert "only its first 200 characters were used" in response.content.decode()


def test_query_of_symbols_only_gets_a_message(client, kits):
    response = client.get("/en/kits/", {"q": "%$#@!*&^"})
    assert response.status_code == 200
    assert "a search made only of symbols finds nothing" in response.content.decode()


def test_french_list_shows_french_kits(client, kits):
    for title, kit in kits.items():
        translate(kit, "fr", title=f"{title} (en français)")
    titles = kit_titles(client.get("/fr/kits/"))
    assert sorted(titles) == sorted(f"{title} (en français)" for title in kits)
    assert "Our water footprint" not in titles


def test_language_without_kit_translations_lists_the_originals_marked(client, kits):
    page = soup(client.get("/fi/kits/"))
    cards = page.select("article.card")
    assert len(cards) == len(kits)
    assert all(card["lang"] == "en" for card in cards)
    assert page.select_one(".card__title a")["href"].startswith("/fi/kits/")
