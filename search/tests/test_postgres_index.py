"""The index search.migrations.0001 adds is on the expression Wagtail's PostgreSQL search filters on,
`title || body`: without it every search reads the index entry of every page it is given (see the
migration). Skipped on SQLite; CI runs the suite on PostgreSQL too (.ci/run)."""

import re
from importlib import import_module

import pytest
from django.db import connection
from wagtail.models import Page

from search.query import search_in_language

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
