"""The demo's history for the statistics (demo.statistics): generated teachers joined over the past
years, most in the last twelve months and at least one per country, logged in since, their schools
dated from their first teacher; the same every time, and a second run changes nothing."""

import datetime

import pytest
from django.utils import timezone

from accounts.models import User
from demo.statistics import spread_demo_history
from demo.teachers import generate_teachers
from schools.models import School

pytestmark = pytest.mark.django_db

TEACHERS = 40


@pytest.fixture
def generated():
    generate_teachers(TEACHERS)
    return User.objects.filter(username__startswith="gen-")


def dates(teachers):
    return sorted(teachers.values_list("username", "date_joined", "last_login"))


def test_generated_teachers_get_a_history_every_country_shows(generated):
    now = timezone.now()
    assert spread_demo_history(now) == TEACHERS
    year_ago = now - datetime.timedelta(days=365)
    for _username, joined, last_login in dates(generated):
        assert now - datetime.timedelta(days=3 * 365 + 1) <= joined <= last_login <= now
    recent = generated.filter(date_joined__gte=year_ago)
    assert set(recent.values_list("country__iso2", flat=True)) == {"FR", "IT"}
    assert recent.count() > TEACHERS / 2
    assert generated.filter(last_login__gte=now - datetime.timedelta(days=30)).exists()
    for school in School.objects.filter(teachers__in=generated).distinct():
        assert school.created_at == min(teacher.date_joined for teacher in school.teachers.all())


def test_spreading_again_changes_nothing(generated):
    now = timezone.now()
    spread_demo_history(now)
    before = dates(generated)
    assert spread_demo_history(now + datetime.timedelta(days=3)) == 0
    assert dates(generated) == before


def test_the_same_teachers_get_the_same_dates(generated):
    now = timezone.now()
    spread_demo_history(now)
    first = dates(generated)
    generated.update(last_login=None)
    spread_demo_history(now)
    assert dates(generated) == first
