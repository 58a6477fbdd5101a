"""Pin the number of database queries per page type, so that a change that adds queries per item or per
language shows up here (STYLE, habit 5). "Uncached" means no page or HTTP cache; the
fragment cache (menus, language links, taxonomy names; core.caching) is warm, as on a running server.
Every public page type stays at 12 or fewer; each app declares its paths and budgets
(PortalAppConfig.query_budgets). The declared paths are pages of the demo data, so these tests are
smoke tests of it (the `demo_data` fixture)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.registry import query_budgets

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_data")]


@pytest.mark.parametrize(("path", "budget"), sorted(query_budgets().items()))
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


@pytest.fixture
def publish_unrelated_news(django_capture_on_commit_callbacks):
    """An editor publishes a change to an article's text, as happens all day on a running portal."""
    from news.models import NewsPage

    def publish():
        article = NewsPage.objects.live().filter(locale__language_code="it").first()
        article.introduction = f"{article.introduction} (updated)"
        with django_capture_on_commit_callbacks(execute=True):
            article.save_revision().publish()

    return publish


@pytest.mark.parametrize(("path", "budget"), sorted(query_budgets().items()))
def test_a_publication_leaves_other_pages_within_budget(
    client, django_assert_max_num_queries, publish_unrelated_news, path, budget
):
    """A publication expires what it changed (core.caching), not every fragment of every page: the first
    request after it stays within the budget, lists of news included (they only make their cards again)."""
    client.get(path)
    publish_unrelated_news()
    with django_assert_max_num_queries(budget):
        response = client.get(path)
    assert response.status_code == 200
