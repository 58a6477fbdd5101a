"""Absolute URLs name the address the portal is served at: BASE_URL, written into
Wagtail's default Site by `migrate`, never the `http://localhost/` of a fresh Wagtail install."""

import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from wagtail.models import Site

from core.factories import translate
from core.site import host_and_port, sync_default_site
from home.factories import StandardPageFactory
from news.factories import NewsPageFactory
from tests.helpers import canonical, hreflangs, soup
from tests.world import world

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://127.0.0.1:8080/", ("127.0.0.1", 8080)),
        ("https://portal.example", ("portal.example", 443)),
        ("http://portal.example", ("portal.example", 80)),
    ],
)
def test_base_url_becomes_a_host_and_port(base_url, expected):
    assert host_and_port(base_url) == expected


@pytest.mark.parametrize("base_url", ["portal.example", "ftp://portal.example", "https://portal.example:8443", ""])
def test_an_address_wagtail_cannot_hold_is_refused_with_the_reason(base_url):
    with pytest.raises(ImproperlyConfigured, match="BASE_URL|443"):
        host_and_port(base_url)


@pytest.mark.django_db
def test_migrate_points_the_default_site_at_base_url(settings):
    settings.BASE_URL = "http://127.0.0.1:8081"
    call_command("migrate", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "http://127.0.0.1:8081"


@pytest.fixture
def french_about_page():
    """/en/about/ and its French translation, /fr/about/."""
    about = StandardPageFactory(parent=world().home, title="About", slug="about")
    return translate(about, "fr", title="À propos")


@pytest.fixture
def served_over_https(settings):
    """The portal behind a TLS-terminating proxy at https://portal.example."""
    settings.BASE_URL = "https://portal.example"
    settings.ALLOWED_HOSTS = ["portal.example"]
    sync_default_site()


@pytest.mark.django_db
def test_pages_name_the_configured_address(client, french_about_page, served_over_https):
    page = soup(client.get("/fr/about/", HTTP_HOST="portal.example"))
    assert canonical(page) == "https://portal.example/fr/about/"
    assert page.select_one('meta[property="og:url"]')["content"] == "https://portal.example/fr/about/"
    assert set(hreflangs(page).values()) and all(
        url.startswith("https://portal.example/") for url in hreflangs(page).values()
    )


@pytest.mark.django_db
def test_sitemap_and_feed_name_the_configured_address(client, french_about_page, served_over_https):
    NewsPageFactory(parent=world().news, title="Welcome to the new portal")
    index = ET.fromstring(client.get("/sitemap.xml", HTTP_HOST="portal.example").content)
    sitemaps = [element.text for element in index.iter(f"{SITEMAP}loc")]
    assert sitemaps == ["https://portal.example/sitemap-1.xml"]
    sitemap = ET.fromstring(client.get("/sitemap-1.xml", HTTP_HOST="portal.example").content)
    locations = [element.text for element in sitemap.iter(f"{SITEMAP}loc")]
    assert locations and all(url.startswith("https://portal.example/") for url in locations)

    feed = ET.fromstring(client.get("/en/news/feed/", HTTP_HOST="portal.example").content)
    links = [link.get("href") for link in feed.iter(f"{ATOM}link")]
    assert len(feed.findall(f"{ATOM}entry")) == 1
    assert links and all(url.startswith("https://portal.example/") for url in links)
