"""search.backends.elasticsearch: one index per language with the language's analyser.

No search server runs in CI, so the generated settings, mappings, index names and writes are checked
against the client object (nothing is sent). The live tests at the end run the search matrix against a
real server when ELASTICSEARCH_URL is set (with ELASTICSEARCH_VERSION, or OPENSEARCH_URL instead)."""

import os
import uuid
from unittest import mock

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import Locale

from kits.models import KitPage
from languages.codes import LANGUAGE_CODES
from portal.settings.base import search_backends
from search.backends.elasticsearch import SearchBackend, backend_class
from search.languages import ELASTICSEARCH_ANALYSERS, ELASTICSEARCH_FILTERS
from search.tests.test_matrix import MATRIX
from search.tests.test_search import BEES_SLUG, bees_kit
from tests.helpers import kept_for_the_module

BUILT_IN_FILTERS = {"lowercase", "asciifolding", "apostrophe", "german_normalization"}


def backend(engine="wagtail.search.backends.elasticsearch8"):
    return SearchBackend({"ENGINE": engine, "URLS": ["http://search.invalid:9200"], "INDEX_PREFIX": "portal_"})


def test_settings_pick_the_language_aware_backend_for_each_engine(monkeypatch):
    for name in ("ELASTICSEARCH_URL", "OPENSEARCH_URL", "ELASTICSEARCH_VERSION"):
        monkeypatch.delenv(name, raising=False)
    assert search_backends("django.db.backends.sqlite3")["default"]["BACKEND"] == "search.backends.sqlite"
    assert search_backends("django.db.backends.postgresql")["default"]["BACKEND"] == "search.backends.postgres"
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://search.invalid:9200")
    conf = search_backends("django.db.backends.postgresql")["default"]
    assert conf["BACKEND"] == "search.backends.elasticsearch"
    assert conf["ENGINE"] == "wagtail.search.backends.elasticsearch8" and conf["INDEX_PREFIX"] == "portal_"
    monkeypatch.delenv("ELASTICSEARCH_URL")
    monkeypatch.setenv("OPENSEARCH_URL", "http://search.invalid:9200")
    assert search_backends("")["default"]["ENGINE"] == "wagtail.search.backends.opensearch2"


def test_the_engines_backend_is_extended_not_replaced():
    from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

    assert isinstance(backend(), Elasticsearch8SearchBackend)
    assert backend_class("wagtail.search.backends.elasticsearch8") is type(backend())


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_each_language_index_analyses_with_its_language(language):
    settings = backend().for_language(language).settings["settings"]
    analysis = settings["analysis"]
    default = analysis["analyzer"]["default"]
    assert default["type"] == "custom" and default["tokenizer"] == "standard"
    chain = default["filter"]
    assert "asciifolding" in chain, "accents are folded in every language"
    spec = ELASTICSEARCH_ANALYSERS.get(language)
    if spec is None:
        assert chain == ["lowercase", "asciifolding"]
    else:
        assert chain.index("asciifolding") < chain.index("language_stop") < chain.index("language_stemmer")
        assert analysis["filter"]["language_stemmer"] == {"type": "stemmer", "language": spec.stemmer}
        assert analysis["filter"]["language_stop"] == {"type": "stop", "stopwords": spec.stopwords}
    assert set(chain) <= BUILT_IN_FILTERS | set(analysis.get("filter", {})), "every filter is defined"
    # Wagtail's own analysers for autocomplete are kept.
    assert {"ngram_analyzer", "edgengram_analyzer"} <= set(analysis["analyzer"])


def test_shipped_analysers_are_rebuilt_as_documented():
    analysis = backend().for_language("el").settings["settings"]["analysis"]
    assert analysis["analyzer"]["default"]["filter"] == [
        "greek_lowercase",
        "asciifolding",
        "language_stop",
        "language_stemmer",
    ]
    assert analysis["filter"]["greek_lowercase"] == ELASTICSEARCH_FILTERS["greek_lowercase"]
    german = backend().for_language("de").settings["settings"]["analysis"]["analyzer"]["default"]["filter"]
    assert german.index("german_normalization") < german.index("language_stemmer")
    french = backend().for_language("fr").settings["settings"]["analysis"]["analyzer"]["default"]["filter"]
    assert french[0] == "french_elision"


def test_text_fields_use_their_index_default_analyser():
    """Wagtail's mapping names no analyser for searchable text, so the index's default (the language's)
    analyses it; only autocomplete keeps Wagtail's edge-ngram analyser."""
    es = backend()
    properties = es.mapping_class(KitPage).get_mapping()["properties"]
    text_fields = {name: field for name, field in properties.items() if field.get("type") == "text"}
    assert "title" in text_fields and "_all_text" in text_fields
    assert {name for name, field in text_fields.items() if "analyzer" in field} == {"_edgengrams", "title_edgengrams"}


