"""The teacher generator (manage.py generate_teachers, demo.teachers): plausible teachers with schools and
full profiles whose search copies are what the portal itself would compute, made once, never in
production. Runs on the tests' world (France and Italy), without the demo data."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from accounts.models import Role, User, ValidationStatus
from countries.factories import CountryFactory
from demo.teachers import COUNTRIES, SCHOOL_NAMES
from live.models import SEARCH_PARTS, Profile
from schools.models import School
from taxonomy.factories import AgeRangeFactory, SubjectFactory

pytestmark = pytest.mark.django_db

COPIES = [name for names in SEARCH_PARTS.values() for name in names]


@pytest.fixture(autouse=True)
def taxonomies():
    for slug in ("mathematics", "history", "music", "biology"):
        SubjectFactory(slug=slug)
    for slug in ("7-11", "12-15", "16-19"):
        AgeRangeFactory(slug=slug, name_en=f"{slug.replace('-', ' to ')} years")


def generated():
    return User.objects.filter(username__startswith="gen-")


def generate(count, **options):
    call_command("generate_teachers", count, verbosity=0, **options)


def test_it_makes_teachers_with_schools_and_profiles():
    generate(30)
    teachers = generated()
    assert teachers.count() == 30
    assert set(teachers.values_list("role", flat=True)) == {Role.TEACHER}
    assert set(teachers.values_list("username", flat=True)) == {f"gen-{number:05d}" for number in range(1, 31)}
    assert teachers.filter(school__isnull=True).count() == 0
    assert set(teachers.values_list("country__iso2", flat=True)) <= {"FR", "IT"}  # the world's countries
    assert School.objects.filter(teachers__in=teachers).distinct().count() < 30  # teachers share schools
    assert Profile.objects.filter(user__in=teachers).count() == 30


def test_most_are_validated_and_findable_some_look_for_partners():
    generate(60)
    profiles = Profile.objects.filter(user__in=generated())
    assert profiles.filter(is_findable=True).count() >= 50
    waiting = generated().filter(validation_status=ValidationStatus.WAITING)
    assert not profiles.filter(user__in=waiting, is_findable=True).exists()
    looking = profiles.filter(looking_for_partners=True)
    assert 10 <= looking.count() <= 40
    assert not looking.filter(partner_topic="").exists()
    assert not profiles.exclude(looking_for_partners=True).exclude(partner_topic="").exists()


def test_profiles_are_full_and_active_within_a_year():
    generate(30)
    now = timezone.now()
    for profile in Profile.objects.filter(user__in=generated()).prefetch_related("subjects", "age_ranges"):
        assert profile.subjects.exists()
        assert profile.age_ranges.exists()
        assert profile.languages.exists()
        assert profile.user.school.name in profile.presentation
        assert now - timedelta(days=366) < profile.last_active_at <= now


def test_the_search_copies_are_those_the_portal_would_compute():
    generate(30)
    profiles = Profile.objects.filter(user__in=generated())
    written = {profile.pk: [getattr(profile, name) for name in COPIES] for profile in profiles}
    profiles.refresh_search_fields()
    assert {profile.pk: [getattr(profile, name) for name in COPIES] for profile in profiles.all()} == written


def test_names_schools_and_languages_are_plausible_for_the_country():
    generate(40)
    french = generated().filter(country__iso2="FR").select_related("school")
    assert french.exists()
    french_patterns = tuple(pattern.split(" {")[0] for pattern, _type in SCHOOL_NAMES["fr"])
    for user in french:
        assert user.first_name and user.last_name
        assert user.school.country.iso2 == "FR"
        assert user.school.town in COUNTRIES["FR"][2]
        assert user.school.name.startswith(french_patterns)
        assert user.language == "fr"
        assert user.profile.languages.filter(code="fr").exists()
        assert user.check_password(settings.DEMO_PASSWORD)


def test_running_it_again_changes_nothing_and_more_adds_the_missing():
    generate(20, seed=7)
    generate(20, seed=7)
    assert generated().count() == 20
    generate(25, seed=7)
    assert generated().count() == 25
    assert generated().filter(username="gen-00025").exists()


def test_the_same_seed_makes_the_same_teachers():
    generate(10, seed=3)
    first = list(generated().order_by("username").values_list("first_name", "last_name", "country__iso2"))
    schools = list(School.objects.filter(teachers__in=generated()).distinct().values_list("pk", flat=True))
    generated().delete()
    School.objects.filter(pk__in=schools).delete()
    generate(10, seed=3)
    again = list(generated().order_by("username").values_list("first_name", "last_name", "country__iso2"))
    assert again == first


def test_countries_the_generator_does_not_know_get_english_names():
    CountryFactory(iso2="XQ", name_en="Testland")
    generate(120)
    teachers = generated().filter(country__iso2="XQ").select_related("school")
    assert teachers.exists()
    for user in teachers:
        assert user.first_name.isascii() and user.school.town
        assert user.profile.languages.filter(code="en").exists()


def test_it_is_refused_where_demo_data_is_not_allowed(settings):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(CommandError, match="DEMO_DATA_ALLOWED"):
        generate(5)
    assert not generated().exists()
