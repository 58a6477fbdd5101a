"""Pin the number of database queries per page type, so that a change that adds queries per item or per
language shows up here (STYLE, habit 5). "Uncached" as issue 3 means it: no page or HTTP cache; the
fragment cache (menus, language links, taxonomy names; home.caching) is warm, as on a running server.
Every public page type stays at 12 or fewer."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "budget"),
    [
        ("/en/", 10),  # home page with the newest kits, news and events
        ("/de/about/", 6),  # translated standard page
        ("/fi/about/", 9),  # untranslated fallback: one more tree is searched
        ("/en/kits/", 12),  # kit index with cards
        ("/en/kits/?subject=history&age=16-19&q=interview", 12),  # filtered kit index
        ("/fr/kits/our-water-footprint/", 12),  # kit page
        ("/fr/kits/our-water-footprint/pdf/", 12),  # kit PDF (built once, then from storage)
        ("/en/news/", 12),  # news index with cards
        ("/en/news/european-prizes-2026-winners/", 10),  # article
        ("/en/news/feed/", 8),  # Atom feed
        ("/en/events/", 10),  # upcoming events
        ("/en/events/?when=past", 10),  # past events
        ("/en/countries/", 10),  # 44 countries
        ("/en/countries/fr/", 12),  # national section with its news and events
        ("/en/search/?q=pupils", 12),  # search results of every type
        ("/sitemap.xml", 6),  # every page of every language: constant, not per page
    ],
)
def test_page_query_budget(client, django_assert_max_num_queries, path, budget):
    client.get(path)  # warm the per-process caches (site root paths) as a running server has them
    with django_assert_max_num_queries(budget):
        response = client.get(path)
    assert response.status_code == 200


def test_listing_queries_do_not_grow_with_the_number_of_items(client):
    """A page with one news card costs what a page with ten costs."""
    counts = []
    for path in ("/en/news/?country=fr", "/en/news/"):
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
