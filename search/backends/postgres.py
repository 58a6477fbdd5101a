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
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

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


class LanguageAwarePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageAwarePostgresIndex

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
