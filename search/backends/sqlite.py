"""Language-aware full-text search on SQLite, the portal's default database.

Wagtail's SQLite backend hands the text to SQLite's FTS5, which folds case but keeps Greek accents
and knows no stemming: "μελισσες" (typed without accents, as Greeks often do) and "abeille" (for a
page saying "abeilles") found nothing. This subclass stores every indexed word folded and stemmed in
its object's language (search.text) and runs each query through the same steps in the reader's
language (`for_language`), so both sides meet on the stem. Excerpts are made from the pages' own
text (search.excerpts), never from the index.

Wagtail's admin searches with autocomplete (the beginning of words): that column and its queries are
folded but not stemmed, as a stem is not the beginning of every form of a word."""

import copy

from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from search.backends import object_language
from search.text import index_text


class LanguageAwareSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        """Wagtail's SQLiteIndex.add_items, with each text folded and stemmed before it is stored."""
        if not model.get_search_fields():
            return
        indexers = [ObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        data = {}
        for indexer in indexers:
            language = object_language(indexer.obj)
            data[indexer.id] = {
                "title": index_text(indexer.title, language),
                "autocomplete": index_text(indexer.autocomplete),
                "body": index_text(indexer.body, language),
            }
        entries = self.entries.filter(content_type_id=get_content_type_pk(model))
        indexed = set(entries.filter(object_id__in=list(data)).values_list("object_id", flat=True))
        for object_id in indexed:
            entries.filter(object_id=object_id).update(**data[object_id])
        self.entries.bulk_create(
            IndexEntry(content_type_id=get_content_type_pk(model), object_id=object_id, **texts)
            for object_id, texts in data.items()
            if object_id not in indexed
        )
        self._refresh_title_norms()


def normalised(query, language_code):
    """The query with its words as the index keeps them (or as it was, when it has no word)."""
    if isinstance(query, PlainText):
        text = index_text(query.query_string, language_code)
        return PlainText(text, operator=query.operator, boost=query.boost) if text else query
    if isinstance(query, Phrase):
        text = index_text(query.query_string, language_code)
        return Phrase(text) if text else query
    return query


class LanguageAwareSearchQueryCompiler(SQLiteSearchQueryCompiler):
    # `config` is the reader's language code here (None: fold only), see the backend's for_language.
    def build_search_query_content(self, query, config=None):
        return super().build_search_query_content(normalised(query, config), config=config)


class LanguageAwareAutocompleteQueryCompiler(SQLiteAutocompleteQueryCompiler):
    def build_search_query_content(self, query, config=None):
        return super().build_search_query_content(normalised(query, None), config=config)


class LanguageAwareSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = LanguageAwareSQLiteIndex
    query_compiler_class = LanguageAwareSearchQueryCompiler
    autocomplete_query_compiler_class = LanguageAwareAutocompleteQueryCompiler

    def for_language(self, language_code):
        """This backend, stemming queries as `language_code`. Wagtail's SQLite backend has no use for
        its `config`, which its query compiler passes on: here it carries the language."""
        backend = copy.copy(self)
        backend.config = language_code
        return backend

    def query_signatures(self, query, language_codes):
        """The query's words as each language's stemmer writes them (search.query.search_by_language)."""
        return {code: index_text(query, code) for code in language_codes}


SearchBackend = LanguageAwareSQLiteSearchBackend
