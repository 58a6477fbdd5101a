"""The countries page and the national sections."""

import pytest

from tests.helpers import soup

pytestmark = pytest.mark.django_db


def test_countries_page_lists_44_countries_grouped_with_local_flags(client):
    page = soup(client.get("/en/countries/"))
    groups = page.select("[data-country-group]")
    assert [len(group.select("li")) for group in groups] == [36, 8]
    assert groups[1].h2.get_text() == "Partner Support Agency"
    flags = [image["src"] for image in page.select(".country-card img")]
    assert len(flags) == 44 and all(src.startswith("/static/countries/flags/") for src in flags)


def test_countries_are_named_in_the_readers_language(client):
    names = soup(client.get("/de/countries/")).select(".country-card__name")
    assert "Frankreich" in [name.get_text() for name in names]


def test_country_search_works_without_javascript(client):
    page = soup(client.get("/en/countries/?q=italy"))
    assert [name.get_text() for name in page.select(".country-card__name")] == ["Italy"]
    assert "1 country" in page.select_one("[data-country-count]").get_text()


def test_national_section_shows_organisation_news_and_events(client):
    page = soup(client.get("/en/countries/fr/"))
    assert page.h1.get_text() == "France"
    organisation = page.select_one(".organisation").get_text()
    assert "Réseau Canopé" in organisation
    assert "nss@fr.etwinning-demo.org" in organisation or "@fr.etwinning-demo.org" in organisation
    assert page.select("#national-news ~ .card-grid .card")
    assert '"@type": "Organization"' in page.select_one('script[type="application/ld+json"]').string


def test_national_section_under_another_language_keeps_the_reader_there(client):
    response = client.get("/it/countries/it/")
    assert response.status_code == 200
    assert soup(response).h1.get_text() == "Italia"


def test_country_added_later_gets_a_section_emblem_without_a_flag(client):
    from countries.models import Country

    kosovo = Country(iso2="xk", name_en="Kosovo", organisation_name="Demo agency")
    assert kosovo.flag_path == ""


def test_every_country_links_to_its_section_in_every_language(client):
    links = soup(client.get("/de/countries/")).select("a.country-card")
    assert len(links) == 44
    assert all(link["href"].startswith("/de/countries/") for link in links)
