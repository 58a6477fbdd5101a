"""Central editors manage accounts in Settings → Users, with the portal's fields."""

import pytest
from django.conf import settings

from accounts.factories import TeacherFactory
from accounts.models import Role, User
from countries.factories import CountryFactory
from countries.models import Country
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def germany():
    """The country of the national editor created in these tests (the world has France and Italy)."""
    return CountryFactory(iso2="DE", name_en="Germany", name_de="Deutschland")


def new_user_data(**overrides):
    data = {
        "username": "nss-de",
        "email": "nss-de@example.org",
        "first_name": "Jonas",
        "last_name": "Becker",
        "password1": "a-long-unusual-passphrase-42",
        "password2": "a-long-unusual-passphrase-42",
        "role": Role.EDITOR,
        "country": Country.objects.get(iso2="DE").pk,
        "validation_status": "validated",
    }
    data.update(overrides)
    return data


def test_the_user_form_shows_the_portals_fields(admin_client):
    page = soup(admin_client.get("/admin/users/new/"))
    for name in ("role", "country", "validation_status"):
        assert page.select_one(f'[name="{name}"]') is not None, name


def test_central_editor_creates_a_national_editor(admin_client):
    response = admin_client.post("/admin/users/new/", new_user_data())
    assert response.status_code == 302
    user = User.objects.get(username="nss-de")
    assert user.role == Role.EDITOR
    assert user.country.iso2 == "DE"


def test_a_teacher_without_country_is_refused_with_a_clear_message(admin_client):
    response = admin_client.post("/admin/users/new/", new_user_data(role=Role.TEACHER, country=""))
    assert response.status_code == 200
    assert not User.objects.filter(username="nss-de").exists()
    page = soup(response)
    assert "A teacher's account needs a country." in page.get_text()
    assert page.select_one('[name="username"]')["value"] == "nss-de"


def test_a_second_account_with_the_same_email_is_refused(admin_client):
    TeacherFactory(username="teacher-fr", email="teacher-fr@example.org", country=CountryFactory(iso2="FR"))
    response = admin_client.post("/admin/users/new/", new_user_data(email="TEACHER-FR@example.org"))
    assert response.status_code == 200
    assert "An account with this e-mail address already exists." in soup(response).get_text()


def test_national_editor_cannot_manage_accounts(client):
    client.login(username="nss-fr", password=settings.DEMO_PASSWORD)
    response = client.get("/admin/users/")
    assert response.status_code in (302, 403)
    assert client.post("/admin/users/new/", new_user_data()).status_code in (302, 403)
    assert not User.objects.filter(username="nss-de").exists()
