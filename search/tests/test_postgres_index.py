"""The index search.migrations.0001 adds is on the expression Wagtail's PostgreSQL search filters on,
`title || body`: without it every search reads the index entry of every page it is given (see the
migration). Skipped on SQLite; CI runs the suite on PostgreSQL too (.ci/run)."""

import copy
import re
from importlib import import_module

import pytest
from django.db import connection
from modelsearch.backends.database.postgres.postgres import PostgresSearchQueryCompiler
from wagtail.models import Locale, Page

from kits.factories import KitPageFactory
from news.factories import NewsPageFactory
from search.query import language_backend, search_in_language
from search.tests.test_search import bees_kit
from tests.world import world

INDEX = import_module("search.migrations.0001_index_title_and_body_together").INDEX
# `(title || body) @@ query`, whatever the alias of the index table in the query.
MATCH_ON_TITLE_AND_BODY = re.compile(r'\((\S+)\."title" \|\| \1\."body"\) @@')

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="these tests need a PostgreSQL database"),
]


def index_definition():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [INDEX])
        row = cursor.fetchone()
    return row[0] if row else ""


@pytest.mark.parametrize("language", ["en", "fr", "bg"])
def test_searches_filter_on_the_indexed_expression(language):
    sql = str(search_in_language(Page.objects.live(), "water", language).get_queryset().query)
    assert MATCH_ON_TITLE_AND_BODY.search(sql)
    assert "USING gin (((title || body)))" in index_definition()


def wagtails_search(pages, query, language):
    """The search as Wagtail's own query compiler makes it: every page joined to its entry, then matched."""
    backend = copy.copy(language_backend(language))
    backend.query_compiler_class = PostgresSearchQueryCompiler
    return backend.search(query, pages, operator="and")


@pytest.mark.parametrize("query", ["water", "school water", "bees", "nothing"])
def test_searches_fetch_the_matching_pages_by_key_and_find_what_wagtail_finds(query):
    """search.backends.postgres.MatchesFirstQueryCompiler finds the matching entries first and fetches
    their pages by key; the pages, their order and their count stay those of Wagtail's query."""
    bees_kit("fr", "de")
    KitPageFactory(parent=world().kits, title="Our water footprint", introduction="Pupils measure school water.")
    NewsPageFactory(parent=world().news, title="Rain water for the school garden", introduction="Bees drink water.")
    NewsPageFactory(parent=world().news, title="Water", introduction="Water, water everywhere.")
    pages = Page.objects.live().filter(locale__in=Locale.objects.filter(language_code__in=["en", "fr", "de"]))
    ours, wagtails = search_in_language(pages, query, "en"), wagtails_search(pages, query, "en")
    assert "= ANY(ARRAY(SELECT" in str(ours.get_queryset().query)
    assert [page.pk for page in ours] == [page.pk for page in wagtails]
    assert ours.count() == wagtails.count() and [page.pk for page in ours[1:3]] == [page.pk for page in wagtails[1:3]]
