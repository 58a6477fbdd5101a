"""The European Prizes: the years, a year's winners by category with their schools and countries,
translations, and who may edit them."""

import pytest
from django.core.exceptions import ValidationError
from modelsearch.index import insert_or_update_object
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from accounts.factories import EditorFactory
from core.factories import localize, translate
from countries.factories import CountryFactory
from editors.factories import join_team
from editors.models import TeamRole
from kits.factories import KitPageFactory
from prizes.factories import PrizesIndexPageFactory, PrizeYearPageFactory, WinnerFactory, school
from prizes.models import PrizeYearPage, Winner
from taxonomy.factories import AgeRangeFactory
from tests.helpers import soup
from tests.world import world

pytestmark = pytest.mark.django_db


@pytest.fixture
def countries():
    return {
        iso2: CountryFactory(iso2=iso2, name_en=english, name_fr=french)
        for iso2, english, french in (("DE", "Germany", "Allemagne"), ("PL", "Poland", "Pologne"))
    }


@pytest.fixture
def ages():
    # Created in an order other than the categories' order, which must come from sort_order.
    return {
        slug: AgeRangeFactory(slug=slug, name_en=name, sort_order=order)
        for slug, name, order in (("16-19", "16 to 19 years", 3), ("up-to-6", "Up to 6 years", 0))
    }


@pytest.fixture
def index():
    return PrizesIndexPageFactory(parent=world().home)


@pytest.fixture
def year(index, countries, ages):
    """2025: a special prize, then a 16-19 winner with a kit, then an up-to-6 winner, in the editor's order."""
    germany, poland = countries["DE"], countries["PL"]
    kit = KitPageFactory(parent=world().kits, title="Rivers tell stories: the kit", slug="rivers-kit")
    schools = [school("Goethe-Gymnasium", "Kassel", germany), school("Liceum nr 2", "Gdańsk", poland)]
    return PrizeYearPageFactory(
        parent=index,
        year=2025,
        winners=[
            WinnerFactory(
                special_prize="Special prize for Citizenship", project_title="Voices of Europe", schools=schools
            ),
            WinnerFactory(age_range=ages["16-19"], project_title="Rivers tell stories", schools=schools, kit=kit),
            WinnerFactory(
                age_range=ages["up-to-6"],
                project_title="Little rain explorers",
                schools=[school("Kita Regenbogen", "Kassel", germany), school("Przedszkole nr 5", "Toruń", poland)],
                url="https://example.org/rain",
            ),
        ],
    )


def category_headings(response):
    return [heading.get_text(strip=True) for heading in soup(response).select("main h2")]


def test_index_lists_the_years_newest_first(client, index):
    for year_number in (2024, 2026, 2025):
        PrizeYearPageFactory(parent=index, year=year_number)
    response = client.get("/en/prizes/")
    assert response.status_code == 200
    titles = [link.get_text(strip=True) for link in soup(response).select(".card__title a")]
    assert titles == ["European Prizes 2026", "European Prizes 2025", "European Prizes 2024"]


def test_year_page_shows_the_categories_in_their_fixed_order(client, year):
    response = client.get("/en/prizes/2025/")
    assert response.status_code == 200
    assert category_headings(response) == ["Up to 6 years", "16 to 19 years", "Special prize for Citizenship"]
    assert [title.get_text(strip=True) for title in soup(response).select(".prize-winner h3")] == [
        "Little rain explorers",
        "Rivers tell stories",
        "Voices of Europe",
    ]


def test_each_winner_shows_its_countries_schools_and_link(client, year):
    first = soup(client.get("/en/prizes/2025/")).select(".prize-winner")[0]
    countries = [item.get_text(strip=True) for item in first.select(".prize-winner__countries li")]
    assert countries == ["Germany", "Poland"]
    assert first.select_one(".prize-winner__countries img")["src"].endswith("countries/flags/de.svg")
    schools = [item.get_text(strip=True) for item in first.select(".prize-winner__schools li")]
    assert schools == ["Kita Regenbogen, Kassel (Germany)", "Przedszkole nr 5, Toruń (Poland)"]
    assert first.select_one("a[href='https://example.org/rain']")


def test_a_winner_links_to_its_kit_in_the_readers_language(client, year):
    kit = year.winners.get(project_title="Rivers tell stories").kit
    translate(kit, "fr", title="Les rivières racontent : le kit")
    translate(year, "fr")
    page = soup(client.get("/fr/prizes/2025/"))
    assert page.select_one(".prize-winner a[href='/fr/kits/rivers-kit/']")


