"""Pin the number of database queries per page type, so that a change that adds queries per item or per
language shows up here (STYLE, habit 5). Figures measured uncached; the budget leaves a little room."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "budget"),
    [
        ("/en/", 20),  # home page
        ("/de/about/", 20),  # translated standard page
        ("/fi/about/", 22),  # untranslated fallback: one more tree is searched
        ("/sitemap.xml", 6),  # every page of every language: constant, not per page
    ],
)
def test_page_query_budget(client, django_assert_max_num_queries, path, budget):
    client.get(path)  # warm the per-process caches (site root paths) as a running server has them
    with django_assert_max_num_queries(budget):
        response = client.get(path)
    assert response.status_code == 200
