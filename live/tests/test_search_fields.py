"""The profiles' search copies (live.models) stay right whatever changes what they are copied from
(live.signals), so that partner search finds, hides and ranks teachers as their accounts say."""

import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.factories import EditorFactory, PupilFactory, TeacherFactory
from accounts.models import ValidationStatus
from countries.models import Country
from live.models import BITS, RANKED_LANGUAGES, Profile, SpokenLanguage, language_bits, term_bit, term_bits
from schools.factories import SchoolFactory
from taxonomy.factories import AgeRangeFactory, SubjectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def france():
    return Country.objects.get(iso2="FR")


@pytest.fixture
def italy():
    return Country.objects.get(iso2="IT")


def copies(user):
    """The copies as they are in the database."""
    return Profile.objects.get(pk=user.pk)


def bit(term):
    return 1 << term_bit(term.pk)


def test_a_teachers_account_gets_its_profile_as_it_is_made(france):
    school = SchoolFactory(country=france, name="Lycée Victor-Hugo", town="Besançon")
    user = TeacherFactory(country=france, school=school, first_name="Élodie", last_name="Brûlé")
    profile = copies(user)
    assert profile.country == france
    assert profile.is_findable
    assert profile.search_text == "elodie brule lycee victor hugo besancon"


@pytest.mark.parametrize("factory", [PupilFactory, EditorFactory])
def test_pupils_and_editors_get_no_profile(factory):
    user = factory()
    assert not Profile.objects.filter(pk=user.pk).exists()


@pytest.mark.parametrize(
    ("status", "active", "findable"),
    [
        (ValidationStatus.VALIDATED, True, True),
        (ValidationStatus.WAITING, True, False),
        (ValidationStatus.REJECTED, True, False),
        (ValidationStatus.VALIDATED, False, False),
    ],
)
def test_only_validated_active_teachers_are_findable(france, status, active, findable):
    user = TeacherFactory(country=france, validation_status=status, is_active=active)
    assert copies(user).is_findable is findable


def test_validation_and_its_withdrawal_show_and_hide_the_teacher(france):
    user = TeacherFactory(country=france, validation_status=ValidationStatus.WAITING)
    user.validation_status = ValidationStatus.VALIDATED
    user.save()
    assert copies(user).is_findable
    user.validation_status = ValidationStatus.WAITING  # e.g. after a change of school
    user.save(update_fields=["validation_status"])
    assert not copies(user).is_findable


def test_a_teacher_who_becomes_a_teacher_later_gets_a_profile(france):
    user = EditorFactory(country=france)
    user.role = "teacher"
    user.validation_status = ValidationStatus.VALIDATED
    user.save()
    assert copies(user).is_findable


def test_account_changes_reach_the_copies(france, italy):
    user = TeacherFactory(country=france, first_name="Anne", last_name="Martin")
    user.country = italy
    user.first_name = "Anna"
    user.school = SchoolFactory(country=italy, name="Liceo Galilei", town="Pisa")
    user.save()
    profile = copies(user)
    assert profile.country == italy
    assert profile.search_text == "anna martin liceo galilei pisa"


def test_a_name_left_empty_is_found_by_username(france):
    user = TeacherFactory(country=france, username="teacher-x", first_name="", last_name="")
    assert copies(user).search_text == "teacher x"


def test_a_log_in_does_not_touch_the_copies(france, django_assert_num_queries):
    user = TeacherFactory(country=france)
    with django_assert_num_queries(1):  # the UPDATE of the log-in time only
        user.save(update_fields=["last_login"])


def test_renaming_a_school_reaches_all_its_teachers(france):
    school = SchoolFactory(country=france, name="Collège Jean Moulin", town="Lyon")
    teachers = [TeacherFactory(country=france, school=school) for _ in range(3)]
    school.name = "Collège Lucie Aubrac"
    school.town = "Villeurbanne"
    school.save()
    for user in teachers:
        assert "college lucie aubrac villeurbanne" in copies(user).search_text


def test_presentation_and_topic_are_searchable(france):
    user = TeacherFactory(country=france, first_name="Anne", last_name="Martin")
    profile = user.profile
    profile.presentation = "J'enseigne l'ÉCOLOGIE à Nîmes."
    profile.partner_topic = "Rivières d'Europe"
    profile.save()
    assert copies(user).search_text == "anne martin j enseigne l ecologie a nimes rivieres d europe"


