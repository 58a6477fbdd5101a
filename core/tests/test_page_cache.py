"""The page cache for anonymous readers (core.page_cache, docs/caching.md): a page is rendered once and then
answered from the cache without a query; a publication, unpublication, move or deletion expires every
address that shows the page (its versions in other languages, its lists, the home page) and nothing
else; nobody with a session, and no private or restricted page, is ever served from it."""

import time

import pytest
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from wagtail.models import PageViewRestriction

from core.caching import expire, page_tag
from core.factories import translate
from core.page_cache import STATUS_HEADER, response_key, store
from home.factories import StandardPageFactory
from home.models import NavigationSettings, SiteSettings
from news.factories import NewsPageFactory
from tests.world import world

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """The page cache on, and the settings rows made, as on a running site (the first request would make
    them, which expires every page)."""
    settings.PAGE_CACHE_SECONDS = 600
    SiteSettings.load()
    NavigationSettings.load()


@pytest.fixture
def article(publish):
    return NewsPageFactory(parent=world().news, title="Schools plant a forest", slug="forest")


def visit(client, path):
    """The page's text and where it came from (hit, miss, or None when the cache was not used)."""
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode(), response.get(STATUS_HEADER)


def test_a_page_is_rendered_once_then_answered_without_a_query(client, article, django_assert_num_queries):
    first, source = visit(client, "/en/news/forest/")
    assert source == "miss"
    with django_assert_num_queries(0):
        again, source = visit(client, "/en/news/forest/")
    assert source == "hit"
    assert again == first


def test_each_address_and_query_is_kept_apart(client, article):
    visit(client, "/en/news/")
    assert visit(client, "/en/news/")[1] == "hit"
    assert visit(client, "/en/news/?page=1")[1] == "miss"
    assert visit(client, "/fr/news/")[1] == "miss"


def test_a_publication_reaches_the_next_reader(client, article, publish):
    visit(client, "/en/news/forest/")
    publish(article, title="Schools plant two forests")
    text, source = visit(client, "/en/news/forest/")
    assert source == "miss"
    assert "Schools plant two forests" in text


def test_a_new_article_reaches_the_lists_and_home_pages_of_every_language(
    client, article, django_capture_on_commit_callbacks
):
    paths = ["/en/", "/en/news/", "/fr/", "/fr/news/", "/de/news/"]
    for path in paths:
        visit(client, path)
    with django_capture_on_commit_callbacks(execute=True):
        NewsPageFactory(parent=world().news, title="A school garden in Riga", slug="riga")
    for path in paths:
        text, source = visit(client, path)
        assert source == "miss", path
        assert "A school garden in Riga" in text, path


def test_a_publication_leaves_pages_that_do_not_show_it_cached(client, article, publish):
    StandardPageFactory(parent=world().home, title="About us", slug="about")
    visit(client, "/en/about/")
    visit(client, "/en/kits/")
    publish(article, introduction="Now with a thousand trees.")
    assert visit(client, "/en/about/")[1] == "hit"
    assert visit(client, "/en/kits/")[1] == "hit"


def test_a_new_title_reaches_every_page_that_links_it(client, article, publish):
    """A title is shown elsewhere (breadcrumbs, menus, related links): changing it expires them all."""
    about = StandardPageFactory(parent=world().home, title="About us", slug="about")
    StandardPageFactory(parent=about, title="Our team", slug="team")
    visit(client, "/en/about/team/")
    publish(about, title="Who we are")
    text, source = visit(client, "/en/about/team/")
    assert source == "miss"
    assert "Who we are" in text


def test_a_translation_expires_the_original_in_every_language(client, article, publish):
    """The original's language links must offer the new translation at once."""
    visit(client, "/en/news/forest/")
    visit(client, "/el/news/forest/")  # no Greek version: the original, under /el/
    french = translate(article, "fr", publish=False, title="Les écoles plantent une forêt", slug="foret")
    publish(french)
    for path in ("/en/news/forest/", "/el/news/forest/"):
        text, source = visit(client, path)
        assert source == "miss", path
        assert "/fr/news/foret/" in text, path


def test_an_unpublished_page_is_gone_at_once(client, article, django_capture_on_commit_callbacks):
    visit(client, "/en/news/forest/")
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert client.get("/en/news/forest/").status_code == 404
    assert "Schools plant a forest" not in visit(client, "/en/news/")[0]


def test_a_deleted_page_is_gone_at_once(client, article, django_capture_on_commit_callbacks):
    visit(client, "/en/news/")
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert "Schools plant a forest" not in visit(client, "/en/news/")[0]


def test_a_changed_setting_expires_every_page(client, article):
    visit(client, "/en/news/forest/")
    site_settings = SiteSettings.load()
    site_settings.contact_email = "hello@example.org"
    site_settings.save()
    text, source = visit(client, "/en/news/forest/")
    assert source == "miss"
    assert "hello@example.org" in text


def test_logged_in_users_never_get_the_cached_page(client, article):
    anonymous_copy, _source = visit(client, "/en/news/forest/")
    client.login(username="admin", password=settings.DEMO_PASSWORD)
    text, source = visit(client, "/en/news/forest/")
    assert source is None
    assert text != anonymous_copy  # their own header, with their name
    client.logout()
    assert visit(client, "/en/news/forest/") == (anonymous_copy, "hit")


def test_a_visitor_with_a_pending_message_is_not_served_from_the_cache(client, article):
    visit(client, "/en/news/forest/")
    client.cookies["messages"] = "something"
    assert visit(client, "/en/news/forest/")[1] is None


def test_pages_behind_a_view_restriction_are_never_cached(client):
    faq = StandardPageFactory(parent=world().home, title="Frequently asked questions", slug="faq")
    PageViewRestriction.objects.create(page=faq, restriction_type="password", password="x")
    client.get("/en/faq/")
    assert client.get("/en/faq/").get(STATUS_HEADER) is None


def test_answers_other_than_a_page_are_not_cached(client, article):
    assert client.get("/en/news/nowhere/").status_code == 404
    assert client.get("/en/news/nowhere/").get(STATUS_HEADER) is None
    assert client.post("/en/news/forest/").get(STATUS_HEADER) is None


def test_very_long_query_strings_are_not_cached(client, article):
    path = "/en/news/?q=" + "x" * 300
    client.get(path)
    assert client.get(path).get(STATUS_HEADER) is None


def test_a_page_rendered_while_a_publication_expired_it_is_not_kept(rf):
    """A render that read the page before a publication committed must not be kept after it."""
    request = rf.get("/en/news/forest/")
    request._cache_tags = {page_tag(world().home)}
    started = time.time_ns()
    expire([page_tag(world().home)])  # the publication commits during the render
    response = HttpResponse("old text")
    key = response_key(request)
    store(key, request, response, started)
    assert cache.get(key) is None
    store(key, request, response, time.time_ns())
    assert cache.get(key) is not None


def test_turned_off_with_zero_seconds(client, article, settings):
    settings.PAGE_CACHE_SECONDS = 0
    visit(client, "/en/news/forest/")
    assert visit(client, "/en/news/forest/")[1] is None


def test_every_listing_page_type_says_which_pages_it_lists():
    """A list's cached copy expires when a page of the type it lists is published anywhere."""
    from core.models import ListingIndexPage

    for page_class in ListingIndexPage.__subclasses__():
        listed = page_class().listed_pages(HttpRequest(), "en").model
        assert listed._meta.label in page_class.lists_pages_of, page_class
