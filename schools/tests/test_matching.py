"""One school, one record: the search by name and town, the same school, and the similar schools a
teacher is offered before a new record is made (schools.matching)."""

import pytest
from django.db import IntegrityError

from countries.models import Country
from schools.factories import SchoolFactory
from schools.matching import likeness, same_school, search, similar_schools
from schools.models import matching_key

pytestmark = pytest.mark.django_db


@pytest.fixture
def france():
    return Country.objects.get(iso2="FR")


@pytest.fixture
def italy():
    return Country.objects.get(iso2="IT")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Lycée Victor-Hugo", "lycee victor hugo"),
        ("  COLLÈGE  Jean   Moulin ", "college jean moulin"),
        ("École n°3 (annexe)", "ecole n 3 annexe"),
        ("Straße_Schule", "strasse schule"),
        ("Πειραματικό Σχολείο", "πειραματικο σχολειο"),
        ("!!!", ""),
    ],
)
def test_a_matching_key_ignores_case_accents_and_punctuation(text, key):
    assert matching_key(text) == key


def test_the_search_finds_every_word_typed_in_any_order_without_accents(france, italy):
    hugo = SchoolFactory(country=france, name="Lycée Victor-Hugo", town="Besançon")
    SchoolFactory(country=france, name="Collège Victor Schœlcher", town="Besançon")
    SchoolFactory(country=italy, name="Liceo Victor Hugo", town="Roma")
    assert list(search(france, name="hugo VICTOR lycee")) == [hugo]
    assert list(search(france, name="victor hugo", town="besancon")) == [hugo]
    assert list(search(france, name="hugo", town="Paris")) == []
    assert search(france, town="Besançon").count() == 2
    assert search(italy, name="hugo").get().town == "Roma", "only the country's schools"


def test_the_search_ignores_punctuation_and_sql_wildcards(france):
    pasteur = SchoolFactory(country=france, name="Lycée Pasteur", town="Lille")
    SchoolFactory(country=france, name="Lycée Camus", town="Lille")
    assert search(france, name="%").count() == search(france, name="_").count() == 2, "as if nothing were typed"
    assert list(search(france, name="pas%teur")) == [pasteur], "the words 'pas' and 'teur'"


def test_the_same_school_is_the_same_name_and_town_however_written(france):
    school = SchoolFactory(country=france, name="Lycée Victor-Hugo", town="Besançon")
    assert same_school(france, "LYCEE VICTOR HUGO", "besancon") == school
    assert same_school(france, "Lycée Victor-Hugo", "Paris") is None
    assert same_school(Country.objects.get(iso2="IT"), "Lycée Victor-Hugo", "Besançon") is None


def test_the_database_refuses_a_second_record_of_a_school(france):
    SchoolFactory(country=france, name="Lycée Victor-Hugo", town="Besançon")
    with pytest.raises(IntegrityError):
        SchoolFactory(country=france, name="lycee victor hugo", town="BESANCON")


@pytest.mark.parametrize(
    ("key", "other", "alike"),
    [
        ("college jean moulin", "college jean moulins", True),  # a typing slip
        ("lycee victor hugo", "lycee victor hugo annexe", True),  # one inside the other
        ("ecole jules ferry", "ecole saint exupery", False),
        ("lycee pasteur", "college camus", False),
    ],
)
def test_names_are_alike_when_close_or_one_inside_the_other(key, other, alike):
    assert (likeness(key, other) >= 0.8) is alike


def test_similar_schools_are_those_of_the_same_town_with_names_alike(france, italy):
    moulin = SchoolFactory(country=france, name="Collège Jean-Moulin", town="Lyon")
    annexe = SchoolFactory(country=france, name="Collège Jean Moulin annexe", town="Lyon")
    SchoolFactory(country=france, name="Collège Jean Moulin", town="Marseille")  # another town
    SchoolFactory(country=france, name="École Jules Verne", town="Lyon")  # another name
    SchoolFactory(country=italy, name="Collège Jean Moulins", town="Lyon")  # another country
    assert similar_schools(france, "College Jean Moulins", "lyon") == [moulin, annexe]


def test_the_same_school_is_not_among_the_similar_ones(france):
    SchoolFactory(country=france, name="Collège Jean-Moulin", town="Lyon")
    assert similar_schools(france, "college jean moulin", "Lyon") == []


def test_a_name_without_letters_has_no_similar_schools(france):
    SchoolFactory(country=france, name="Collège Jean-Moulin", town="Lyon")
    assert similar_schools(france, "???", "Lyon") == []
