from unittest import mock
from xml.etree import ElementTree

import pytest
from django.db import DatabaseError
from wagtail.models import Locale, Page

from core.factories import translate
from home.factories import StandardPageFactory
from languages.codes import LANGUAGE_CODES
from tests.world import world

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
        for url in root.findall("s:url", NS)
    }


# The languages the home page is translated into; the others' home pages stay aliases of it.
HOME_LANGUAGES = ("en", "fr", "mt", "uk", "sr", "de")


@pytest.fixture
def translated_home():
    home = world().home
    for code in HOME_LANGUAGES[1:]:
        translate(home, code, title=f"Home ({code})")


@pytest.fixture
def about_pages(translated_home):
    """/en/about/ with translations into some languages (none into Finnish)."""
    about = StandardPageFactory(parent=world().home, title="About", slug="about")
    for code in ("fr", "de", "it", "pl", "el", "bg", "es"):
        translate(about, code, title=f"About ({code})")


def test_sitemap_lists_every_language_home_page(client, translated_home):
    entries = sitemap_entries(client)
    for code in HOME_LANGUAGES:
        assert f"http://localhost/{code}/" in entries
    assert set(entries["http://localhost/de/"]) == {*HOME_LANGUAGES, "x-default"}  # every translation + x-default
    # The other languages' home pages are aliases of the English one: neither listed nor alternates.
    assert "http://localhost/fi/" not in entries
    assert len(LANGUAGE_CODES) > len(HOME_LANGUAGES)


def test_sitemap_gives_translation_alternates_without_fallback_duplicates(client, about_pages):
    entries = sitemap_entries(client)
    about = entries["http://localhost/pl/about/"]
    assert set(about) == {"en", "fr", "de", "it", "pl", "el", "bg", "es", "x-default"}
    assert about["x-default"] == "http://localhost/en/about/"
    assert "http://localhost/fi/about/" not in entries


def test_sitemap_leaves_out_drafts_and_lists_new_pages_once(client):
    english_home = Page.objects.get(depth=2, locale=Locale.get_default())
    StandardPageFactory(parent=english_home, slug="published-page")
    StandardPageFactory(parent=english_home, slug="draft-page", publish=False)
    entries = sitemap_entries(client)
    assert "http://localhost/en/published-page/" in entries
    assert not any("draft-page" in url for url in entries)
    assert not any("/de/published-page/" in url for url in entries)


def test_health_check_answers_when_the_database_does(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_health_check_reports_a_database_failure(client):
    with mock.patch("core.views.check_database", side_effect=DatabaseError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503


def test_robots_txt_points_crawlers_at_the_sitemap_and_away_from_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Sitemap: http://localhost/sitemap.xml" in body
    assert "Disallow: /admin/" in body
