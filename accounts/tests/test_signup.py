"""A teacher's sign-up: what is asked, what is made, and bad input answered with a clear message,
what was typed kept and nothing saved."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client

from accounts.factories import TeacherFactory
from accounts.models import Role, User, ValidationStatus
from accounts.tests.helpers import is_logged_in, link_in, path_of
from countries.factories import CountryFactory
from tests.helpers import soup, translated

pytestmark = pytest.mark.django_db

STRONG_PASSWORD = "Lighthouse-Orchard-42"


@pytest.fixture
def signup_data(france):
    return {
        "first_name": "Élodie",
        "last_name": "Marchand",
        "email": "elodie.marchand@ecole.example",
        "username": "elodie",
        "country": str(france.pk),
        "language": "fr",
        "password1": STRONG_PASSWORD,
        "password2": STRONG_PASSWORD,
    }


def sign_up(client, data, language="en"):
    return client.post(f"/{language}/accounts/signup/", data)


def counts():
    return User.objects.count(), EmailAddress.objects.count(), len(mail.outbox)


def field_errors(response, name):
    return [item.get_text(strip=True) for item in soup(response).select(f"#id_{name}_errors li")]


def test_the_form_asks_for_names_e_mail_username_country_language_and_password(client, france):
    CountryFactory(iso2="XL", name_en="Leftland", left_on="2020-01-01")
    page = soup(client.get("/en/accounts/signup/"))
    names = [
        field["name"] for field in page.select("form.account-form [name]") if field["name"] != "csrfmiddlewaretoken"
    ]
    assert names == ["first_name", "last_name", "email", "username", "country", "language", "password1", "password2"]
    countries = [option.get_text() for option in page.select("#id_country option[value!='']")]
    assert "France" in countries and "Italy" in countries
    assert "Leftland" not in countries, "a country that left is not offered"
    # Languages are named in themselves, each marked with its language.
    assert page.select_one("#id_language option[value=de]").get_text() == "Deutsch"
    assert page.select_one("#id_language option[value=de]")["lang"] == "de"
    assert page.select_one("#id_language option[selected]")["value"] == "en", "the page's language first"


def test_a_new_teacher_waits_for_validation_in_their_country_and_language(client, signup_data, france):
    response = sign_up(client, signup_data)
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    teacher = User.objects.get(username="elodie")
    assert (teacher.role, teacher.validation_status) == (Role.TEACHER, ValidationStatus.WAITING)
    assert (teacher.country, teacher.language) == (france, "fr")
    assert (teacher.first_name, teacher.last_name, teacher.email) == ("Élodie", "Marchand", signup_data["email"])
    assert teacher.school is None, "the school is chosen after the e-mail is confirmed"
    assert not is_logged_in(client), "not before the e-mail address is confirmed"
    assert EmailAddress.objects.get(user=teacher).verified is False


def test_the_verification_page_says_what_comes_next(client, signup_data):
    response = client.get(path_of(sign_up(client, signup_data)["Location"]))
    text = soup(response).main.get_text(" ", strip=True)
    assert "choose your school and send the evidence your country asks for" in text


def test_confirming_the_e_mail_logs_in_and_leads_to_live_in_the_chosen_language(client, signup_data):
    sign_up(client, signup_data)
    link = path_of(link_in(mail.outbox[0], "/accounts/confirm-email/"))
    assert link.startswith("/fr/accounts/confirm-email/"), "the link leads to the teacher's language"
    assert client.get(link).status_code == 200
    response = client.post(link)
    assert response.status_code == 302
    assert response["Location"] == "/fr/live/"
    assert is_logged_in(client)
    assert EmailAddress.objects.get(email=signup_data["email"]).verified


def test_a_weak_password_is_refused_and_what_was_typed_is_kept(client, signup_data):
    before = counts()
    response = sign_up(client, {**signup_data, "password1": "12345678", "password2": "12345678"})
    assert response.status_code == 200
    assert field_errors(response, "password1") == [
        "This password is too common.",
        "This password is entirely numeric.",
    ]
    page = soup(response)
    assert page.select_one("#id_first_name")["value"] == "Élodie"
    assert page.select_one("#id_email")["value"] == signup_data["email"]
    assert page.select_one("#id_username")["value"] == "elodie"
    assert page.select_one("#id_country option[selected]")["value"] == signup_data["country"]
    assert page.select_one("#id_language option[selected]")["value"] == "fr"
    assert page.select_one("#id_password1")["aria-invalid"] == "true"
    assert "id_password1_errors" in page.select_one("#id_password1")["aria-describedby"]
    assert page.select_one(".account-form__errors[role=alert]")
    assert counts() == before


def test_different_passwords_are_refused(client, signup_data):
    before = counts()
    response = sign_up(client, {**signup_data, "password2": STRONG_PASSWORD + "!"})
    assert field_errors(response, "password2") == ["You must type the same password each time."]
    assert counts() == before


@pytest.mark.parametrize("country", ["999999", "France", "", "1 OR 1=1"])
def test_a_made_up_country_is_refused(client, signup_data, country):
    before = counts()
    response = sign_up(client, {**signup_data, "country": country})
    assert response.status_code == 200
    expected = "This field is required." if not country else "Choose one of the countries taking part."
    assert field_errors(response, "country") == [expected]
    assert counts() == before


def test_a_country_that_left_is_refused(client, signup_data):
    left = CountryFactory(iso2="XL", left_on="2020-01-01")
    response = sign_up(client, {**signup_data, "country": str(left.pk)})
    assert field_errors(response, "country") == ["Choose one of the countries taking part."]
    assert not User.objects.filter(username="elodie").exists()


def test_an_unknown_language_is_refused(client, signup_data):
    response = sign_up(client, {**signup_data, "language": "xx"})
    assert field_errors(response, "language") == ["Select a valid choice. xx is not one of the available choices."]
    assert not User.objects.filter(username="elodie").exists()


@pytest.mark.parametrize("username", ["elodie", "ELODIE", "Elodie"])
def test_a_username_taken_in_any_case_is_refused(client, signup_data, username):
    TeacherFactory(username="elodie")
    before = counts()
    response = sign_up(client, {**signup_data, "username": username})
    assert field_errors(response, "username") == ["A user with that username already exists."]
    assert counts() == before


def test_a_username_with_an_at_sign_is_refused(client, signup_data):
    """At log-in a name with "@" is read as an e-mail address: such a username could never be used."""
    response = sign_up(client, {**signup_data, "username": "elodie@ecole"})
    assert field_errors(response, "username") == ["A username cannot contain “@”."]
    assert not User.objects.exists() or not User.objects.filter(username="elodie@ecole").exists()


def test_too_long_names_are_refused(client, signup_data):
    before = counts()
    response = sign_up(client, {**signup_data, "first_name": "É" * 151, "username": "e" * 151})
    assert response.status_code == 200
    assert field_errors(response, "first_name") == ["Ensure this value has at most 150 characters (it has 151)."]
    assert field_errors(response, "username") == ["Ensure this value has at most 150 characters (it has 151)."]
    assert counts() == before


def test_an_empty_form_says_what_is_missing(client):
    response = sign_up(client, {})
    assert response.status_code == 200
    for name in ("first_name", "last_name", "email", "username", "country", "password1", "password2"):
        assert field_errors(response, name) == ["This field is required."], name


def test_the_form_in_another_language(client):
    page = soup(client.get("/de/accounts/signup/"))
    assert page.html["lang"] == "de"
    assert page.select_one("label[for=id_first_name]").get_text(strip=True) == translated("First name", "de")
    assert page.select_one("#id_language option[selected]")["value"] == "de"


def answer_to_sign_up(data):
    """The sign-up's answer and the page it leads to, the typed e-mail blanked out, for a new visitor."""
    client = Client(HTTP_HOST="localhost")
    response = sign_up(client, data)
    page = soup(client.get(response["Location"])).main.get_text(" ", strip=True)
    return response.status_code, response["Location"], page.replace(data["email"].lower(), "…")