def test_index_names():
    es = backend()
    assert es.for_language("fr").get_index_for_model(KitPage).name == "portal_wagtailcore_page_fr"
    everything = es.get_index_for_model(KitPage).name.split(",")
    assert everything == [f"portal_wagtailcore_page_{code}" for code in LANGUAGE_CODES]
    assert es.for_language("fr").get_index_for_model(get_image_model()).name == "portal_wagtailimages_image"


@pytest.mark.django_db
def test_each_page_is_written_to_its_languages_index():
    es = backend()
    es.es = mock.MagicMock()
    bees_kit("el", "de", "fr")
    greek = KitPage.objects.get(slug=BEES_SLUG, locale__language_code="el")
    es.add(greek)
    assert es.es.index.call_args.kwargs["index"] == "portal_wagtailcore_page_el"
    kits = list(KitPage.objects.filter(slug=BEES_SLUG, locale__language_code__in=["de", "fr"]))
    with mock.patch.object(type(es), "bulk") as bulk:
        es.add_bulk(KitPage, kits)
    assert sorted(call.kwargs["index"] for call in bulk.call_args_list) == [
        "portal_wagtailcore_page_de",
        "portal_wagtailcore_page_fr",
    ]
    es.delete(greek)
    assert es.es.delete.call_args.kwargs["index"] == "portal_wagtailcore_page_el"


def test_a_rebuild_creates_every_language_index_with_its_settings():
    es = backend()
    es.es = mock.MagicMock()
    rebuilder = es.rebuilder_class(es.get_index_for_model(KitPage))
    index = rebuilder.start()
    rebuilder.finish()
    created = {call.kwargs["index"]: call.kwargs for call in es.es.indices.create.call_args_list}
    assert len(created) == len(LANGUAGE_CODES) == len(index.parts)
    greek = next(kwargs for name, kwargs in created.items() if name.startswith("portal_wagtailcore_page_el_"))
    assert greek["settings"]["analysis"]["filter"]["language_stemmer"]["language"] == "greek"
    aliases = {call.kwargs["name"] for call in es.es.indices.put_alias.call_args_list}
    assert aliases == {f"portal_wagtailcore_page_{code}" for code in LANGUAGE_CODES}


# Against a real server --------------------------------------------------------------------------------

LIVE_URL = os.environ.get("ELASTICSEARCH_URL") or os.environ.get("OPENSEARCH_URL")
live = pytest.mark.skipif(
    not LIVE_URL, reason="needs a search server: set ELASTICSEARCH_URL (and ELASTICSEARCH_VERSION) or OPENSEARCH_URL"
)
# Elasticsearch's and OpenSearch's analysers differ from Snowball's and PostgreSQL's: Bulgarian is stemmed,
# the light Italian stemmer joins "ape" and "api", and Polish needs a plugin.
LIVE_GAPS = {"pszczoła": "no Polish analyser without the analysis-stempel plugin"}


@pytest.fixture(scope="module")
def live_backend(django_db_setup, django_db_blocker):
    """A search server's indexes of the kit about bees in every language of the matrix (and English).

    The kits are created for the module's tests in a transaction that is rolled back after them (each
    test's own transaction runs inside it), and indexed on the server only: the default backend does
    not update itself meanwhile."""
    from wagtail.search.backends import get_search_backend

    conf = dict(search_backends("")["default"], INDEX_PREFIX=f"test_{uuid.uuid4().hex[:8]}_", AUTO_UPDATE=False)
    backends = {"default": {"BACKEND": "search.backends.sqlite", "AUTO_UPDATE": False}, "live": conf}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), kept_for_the_module(django_db_blocker):
        bees_kit(*{language for language, _difference, _query in MATRIX})
        call_command("update_index", backend_name="live", verbosity=0)
        backend = get_search_backend("live")
        backend.refresh_indexes()
        try:
            yield backend
        finally:
            # One by one: Elasticsearch 8 refuses to delete indexes by a wildcard.
            for name in backend.es.indices.get(index=f"{conf['INDEX_PREFIX']}*"):
                backend.es.indices.delete(index=name)


@live
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "query"),
    [
        pytest.param(
            language,
            query,
            id=f"{language}-{difference}-{query}",
            marks=[pytest.mark.xfail(reason=LIVE_GAPS[query], strict=True)] if query in LIVE_GAPS else [],
        )
        for language, difference, query in MATRIX
    ],
)
def test_live_the_kit_is_found_however_the_word_is_typed(live_backend, language, query):
    # Filters on fields the index holds (the locale's id), not on joins: Elasticsearch has no joins.
    kits = KitPage.objects.live().filter(locale=Locale.objects.get(language_code=language))
    found = live_backend.for_language(language).search(query, kits, operator="and")
    assert BEES_SLUG in [kit.slug for kit in found]


@live
@pytest.mark.django_db
def test_live_admin_search_reads_every_language(live_backend):
    found = live_backend.search("biodiversity biodiversité", KitPage.objects.live(), operator="or")
    assert {kit.locale.language_code for kit in found} >= {"en", "fr"}
