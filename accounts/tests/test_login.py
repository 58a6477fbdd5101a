"""The portal's log-in and log-out: by username or e-mail, where they lead, pupils turned away, and
answers that do not tell whether an account exists."""

import pytest
from django.core import mail

from accounts.factories import EditorFactory, PupilFactory, TeacherFactory
from accounts.tests.helpers import is_logged_in, log_in
from tests.helpers import soup, translated

pytestmark = pytest.mark.django_db


@pytest.fixture
def teacher(france):
    return TeacherFactory(username="claire", email="claire.dubois@ecole.example", country=france, language="fr")


def errors(response):
    return soup(response).select_one(".account-form__errors").get_text(" ", strip=True)


@pytest.mark.parametrize("login", ["claire", "CLAIRE", "claire.dubois@ecole.example", "Claire.Dubois@Ecole.EXAMPLE"])
def test_a_teacher_logs_in_by_username_or_e_mail_and_lands_on_live_in_their_language(client, teacher, login):
    response = log_in(client, login, language="en")
    assert response.status_code == 302
    assert response["Location"] == "/fr/live/"
    assert client.session["_auth_user_id"] == str(teacher.pk)


def test_next_wins_over_live(client, teacher, settings):
    response = client.post(
        "/en/accounts/login/?next=/en/kits/", {"login": "claire", "password": settings.DEMO_PASSWORD}
    )
    assert response["Location"] == "/en/kits/"


def test_a_next_address_on_another_site_is_ignored(client, teacher, settings):
    response = client.post(
        "/en/accounts/login/?next=https://evil.example/", {"login": "claire", "password": settings.DEMO_PASSWORD}
    )
    assert response["Location"] == "/fr/live/"


def test_the_log_in_page_keeps_next_in_its_form(client):
    page = soup(client.get("/en/accounts/login/?next=/en/live/partners/"))
    assert page.select_one("form.account-form input[name=next]")["value"] == "/en/live/partners/"


def test_an_editor_lands_in_the_admin(client):
    assert log_in(client, "nss-fr@example.org")["Location"] == "/admin/"


def test_an_account_without_live_or_the_admin_lands_home_in_its_language(client):
    EditorFactory(username="no-team-yet", language="it")
    assert log_in(client, "no-team-yet")["Location"] == "/it/"


def test_a_pupil_is_told_to_use_the_pupil_log_in_and_is_not_logged_in(client):
    PupilFactory(username="pupil-leo")
    response = log_in(client, "pupil-leo", language="de")
    assert response.status_code == 200
    assert errors(response) == translated(
        "This log-in is for teachers. Pupils log in on their project's pupil log-in page; "
        "ask your teacher for its address.",
        "de",
    )
    assert not is_logged_in(client)


def test_a_pupil_with_a_wrong_password_gets_the_usual_answer(client):
    """Only who knows the pupil's password learns that the account is a pupil's."""
    PupilFactory(username="pupil-leo")
    assert errors(log_in(client, "pupil-leo", "wrong")) == errors(log_in(client, "nobody-at-all", "wrong"))


@pytest.mark.parametrize(
    ("known", "unknown"),
    [("claire", "nobody-at-all"), ("claire.dubois@ecole.example", "nobody@ecole.example")],
)
def test_a_wrong_password_and_an_unknown_account_get_the_same_answer(client, teacher, known, unknown):
    wrong_password = log_in(client, known, "wrong")
    no_account = log_in(client, unknown, "wrong")
    assert wrong_password.status_code == no_account.status_code == 200
    assert errors(wrong_password) == errors(no_account)
    assert not is_logged_in(client)
    assert mail.outbox == []


def test_what_was_typed_is_kept_but_not_the_password(client, teacher):
    page = soup(log_in(client, "claire.dubois@ecole.example", "wrong"))
    assert page.select_one("#id_login")["value"] == "claire.dubois@ecole.example"
    assert not page.select_one("#id_password").get("value")


def test_an_unconfirmed_e_mail_address_is_asked_to_be_confirmed_first(client, france):
    TeacherFactory(username="new-teacher", country=france, verified_email=False)
    response = log_in(client, "new-teacher")
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert not is_logged_in(client)
    assert len(mail.outbox) == 1


def test_log_out_is_a_post_and_leads_home_in_the_language_being_read(client, teacher):
    client.force_login(teacher)
    page = client.get("/de/accounts/logout/")
    assert page.status_code == 200, "a link only shows the question"
    assert is_logged_in(client)
    response = client.post("/de/accounts/logout/")
    assert response["Location"] == "/de/"
    assert not is_logged_in(client)


def test_no_message_is_left_waiting_after_log_in_and_log_out(client, teacher):
    """Public pages show no messages; a "signed in" note would pop up later on an unrelated page."""
    log_in(client, "claire")
    client.post("/en/accounts/logout/")
    log_in(client, "claire")
    assert not soup(client.get("/en/accounts/preferences/")).select(".account-message")