@pytest.mark.parametrize("typed", ["teacher-fr@example.org", "Teacher-FR@Example.ORG"])
def test_a_registered_e_mail_in_any_case_gets_the_same_answer_as_a_new_one(signup_data, typed):
    """No way to find out whether an e-mail is registered: the same answer, and the owner is told by e-mail."""
    owner = TeacherFactory(username="teacher-fr", email="teacher-fr@example.org", language="it")
    new_answer = answer_to_sign_up(signup_data)
    mail.outbox.clear()
    users = User.objects.count()

    answer = answer_to_sign_up({**signup_data, "email": typed, "username": "someone-else"})

    assert answer == new_answer
    assert User.objects.count() == users, "no second account"
    assert not User.objects.filter(username="someone-else").exists()
    [message] = mail.outbox
    assert message.to == [typed.lower()]
    assert message.subject == translated("Account Already Exists", "it"), "in the owner's language"
    assert owner.emailaddress_set.count() == 1


def test_an_e_mail_of_an_account_made_in_the_admin_is_recognised_in_any_case(client, signup_data):
    """An account made in the admin has no allauth address; its e-mail may be written in capitals."""
    User.objects.create_user("made-in-admin", email="Head.Teacher@Ecole.example", role=Role.EDITOR)
    response = sign_up(client, {**signup_data, "email": "head.teacher@ecole.example"})
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert not User.objects.filter(username="elodie").exists()
    assert mail.outbox[0].subject == translated("Account Already Exists", "en")
