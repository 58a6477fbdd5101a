"""One Elasticsearch or OpenSearch index per language, each analysed with its language's analyser.

Wagtail's Elasticsearch and OpenSearch backends put all pages in one index with one analyser. Here
every translatable model (pages) gets an index per portal language, `<prefix>wagtailcore_page_fr`, …,
whose default analyser (the one Wagtail's mapping leaves every text field to) is the language
analyser the engine ships, rebuilt from its documented parts with an accent-folding step
(search.languages). An object is written to its own language's index; `for_language(code)` searches
that language's index only, so the query is analysed as the pages were; searching without a language
(Wagtail's admin) reads every language's index. Models without a language (images, documents) keep
one index, folded but not stemmed.

Works on top of any of Wagtail's Elasticsearch or OpenSearch backends, named by the ENGINE parameter
(portal.settings.base.search_backends)."""

import copy
from functools import cache
from importlib import import_module
from itertools import groupby

from modelsearch.backends.base import BaseIndex, get_model_root
from modelsearch.utils import deep_update
from wagtail.models import TranslatableMixin

from languages.codes import DEFAULT_LANGUAGE, LANGUAGE_CODES
from search.backends import object_language
from search.languages import ELASTICSEARCH_ANALYSERS, ELASTICSEARCH_FILTERS

DEFAULT_ENGINE = "wagtail.search.backends.elasticsearch8"
# For languages without an analyser, and for models without a language.
FOLDING_ANALYSER = {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]}


def analysis(language_code):
    """The analysis settings of `language_code`'s index: its analyser as the index's default.

    The filters run in the order of the shipped analyser, with `asciifolding` after lower-casing so
    that accents are folded before the stop words and the stemmer, as on the other backends."""
    spec = ELASTICSEARCH_ANALYSERS.get(language_code)
    if spec is None:
        return {"analyzer": {"default": FOLDING_ANALYSER}}
    chain = [*spec.before, spec.lowercase, "asciifolding", "language_stop", *spec.normalise, "language_stemmer"]
    filters = {name: ELASTICSEARCH_FILTERS[name] for name in chain if name in ELASTICSEARCH_FILTERS}
    filters["language_stop"] = {"type": "stop", "stopwords": spec.stopwords}
    filters["language_stemmer"] = {"type": "stemmer", "language": spec.stemmer}
    return {
        "analyzer": {"default": {"type": "custom", "tokenizer": "standard", "filter": chain}},
        "filter": filters,
    }


def is_translatable(model):
    return issubclass(get_model_root(model), TranslatableMixin)


class LanguageIndexes(BaseIndex):
    """The per-language indexes of one model, used as one: each object is written to its language's
    index, and a search reads them all."""

    def __init__(self, backend, parts):
        super().__init__(backend)
        self.parts = parts  # {language code: index}
        self.name = ",".join(index.name for index in parts.values())

    def get_key(self):
        return self.name

    def __str__(self):
        return self.name

    def language_of(self, obj):
        language = object_language(obj)
        return language if language in self.parts else DEFAULT_LANGUAGE

    def part_for(self, obj):
        return self.parts[self.language_of(obj)]

    def put(self):
        for index in self.parts.values():
            index.put()

    def delete(self):
        for index in self.parts.values():
            index.delete()

    def reset(self):
        for index in self.parts.values():
            index.reset()

    def refresh(self):
        for index in self.parts.values():
            index.refresh()

    def add_model(self, model):
        for index in self.parts.values():
            index.add_model(model)

    def add_item(self, item):
        self.part_for(item).add_item(item)

    def add_items(self, model, items):
        for language, group in groupby(sorted(items, key=self.language_of), key=self.language_of):
            self.parts[language].add_items(model, list(group))

    def delete_item(self, item):
        self.part_for(item).delete_item(item)


class LanguageIndexesRebuilder:
    """Rebuilds each language's index with the engine's own rebuilder (atomic or not)."""

    def __init__(self, index):
        self.index = index
        parts = index.parts if isinstance(index, LanguageIndexes) else {None: index}
        self.rebuilders = {code: part.backend.engine_rebuilder_class(part) for code, part in parts.items()}

    def start(self):
        started = {code: rebuilder.start() for code, rebuilder in self.rebuilders.items()}
        if not isinstance(self.index, LanguageIndexes):
            return started[None]
        return LanguageIndexes(self.index.backend, started)

    def finish(self):
        for rebuilder in self.rebuilders.values():
            rebuilder.finish()


class LanguageIndexesMixin:
    language = None

    def __init__(self, params):
        super().__init__(params)
        self.base_settings = self.settings
        self.settings = self.settings_for(None)
        self.neutral = self
        self.languages = {}
        self.engine_rebuilder_class = self.rebuilder_class
        self.rebuilder_class = LanguageIndexesRebuilder

    def settings_for(self, language_code):
        """The engine's index settings (ngram analysers for autocomplete, INDEX_SETTINGS) plus the
        language's analysis."""
        return deep_update(copy.deepcopy(self.base_settings), {"settings": {"analysis": analysis(language_code)}})

    def for_language(self, language_code):
        """This backend, reading and writing `language_code`'s indexes only."""
        if language_code not in self.neutral.languages:
            backend = copy.copy(self.neutral)
            backend.language = language_code
            backend.settings = self.neutral.settings_for(language_code)
            self.neutral.languages[language_code] = backend
        return self.neutral.languages[language_code]

    def get_index_for_model(self, model):
        if not is_translatable(model):
            return super(LanguageIndexesMixin, self.neutral).get_index_for_model(model)
        if self.language is None:
            parts = {code: self.for_language(code).get_index_for_model(model) for code in LANGUAGE_CODES}
            return LanguageIndexes(self, parts)
        name = super().get_index_for_model(model).name
        return self.index_class(self, f"{name}_{self.language}")


@cache
def backend_class(engine):
    base = import_module(engine).SearchBackend
    return type(f"LanguageAware{base.__name__}", (LanguageIndexesMixin, base), {"__module__": __name__})


def SearchBackend(params):
    """Wagtail's backend named by ENGINE (a module path), with one index per language."""
    params = dict(params)
    return backend_class(params.pop("ENGINE", DEFAULT_ENGINE))(params)
