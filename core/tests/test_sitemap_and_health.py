from datetime import datetime
from unittest import mock
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from core import sitemaps
from core.caching import ANY_PAGE, expire
from core.factories import translate
from home.factories import StandardPageFactory
from languages.codes import LANGUAGE_CODES
from tests.world import world

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def xml_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/xml")
    assert response["Cache-Control"] == "max-age=3600, public"
    return ElementTree.fromstring(response.content)


def sitemap_index(client):
    """[(path of a paged sitemap, its lastmod)] of /sitemap.xml."""
    root = xml_of(client, "/sitemap.xml")
    return [
        (urlsplit(sitemap.find("s:loc", NS).text).path, sitemap.find("s:lastmod", NS).text)
        for sitemap in root.findall("s:sitemap", NS)
    ]


def paged_sitemap(client, path):
    """{page url: {hreflang: alternate url}} of one paged sitemap, in its order."""
    return {
        url.find("s:loc", NS).text: {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
        for url in xml_of(client, path).findall("s:url", NS)
    }


def sitemap_entries(client):
    """Every page of every paged sitemap the index lists."""
    entries = {}
    for path, _lastmod in sitemap_index(client):
        entries |= paged_sitemap(client, path)
    return entries


@pytest.fixture
def urls_per_sitemap(monkeypatch):
    """Sitemaps of three pages, so that the small world fills several."""
    monkeypatch.setattr(sitemaps, "URLS_PER_SITEMAP", 3)
    return 3


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


def test_a_small_site_gets_an_index_of_one_sitemap(client):
    index = sitemap_index(client)
    assert [path for path, _lastmod in index] == ["/sitemap-1.xml"]
    assert (
        len(paged_sitemap(client, "/sitemap-1.xml")) == Page.objects.live().filter(alias_of=None, depth__gt=1).count()
    )


def test_sitemaps_hold_the_pages_of_consecutive_ids(client, about_pages, urls_per_sitemap):
    # An address the sitemap must quote as Wagtail does.
    translate(StandardPageFactory(parent=world().home, title="Über uns", slug="über-uns"), "de")
    listed = list(Page.objects.live().filter(alias_of=None, depth__gt=1).order_by("pk"))
    expected = {}  # sitemap number -> its pages: three ids each, from the first listed page's
    for page in listed:
        expected.setdefault((page.pk - listed[0].pk) // urls_per_sitemap + 1, []).append(page)
    index = sitemap_index(client)
    assert [path for path, _lastmod in index] == [f"/sitemap-{number}.xml" for number in expected]
    for (path, lastmod), pages in zip(index, expected.values(), strict=True):
        assert list(paged_sitemap(client, path)) == [page.full_url for page in pages]
        assert datetime.fromisoformat(lastmod) == max(page.last_published_at for page in pages)
    assert len(index) > 2
    assert "http://localhost/de/%C3%BCber-uns/" in sitemap_entries(client)


def test_alternates_reach_translations_in_other_sitemaps(client, about_pages, urls_per_sitemap):
    """Sitemaps of three ids: the English "about" page and its Polish translation are in different ones."""
    entries = sitemap_entries(client)
    assert set(entries["http://localhost/pl/about/"]) == {"en", "fr", "de", "it", "pl", "el", "bg", "es", "x-default"}
    assert entries["http://localhost/en/about/"]["pl"] == "http://localhost/pl/about/"


@pytest.mark.parametrize(
    "path",
    [
        "/sitemap-2.xml",
        "/sitemap-0.xml",
        "/sitemap-01.xml",
        "/sitemap-99999.xml",
        "/sitemap-999999999999999999999.xml",
        "/sitemap-1x.xml",
        "/sitemap-.xml",
    ],
)
def test_a_sitemap_past_the_last_or_misnumbered_is_not_found(client, path):
    assert len(sitemap_index(client)) == 1
    assert client.get(path).status_code == 404


def count_queries(client, path):
    client.get(path)  # fills Wagtail's per-process cache of the site's root paths, as a running server has it
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_sitemap_queries_do_not_grow_with_the_site(client, urls_per_sitemap, monkeypatch):
    """The index and a full sitemap cost as many queries with three pages in the sitemap as with
    many more pages, each with a translation elsewhere in the tree."""
    paths = ("/sitemap.xml", "/sitemap-1.xml")
    before = [count_queries(client, path) for path in paths]
    for number in range(3):
        translate(StandardPageFactory(parent=world().home, slug=f"page-{number}"), "fr")
    # Every page in the first sitemap: on PostgreSQL the ids are not consecutive (sequences outlive the
    # rolled-back tests before), so a range of a hundred ids may hold only a few of them.
    monkeypatch.setattr(sitemaps, "URLS_PER_SITEMAP", 10**9)
    expire([ANY_PAGE])  # as the publications do once committed: the index is kept until then
    after = [count_queries(client, path) for path in paths]
    assert len(paged_sitemap(client, "/sitemap-1.xml")) > 3 * urls_per_sitemap
    assert after == before


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


def test_the_index_is_kept_until_the_next_publication(client, django_capture_on_commit_callbacks):
    """Reading which sitemaps hold pages is a pass over every listed page: once per publication."""
    first = sitemap_index(client)
    with CaptureQueriesContext(connection) as kept:
        client.get("/sitemap.xml")
    expire([ANY_PAGE])
    with CaptureQueriesContext(connection) as read_again:
        client.get("/sitemap.xml")
    assert len(kept) < len(read_again)

    with django_capture_on_commit_callbacks(execute=True):
        page = StandardPageFactory(parent=world().home, slug="new-page")
    latest = sitemap_index(client)
    assert latest != first
    assert datetime.fromisoformat(latest[-1][1]) == page.last_published_at
