"""The countries page and the national sections."""

import pytest

from countries.factories import CountryFactory, NationalSectionPageFactory
from countries.models import Country, SupportType
from events.factories import EventPageFactory
from news.factories import NewsPageFactory
from tests.helpers import soup
from tests.world import world

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner_countries():
    """Two partner countries (a Partner Support Agency each) beside the world's France and Italy, each
    with its national section."""
    countries = [
        CountryFactory(iso2="UA", name_en="Ukraine", name_de="Ukraine", support_type=SupportType.PSA),
        CountryFactory(iso2="GE", name_en="Georgia", name_de="Georgien", support_type=SupportType.PSA),
    ]
    for country in countries:
        NationalSectionPageFactory(parent=world().countries, country=country)
    return countries


def test_countries_page_lists_the_countries_grouped_with_local_flags(client, partner_countries):
    page = soup(client.get("/en/countries/"))
    groups = page.select("[data-country-group]")
    assert [len(group.select("li")) for group in groups] == [2, 2]
    assert groups[1].h2.get_text() == "Partner Support Agency"
    assert [name.get_text() for name in groups[1].select(".country-card__name")] == ["Georgia", "Ukraine"]
    flags = [image["src"] for image in page.select(".country-card img")]
    assert len(flags) == 4 and all(src.startswith("/static/countries/flags/") for src in flags)


def test_countries_are_named_in_the_readers_language(client):
    Country.objects.filter(iso2="FR").update(name_de="Frankreich")
    names = soup(client.get("/de/countries/")).select(".country-card__name")
    assert "Frankreich" in [name.get_text() for name in names]


def test_country_search_works_without_javascript(client, partner_countries):
    page = soup(client.get("/en/countries/?q=italy"))
    assert [name.get_text() for name in page.select(".country-card__name")] == ["Italy"]
    assert "1 country" in page.select_one("[data-country-count]").get_text()


def test_national_section_shows_organisation_news_and_events(client):
    france = world().fr.country
    Country.objects.filter(pk=france.pk).update(email="help@reseau-canope.example")
    NewsPageFactory(parent=world().news, title="A national conference in Lyon", country=france)
    NewsPageFactory(parent=world().news, title="News from Rome", country=world().it.country)
    EventPageFactory(parent=world().events, title="Online seminar for French schools", organiser=france)
    page = soup(client.get("/en/countries/fr/"))
    assert page.h1.get_text() == "France"
    organisation = page.select_one(".organisation").get_text()
    assert "Réseau Canopé" in organisation
    assert "help@reseau-canope.example" in organisation
    news = [card.get_text() for card in page.select("#national-news ~ .card-grid .card")]
    assert len(news) == 1 and "A national conference in Lyon" in news[0]
    events = [link.get_text() for link in page.select("#national-events ~ .event-list a")]
    assert events == ["Online seminar for French schools"]
    assert '"@type": "Organization"' in page.select_one('script[type="application/ld+json"]').string


def test_national_section_under_another_language_keeps_the_reader_there(client):
    response = client.get("/it/countries/it/")
    assert response.status_code == 200
    assert soup(response).h1.get_text() == "Italia"


def test_country_added_later_gets_a_section_emblem_without_a_flag(client):
    kosovo = Country(iso2="xk", name_en="Kosovo", organisation_name="Demo agency")
    assert kosovo.flag_path == ""


def test_every_country_links_to_its_section_in_every_language(client, partner_countries):
    links = soup(client.get("/de/countries/")).select("a.country-card")
    assert len(links) == Country.objects.count() == 4
    assert all(link["href"].startswith("/de/countries/") for link in links)