def test_a_translated_year_has_translated_projects_and_country_names_but_the_schools_own_names(
    client, year, django_capture_on_commit_callbacks
):
    translate(year.get_parent(), "fr", title="Prix européens")
    french = {"Rivers tell stories": "Les rivières racontent", "Goethe-Gymnasium": "Lycée Goethe"}
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        localize(year, "fr", lambda english, _segment: french.get(english))
    response = client.get("/fr/prizes/2025/")
    assert response.status_code == 200
    winner = soup(response).select(".prize-winner")[1]
    assert winner.select_one("h3").get_text(strip=True) == "Les rivières racontent"
    assert [item.get_text(strip=True) for item in winner.select(".prize-winner__countries li")] == [
        "Allemagne",
        "Pologne",
    ]
    assert "Goethe-Gymnasium, Kassel (Allemagne)" in winner.get_text()
    # The year page in French is its translation, with its own copy of the winners.
    assert Winner.objects.filter(project_title="Les rivières racontent", locale__language_code="fr").count() == 1


def test_a_project_title_finds_its_year_in_search(client, year):
    # What the indexing task does once the publication is committed (the test's transaction never is).
    insert_or_update_object(year)
    response = client.get("/en/search/", {"q": "Voices"})
    assert "European Prizes 2025" in response.content.decode()


def a_winner(countries, ages, special_prize="", age=None, same_country=False):
    second = countries["DE"] if same_country else countries["PL"]
    return Winner(
        special_prize=special_prize,
        age_range=ages.get(age),
        project_title="A project",
        description="What it did.",
        schools=[school("A", "Kassel", countries["DE"]), school("B", "Gdańsk", second)],
    )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "Choose an age category or name a special prize"),
        ({"special_prize": "Special prize", "age": "16-19"}, "Choose an age category or name a special prize"),
        ({"special_prize": "Special prize", "same_country": True}, "at least two countries"),
    ],
)
def test_a_winner_needs_one_category_and_schools_in_two_countries(countries, ages, fields, message):
    a_winner(countries, ages, age="16-19").clean()
    a_winner(countries, ages, special_prize="Special prize").clean()
    with pytest.raises(ValidationError, match=message):
        a_winner(countries, ages, **fields).clean()


@pytest.fixture
def central_editor():
    """A member of the central team who is not a superuser."""
    return join_team(EditorFactory(username="central-editor"), TeamRole.CENTRAL)


def test_the_central_team_edits_prizes_and_national_teams_do_not(client, year, central_editor):
    index = year.get_parent()
    edit, add = f"/admin/pages/{year.pk}/edit/", f"/admin/pages/add/prizes/prizeyearpage/{index.pk}/"
    client.force_login(central_editor)
    assert client.get(edit).status_code == 200
    assert client.get(add).status_code == 200
    for username in ("nss-fr", "moderator-fr"):
        client.force_login(EditorFactory._meta.model.objects.get(username=username))
        assert client.get(edit).status_code == 403, username
        assert client.get(add).status_code == 403, username
        response = client.post(edit, {"title": "Hacked", "slug": "2025", "action-publish": "action-publish"})
        assert response.status_code == 403, username
    assert Page.objects.get(pk=year.pk).title == "European Prizes 2025"


def new_year_form(countries, ages, second_country):
    schools = [
        ("school", {"name": "Goethe-Gymnasium", "town": "Kassel", "country": countries["DE"].pk}),
        ("school", {"name": "Liceum nr 2", "town": "Gdańsk", "country": countries[second_country].pk}),
    ]
    winner = {
        "age_range": ages["16-19"].pk,
        "special_prize": "",
        "project_title": "Rivers tell stories",
        "description": "Students tested their rivers.",
        "schools": streamfield(schools),
        "kit": "",
        "url": "",
    }
    return nested_form_data(
        {
            "title": "European Prizes 2027",
            "slug": "2027",
            "year": "2027",
            "introduction": "",
            "winners": inline_formset([winner], min=1),
            "body": streamfield([]),
            "action-publish": "action-publish",
        }
    )


def test_the_central_team_publishes_a_year_from_the_admin(client, index, countries, ages, central_editor):
    client.force_login(central_editor)
    add = f"/admin/pages/add/prizes/prizeyearpage/{index.pk}/"
    refused = client.post(add, new_year_form(countries, ages, second_country="DE"))
    assert refused.status_code == 200
    assert "A winning project has schools in at least two countries." in refused.content.decode()
    assert client.post(add, new_year_form(countries, ages, second_country="PL")).status_code == 302
    year = PrizeYearPage.objects.get(slug="2027")
    assert year.live
    assert [
        school.get_text(strip=True)
        for school in soup(client.get("/en/prizes/2027/")).select(".prize-winner__schools li")
    ] == [
        "Goethe-Gymnasium, Kassel (Germany)",
        "Liceum nr 2, Gdańsk (Poland)",
    ]
