import pytest
from django.contrib.auth import authenticate
from django.db import IntegrityError, transaction

from accounts.factories import PupilFactory, TeacherFactory
from accounts.models import Role, User, ValidationStatus
from countries.factories import CountryFactory

pytestmark = pytest.mark.django_db
PASSWORD = "twinning-demo-2026"


def test_teacher_logs_in_with_email_or_username():
    teacher = TeacherFactory(username="maria", email="Maria@School.example")
    assert authenticate(username="maria", password=PASSWORD) == teacher
    assert authenticate(username="maria@school.example", password=PASSWORD) == teacher
    assert authenticate(username="maria@school.example", password="wrong") is None


def test_pupil_logs_in_with_username_only():
    pupil = PupilFactory(username="pupil-x")
    assert authenticate(username="pupil-x", password=PASSWORD) == pupil
    assert authenticate(username="nobody", password=PASSWORD) is None


def test_one_email_address_one_account_whatever_its_case():
    TeacherFactory(email="same@school.example")
    with pytest.raises(IntegrityError), transaction.atomic():
        TeacherFactory(email="SAME@school.example")


def test_many_pupils_without_email_are_allowed():
    PupilFactory.create_batch(3)
    assert User.objects.filter(role=Role.PUPIL, email="").count() >= 3


def test_a_pupil_cannot_have_an_email_address():
    with pytest.raises(IntegrityError), transaction.atomic():
        PupilFactory(email="pupil@school.example")


def test_a_teacher_needs_a_country():
    with pytest.raises(IntegrityError), transaction.atomic():
        TeacherFactory(country=None)


def test_only_validated_teachers_count_as_validated():
    france = CountryFactory(iso2="FR")
    TeacherFactory(username="teacher-fr", country=france)
    TeacherFactory(username="teacher-new", country=france, validation_status=ValidationStatus.WAITING)
    PupilFactory(username="pupil-fr-1", country=france)
    assert User.objects.get(username="teacher-fr").is_validated_teacher
    assert not User.objects.get(username="teacher-new").is_validated_teacher
    assert not User.objects.get(username="pupil-fr-1").is_validated_teacher


def test_an_editor_reaches_the_admin_and_a_teacher_does_not(client):
    TeacherFactory(username="teacher-fr", country=CountryFactory(iso2="FR"))
    assert client.login(username="nss-fr", password=PASSWORD)
    assert client.get("/admin/").status_code == 200
    client.logout()
    assert client.login(username="teacher-fr", password=PASSWORD)
    assert client.get("/admin/").status_code == 302