def test_subjects_added_removed_and_cleared_change_the_bits(france):
    science, maths = SubjectFactory(slug="science"), SubjectFactory(slug="maths")
    profile = TeacherFactory(country=france).profile
    profile.subjects.add(science, maths)
    assert copies(profile.user).subject_bits == bit(science) | bit(maths)
    profile.subjects.remove(maths)
    assert copies(profile.user).subject_bits == bit(science)
    profile.subjects.set([maths])
    assert copies(profile.user).subject_bits == bit(maths)
    profile.subjects.clear()
    assert copies(profile.user).subject_bits == 0


def test_age_ranges_change_the_bits(france):
    young, older = AgeRangeFactory(slug="7-11"), AgeRangeFactory(slug="12-15")
    profile = TeacherFactory(country=france).profile
    profile.age_ranges.set([young, older])
    assert copies(profile.user).age_bits == bit(young) | bit(older)
    profile.age_ranges.remove(young)
    assert copies(profile.user).age_bits == bit(older)


def test_deleting_a_term_clears_its_bit(france):
    science, maths = SubjectFactory(slug="science"), SubjectFactory(slug="maths")
    profile = TeacherFactory(country=france).profile
    profile.subjects.set([science, maths])
    maths.delete()
    assert copies(profile.user).subject_bits == bit(science)


def test_languages_saved_and_deleted_change_the_bits(france):
    profile = TeacherFactory(country=france).profile
    french = SpokenLanguage.objects.create(profile=profile, code="fr")
    SpokenLanguage.objects.create(profile=profile, code="ar")
    assert copies(profile.user).language_bits == language_bits(["fr", "ar"])
    french.delete()
    assert copies(profile.user).language_bits == language_bits(["ar"])


def test_deleting_a_teacher_does_not_refresh_each_of_their_languages(france):
    counts = []
    for codes in (["fr"], ["fr", "en", "de", "it"]):
        profile = TeacherFactory(country=france).profile
        SpokenLanguage.objects.bulk_create(SpokenLanguage(profile=profile, code=code) for code in codes)
        with CaptureQueriesContext(connection) as queries:
            profile.user.delete()
        counts.append(len(queries))
        assert not SpokenLanguage.objects.filter(profile_id=profile.pk).exists()
    assert counts[0] == counts[1]


def test_languages_deleted_together_refresh_the_bits(france):
    profile = TeacherFactory(country=france).profile
    SpokenLanguage.objects.bulk_create(SpokenLanguage(profile=profile, code=code) for code in ("fr", "en", "de"))
    profile.languages.exclude(code="fr").delete()
    assert copies(profile.user).language_bits == language_bits(["fr"])


def test_a_language_without_a_bit_is_kept_but_does_not_rank(france):
    profile = TeacherFactory(country=france).profile
    SpokenLanguage.objects.create(profile=profile, code="yue")  # Cantonese: CLDR, not in RANKED_LANGUAGES
    assert profile.languages.get().code == "yue"
    assert copies(profile.user).language_bits == 0


def test_the_ranked_languages_fit_in_a_bigint_without_its_sign():
    assert len(RANKED_LANGUAGES) == len(set(RANKED_LANGUAGES)) == BITS == 63
    assert language_bits(RANKED_LANGUAGES) == (1 << 63) - 1


def test_a_terms_bit_is_its_key_modulo_63():
    assert term_bit(5) == 5
    assert term_bit(70) == 7
    assert term_bits([5, 68]) == 1 << 5  # keys 63 apart share a bit: they only rank alike
    assert term_bits([62]) < 2**63


def test_bulk_changes_are_refreshed_on_request(france):
    """QuerySet.update sends no signal: code that uses it refreshes the copies itself."""
    user = TeacherFactory(country=france, first_name="Anne")
    type(user).objects.filter(pk=user.pk).update(first_name="Annie", validation_status=ValidationStatus.REJECTED)
    Profile.objects.filter(pk=user.pk).refresh_search_fields()
    profile = copies(user)
    assert profile.search_text.startswith("annie")
    assert not profile.is_findable


def test_the_migration_gives_existing_teachers_a_profile(france):
    """Teachers whose account was made before Live (live/migrations/0002) get a findable profile."""
    user = TeacherFactory(country=france, first_name="Anne", last_name="Martin")
    Profile.objects.filter(pk=user.pk).delete()
    PupilFactory()
    migration = importlib.import_module("live.migrations.0002_partner_search")
    migration.give_teachers_profiles(apps, None)
    profile = copies(user)
    assert (profile.country, profile.is_findable, profile.search_text) == (france, True, "anne martin")
    assert Profile.objects.count() == Profile.objects.filter(user__role="teacher").count()
