"""Language-aware full-text search on PostgreSQL.

Wagtail's PostgreSQL backend uses one text-search configuration for everything. This subclass
indexes each object with its own language's configuration (a German page with the German stemmer,
a Greek one with the Greek stemmer) and searches with the reader's, so that "Wälder" finds a
page about "Wald". It follows the per-language backend idea of foundation.mozilla.org, but keeps
one index table: every entry is stemmed in its own language, and a query is stemmed in the
reader's language and run against the entries of that language (the views filter by locale).

The configurations are the portal's copies of PostgreSQL's (`portal_french` of `french`, …) that
first strip accents with the `unaccent` extension, so that "eleves" finds "élèves" and "μελισσες"
finds "μέλισσες"; PostgreSQL's stemmers fold case. `ensure_configurations` creates them after every
`migrate`.

Selected in portal.settings.base when the database is PostgreSQL and no Elasticsearch or
OpenSearch address is configured; tests in search/tests/test_postgres.py."""

import copy
import logging
from itertools import groupby

from django.db import DatabaseError, connection, transaction
from django.db.models import BooleanField, F, Func, Subquery
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

from search.backends import object_language
from search.languages import FALLBACK_CONFIG, postgres_config, postgres_configs

logger = logging.getLogger(__name__)

# The token types of words with letters beyond ASCII; the others have no accents to strip.
ACCENTED_TOKEN_TYPES = "word, hword, hword_part"


class LanguageAwarePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index objects in groups of one language, each group with its configuration."""

        def config_of(obj):
            language = object_language(obj)
            return postgres_config(language) if language else self.backend.config

        for config, group in groupby(sorted(objs, key=config_of), key=config_of):
            index = copy.copy(self)
            index.backend = self.backend.with_config(config)
            PostgresIndex.add_items(index, model, list(group))


class IsAmong(Func):
    """`key = ANY(ARRAY(subquery))`: PostgreSQL runs the subquery once, before the rest (an InitPlan), then
    fetches the rows by their key. `key IN (subquery)` may be planned as a join that reads every row."""

    arity = 2
    output_field = BooleanField()

    def as_sql(self, compiler, connection, **extra_context):
        key, key_params = compiler.compile(self.source_expressions[0])
        rows, rows_params = compiler.compile(self.source_expressions[1])  # a Subquery: "(SELECT …)"
        return f"{key} = ANY(ARRAY{rows})", [*key_params, *rows_params]


class MatchesFirstQueryCompiler(PostgresSearchQueryCompiler):
    """Wagtail's search, with the matching index entries found first.

    Wagtail joins every object it is given to its index entry and matches after the join: a search in
    eight languages read their 16,000 pages to find 34, and where PostgreSQL expected few matches it
    matched the entries again for each page found (docs/performance.md). Here the matching entries are
    found once, through the index on `title || body` (search.migrations.0001), their objects fetched by
    primary key, and joined to their entries for ranking only. An object has one entry (Wagtail indexes
    a page under its own type only, Page.get_indexed_objects), so the rows, their ranks and their order
    are those of Wagtail's query (modelsearch's PostgresSearchQueryCompiler.search, whose steps this
    follows)."""

    def search(self, config, start, stop, score_field=None, backend=None):
        if not self.matches_index_entries():
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        queryset = self.queryset.filter(IsAmong("pk", Subquery(self.matching_keys(search_query))))
        rank = self._build_rank_expression(self.get_search_vectors(search_query), config)
        return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)

    def matches_index_entries(self):
        """Whether Wagtail's query matches the index entries' text (not so for "everything", fuzzy
        matching, or searches in named fields)."""
        everything = isinstance(self.query, MatchAll) or (
            isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll)
        )
        return self.fields is None and not everything and not isinstance(self.query, Fuzzy)

    def matching_keys(self, search_query):
        """The primary keys of the objects of the queryset's model (and its subclasses) whose entries
        match, with the expression of the index, as Wagtail's join and match find them."""
        model = self.queryset.model
        return (
            IndexEntry.objects.filter(content_type_id__in=get_descendants_content_types_pks(model))
            .annotate(_vector_=F("title")._combine(F("body"), "||", False))
            .filter(_vector_=search_query)
            .values_list(Cast("object_id", model._meta.pk), flat=True)
        )


class LanguageAwarePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageAwarePostgresIndex
    query_compiler_class = MatchesFirstQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.config = self.config or postgres_config(None)
        # Wagtail's admin searches with autocomplete: whole words, no stemming, accents folded.
        self.autocomplete_config = postgres_config(None)

    def with_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend

    def for_language(self, language_code):
        """This backend, querying with `language_code`'s configuration."""
        return self.with_config(postgres_config(language_code))

    def query_signatures(self, query, language_codes):
        """The text-search query PostgreSQL makes of `query` in each language's configuration, all in
        one query (search.query.search_by_language)."""
        configs = sorted({postgres_config(code) for code in language_codes})
        if not configs:
            return {}
        columns = ", ".join("plainto_tsquery(%s::regconfig, %s)::text" for _config in configs)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {columns}", [value for config in configs for value in (config, query)])
            by_config = dict(zip(configs, cursor.fetchone(), strict=True))
        return {code: by_config[postgres_config(code)] for code in language_codes}


SearchBackend = LanguageAwarePostgresSearchBackend


def ensure_configurations(connection):
    """Create or update the portal's text-search configurations (search.apps runs this after each
    `migrate`, so a language added to search.languages gets its configuration there too).

    With `unaccent` (a trusted extension since PostgreSQL 13: the database owner may create it) each
    configuration strips accents before stemming. Without it they are plain copies, accents count,
    and a warning says how to fix it."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        has_unaccent = create_unaccent(connection, cursor)
        for name, base in postgres_configs().items():
            cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [name])
            if cursor.fetchone() is None:
                cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{base})")
            stem = FALLBACK_CONFIG if base == FALLBACK_CONFIG else f"{base}_stem"
            dictionaries = f"unaccent, {stem}" if has_unaccent else stem
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR {ACCENTED_TOKEN_TYPES} WITH {dictionaries}"
            )


def create_unaccent(connection, cursor):
    try:
        with transaction.atomic(using=connection.alias):
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    except DatabaseError as error:
        logger.warning(
            "Search ignores accents only with PostgreSQL's unaccent extension, which could not be created (%s). "
            "Ask the database administrator to run CREATE EXTENSION unaccent, then run manage.py migrate and "
            "manage.py update_index.",
            error,
        )
        return False
    return True
