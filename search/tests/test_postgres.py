"""PostgreSQL search (search.backends.postgres): each language's configuration strips accents with
`unaccent`, folds case and stems with PostgreSQL's stemmer; queries go through the reader's. Skipped on
SQLite; CI runs the suite on PostgreSQL too (.ci/run)."""

import pytest
from django.db import connection
from wagtail.models import Locale

from core.factories import translate
from kits.factories import KitPageFactory
from kits.models import KitPage
from search.backends.postgres import ensure_configurations
from search.languages import postgres_config, postgres_configs
from search.query import search_in_language
from search.tests.test_search import BEES_SLUG, bees_kit
from tests.world import world

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="these tests need a PostgreSQL database"),
]


def kits_about_bees_and_water(language):
    """The kit about bees and one about water, both in `language`: the search must tell them apart."""
    bees_kit(language)
    water = KitPageFactory(parent=world().kits, title="Our water footprint", slug="our-water-footprint")
    if language != "en":
        translate(water, language)


def lexemes(config, text):
    with connection.cursor() as cursor:
        cursor.execute("SELECT array(SELECT lexeme FROM unnest(to_tsvector(%s::regconfig, %s)))", [config, text])
        return set(cursor.fetchone()[0])


def test_every_portal_language_has_its_accent_folding_configuration():
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        existing = {row[0] for row in cursor.fetchall()}
    assert set(postgres_configs()) <= existing
    assert postgres_config("de") == "portal_german" and postgres_config("bg") == "portal_simple"


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("el", ["Μέλισσες", "μελισσες", "ΜΕΛΙΣΣΕΣ", "μέλισσα"]),
        ("fr", ["abeilles", "abeille", "ABEILLES"]),
        ("fr", ["élèves", "eleves", "ÉLÈVE"]),
        ("de", ["Bienen", "Biene", "BIENEN"]),
        ("de", ["Wälder", "walder", "Wald"]),
        ("pl", ["pszczoły", "pszczoly", "PSZCZOŁY"]),  # `simple`: folded, not stemmed
    ],
)
def test_forms_of_a_word_have_one_lexeme(language, forms):
    assert len(set.union(*(lexemes(postgres_config(language), form) for form in forms))) == 1


def test_creating_the_configurations_again_changes_nothing():
    ensure_configurations(connection)
    assert lexemes("portal_french", "Élèves") == {"elev"}


@pytest.mark.parametrize(
    ("language", "query"),
    [("de", "Biene"), ("fr", "abeille"), ("el", "μελισσες"), ("el", "ΜΕΛΙΣΣΕΣ"), ("el", "μέλισσα")],
)
def test_the_backend_finds_the_kit_in_its_language(language, query):
    kits_about_bees_and_water(language)
    kits = KitPage.objects.live().filter(locale=Locale.objects.get(language_code=language))
    found = list(search_in_language(kits, query, language))
    assert [kit.slug for kit in found] == [BEES_SLUG]


def test_admin_search_ignores_accents():
    """Wagtail's admin searches titles with autocomplete, in the `portal_simple` configuration."""
    from wagtail.search.backends import get_search_backend

    kits_about_bees_and_water("fr")
    french = KitPage.objects.filter(locale=Locale.objects.get(language_code="fr"))
    found = get_search_backend().autocomplete("biodiversite", french)
    assert [kit.slug for kit in found] == [BEES_SLUG]
