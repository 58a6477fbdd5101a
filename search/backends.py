"""Language-aware full-text search on PostgreSQL.

Wagtail's PostgreSQL backend uses one text-search configuration for everything. This subclass
indexes each object with its own language's configuration (a German page with the German stemmer,
a Greek one with the Greek stemmer) and searches with the reader's, so that "Wälder" finds a
page about "Wald". It follows the per-language backend idea of foundation.mozilla.org, but keeps
one index table: every entry is stemmed in its own language, and a query is stemmed in the
reader's language and run against the entries of that language (the views filter by locale).

Selected in portal.settings.base when the database is PostgreSQL and no Elasticsearch or
OpenSearch address is configured; tests in search/tests/test_postgres.py."""

import copy
from itertools import groupby

from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

from search.languages import FALLBACK_CONFIG, postgres_config


def object_language(obj):
    locale = getattr(obj, "locale", None)
    return locale.language_code if locale is not None else None


class LanguageAwarePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index objects in groups of one language, each group with its configuration."""

        def config_of(obj):
            language = object_language(obj)
            return postgres_config(language) if language else self.backend.config or FALLBACK_CONFIG

        for config, group in groupby(sorted(objs, key=config_of), key=config_of):
            index = copy.copy(self)
            index.backend = self.backend.with_config(config)
            PostgresIndex.add_items(index, model, list(group))


class LanguageAwarePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageAwarePostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.config = self.config or FALLBACK_CONFIG

    def with_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend

    def for_language(self, language_code):
        """This backend, querying with `language_code`'s configuration."""
        return self.with_config(postgres_config(language_code))


SearchBackend = LanguageAwarePostgresSearchBackend
