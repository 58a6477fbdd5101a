"""The demo European Prizes: two years with a winner in every category, translated, in the main menu and
linked from the news article on the winners."""

import polib
import pytest

from demo.prizes import LOCALE_DIR, PRIZE_TRANSLATION_LANGUAGES, load_prizes, write_template
from home.models import HomePage
from prizes.models import PrizesIndexPage, PrizeYearPage
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_data")]


def test_two_years_each_with_every_age_category_and_two_special_prizes():
    years = PrizeYearPage.objects.filter(locale__language_code="en").order_by("year")
    assert [year.year for year in years] == [2025, 2026]
    for year in years:
        ages = [winner.age_range.slug for winner in year.winners.all() if winner.age_range]
        assert sorted(ages) == sorted(["up-to-6", "7-11", "12-15", "16-19", "vocational"])
        assert year.winners.exclude(special_prize="").count() == 2


@pytest.mark.parametrize("code", PRIZE_TRANSLATION_LANGUAGES)
def test_the_prizes_are_published_in_each_translation_language(code):
    assert PrizesIndexPage.objects.live().filter(locale__language_code=code).count() == 1
    assert PrizeYearPage.objects.live().filter(locale__language_code=code).count() == 2


def test_a_year_reads_in_german_with_german_country_names(client):
    response = client.get("/de/prizes/2026/")
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("h1").get_text(strip=True) == "Europäische Preise 2026"
    assert "Flüsse erzählen Geschichten" in [title.get_text(strip=True) for title in page.select(".prize-winner h3")]
    countries = {item.get_text(strip=True) for item in page.select(".prize-winner__countries li")}
    assert {"Deutschland", "Frankreich", "Rumänien"} <= countries


def test_the_main_menu_leads_to_the_prizes_in_the_readers_language(client):
    menu = soup(client.get("/fr/")).select(".main-nav a")
    assert ("Prix européens", "/fr/prizes/") in [(link.get_text(strip=True), link["href"]) for link in menu]


def test_the_news_article_on_the_winners_links_to_the_prizes(client):
    article = soup(client.get("/en/news/european-prizes-2026-winners/"))
    assert article.find("a", string="the Prizes section of the portal")["href"] == "/en/prizes/"


def test_loading_the_prizes_again_changes_nothing():
    home = HomePage.objects.get(locale__language_code="en")
    pages, revisions = (
        PrizeYearPage.objects.count(),
        sum(page.revisions.count() for page in PrizeYearPage.objects.all()),
    )
    assert load_prizes(home) is False
    assert PrizeYearPage.objects.count() == pages
    assert sum(page.revisions.count() for page in PrizeYearPage.objects.all()) == revisions


@pytest.mark.parametrize("code", PRIZE_TRANSLATION_LANGUAGES)
def test_every_prize_string_has_a_translation(code, tmp_path):
    write_template(tmp_path / "demo.pot")
    template = [entry.msgid for entry in polib.pofile(str(tmp_path / "demo.pot"))]
    assert template == [entry.msgid for entry in polib.pofile(str(LOCALE_DIR / "demo.pot"))]
    translations = {entry.msgid: entry.msgstr for entry in polib.pofile(str(LOCALE_DIR / f"{code}.po"))}
    assert [msgid for msgid in template if not translations.get(msgid)] == []
