"""The portal's log-in (django-allauth's form) is throttled by the same rules as the admin's
(test_login_throttling.py): per account whatever form of its name is typed, and per address, with the
translated pause page; and the two log-ins share one count."""

import pytest
from allauth.account.forms import LoginForm
from django.conf import settings

from accounts.factories import TeacherFactory
from accounts.tests.helpers import is_logged_in, log_in
from accounts.throttling import account_key
from tests.helpers import soup, translated

pytestmark = pytest.mark.django_db

TEACHER_EMAIL = "teacher-fr@example.org"


@pytest.fixture
def teacher_fr(france):
    return TeacherFactory(username="teacher-fr", email=TEACHER_EMAIL, country=france)


@pytest.fixture
def throttled(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    return settings


def portal_login(client, login, password=None, **headers):
    return log_in(client, login, password, language="de", HTTP_ACCEPT_LANGUAGE="de", **headers)


def assert_paused(client, response):
    assert response.status_code == 429
    assert soup(response).h1.get_text(strip=True) == translated("Log-in paused", "de")
    assert not is_logged_in(client)


@pytest.mark.parametrize("login", ["teacher-fr", TEACHER_EMAIL])
def test_allauth_passes_the_name_throttling_reads(rf, teacher_fr, login):
    """allauth hands authenticate() `username=` for every log-in, and also `email=` for an e-mail."""
    form = LoginForm(request=rf.post("/"))
    form.cleaned_data = {"login": login, "password": "wrong"}
    credentials = form.user_credentials()
    assert credentials["username"] == login
    assert account_key(rf.post("/en/accounts/login/"), credentials) == "teacher-fr"


def test_repeated_failures_pause_log_in_even_with_the_right_password(client, throttled, teacher_fr):
    for _attempt in range(3):
        assert portal_login(client, "teacher-fr", "wrong").status_code in (200, 429)
    assert_paused(client, portal_login(client, "teacher-fr"))


@pytest.mark.parametrize("login", ["Teacher-FR", "TEACHER-FR", TEACHER_EMAIL, "Teacher-FR@Example.ORG"])
def test_every_form_of_the_accounts_name_is_paused(client, throttled, teacher_fr, login):
    for _attempt in range(3):
        portal_login(client, "teacher-fr", "wrong")
    assert_paused(client, portal_login(client, login))


def test_failures_under_different_forms_of_the_name_add_up(client, throttled, teacher_fr):
    for login in ("teacher-fr", "Teacher-FR", "TEACHER-FR@EXAMPLE.ORG"):
        portal_login(client, login, "wrong")
    assert_paused(client, portal_login(client, TEACHER_EMAIL))


def test_the_admin_and_the_portal_share_one_count(client, throttled, teacher_fr):
    for login in ("teacher-fr", TEACHER_EMAIL):
        client.post("/admin/login/", {"username": login, "password": "wrong"})
    portal_login(client, "Teacher-FR", "wrong")
    assert_paused(client, portal_login(client, "teacher-fr"))


def test_other_accounts_can_still_log_in(client, throttled, teacher_fr, france):
    TeacherFactory(username="teacher-it", country=france)
    for _attempt in range(3):
        portal_login(client, "teacher-fr", "wrong")
    assert portal_login(client, "teacher-it").status_code == 302


def test_another_address_can_still_log_in_to_the_account(client, throttled, teacher_fr):
    """Per account and address: failures from one address do not lock the teacher out everywhere."""
    for _attempt in range(3):
        portal_login(client, "teacher-fr", "wrong", REMOTE_ADDR="203.0.113.5")
    assert_paused(client, portal_login(client, "teacher-fr", REMOTE_ADDR="203.0.113.5"))
    assert portal_login(client, "teacher-fr", REMOTE_ADDR="198.51.100.7").status_code == 302


def test_a_successful_log_in_resets_the_count(client, throttled, teacher_fr):
    portal_login(client, "teacher-fr", "wrong")
    portal_login(client, TEACHER_EMAIL, "wrong")
    assert portal_login(client, "teacher-fr").status_code == 302
    client.post("/de/accounts/logout/")
    portal_login(client, "teacher-fr", "wrong")
    portal_login(client, "teacher-fr", "wrong")
    assert portal_login(client, "teacher-fr").status_code == 302


def test_an_unknown_name_is_paused_just_the_same(client, throttled):
    for login in ("nobody-here", "Nobody-Here", "NOBODY-HERE"):
        portal_login(client, login, "wrong")
    assert_paused(client, portal_login(client, "nObOdY-hErE", "wrong"))
    for login in ("nobody@ecole.example", "Nobody@Ecole.example", "NOBODY@ECOLE.EXAMPLE"):
        portal_login(client, login, "wrong")
    assert_paused(client, portal_login(client, "nobody@ecole.example", "wrong"))


def test_the_pause_never_names_the_account(client, throttled, teacher_fr):
    for _attempt in range(3):
        portal_login(client, TEACHER_EMAIL, "wrong")
    response = portal_login(client, TEACHER_EMAIL, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert_paused(client, response)
    assert b"teacher-fr" not in response.content.lower()
    assert int(response["Retry-After"]) == settings.AXES_COOLOFF_TIME.total_seconds()
