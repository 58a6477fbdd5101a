"""E-mails go out in the recipient's language, as text and HTML, with links to pages in that language;
a password reset answers alike whether the address is registered or not."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core import mail

from accounts.adapter import send_portal_mail
from accounts.factories import TeacherFactory
from accounts.tests.helpers import is_logged_in, link_in, log_in, path_of
from tests.helpers import translated

pytestmark = pytest.mark.django_db

STRONG_PASSWORD = "Lighthouse-Orchard-42"


def html_part(message):
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return BeautifulSoup(html, "html.parser")


def ask_for_reset(client, email, language="en"):
    return client.post(f"/{language}/accounts/password/reset/", {"email": email})


def test_a_teacher_who_chose_german_gets_the_verification_in_german_as_text_and_html(client, france):
    client.post(
        "/en/accounts/signup/",
        {
            "first_name": "Jonas",
            "last_name": "Weber",
            "email": "jonas.weber@schule.example",
            "username": "jonas",
            "country": str(france.pk),
            "language": "de",
            "password1": STRONG_PASSWORD,
            "password2": STRONG_PASSWORD,
        },
    )
    [message] = mail.outbox
    assert message.to == ["jonas.weber@schule.example"]
    # allauth's own German catalogue.
    assert message.subject == translated("Please Confirm Your Email Address", "de")
    assert message.subject != "Please Confirm Your Email Address"
    link = link_in(message, "/accounts/confirm-email/")
    assert path_of(link).startswith("/de/accounts/confirm-email/")

    html = html_part(message)
    assert html.html["lang"] == "de"
    assert html.title.get_text() == message.subject
    assert html.find("a", href=link), "the link is clickable"
    assert "Twinning" in html.get_text(), "the site's name, not the host name of the request"
    assert not html.find("script")


def test_a_password_reset_mail_is_in_the_accounts_language_wherever_it_was_asked(client, france):
    TeacherFactory(username="claire", email="claire@ecole.example", country=france, language="fr")
    response = ask_for_reset(client, "Claire@Ecole.example", language="en")
    assert response["Location"] == "/en/accounts/password/reset/done/"
    [message] = mail.outbox
    assert message.subject == translated("Password Reset Email", "fr")
    link = path_of(link_in(message, "/accounts/password/reset/key/"))
    assert link.startswith("/fr/accounts/password/reset/key/")
    assert html_part(message).html["lang"] == "fr"

    # The link works: a new password, then log-in with it.
    form_page = client.get(link)
    assert form_page.status_code == 302
    set_password = client.post(form_page["Location"], {"password1": STRONG_PASSWORD, "password2": STRONG_PASSWORD})
    assert set_password["Location"] == "/fr/accounts/password/reset/key/done/"
    log_in(client, "claire", STRONG_PASSWORD)
    assert is_logged_in(client)


def test_a_password_reset_answers_alike_whether_the_address_is_registered_or_not(client, france):
    TeacherFactory(username="claire", email="claire@ecole.example", country=france)
    registered = ask_for_reset(client, "claire@ecole.example")
    unknown = ask_for_reset(client, "nobody@ecole.example")
    assert (registered.status_code, registered["Location"]) == (unknown.status_code, unknown["Location"])
    assert [message.to for message in mail.outbox] == [["claire@ecole.example"], ["nobody@ecole.example"]]
    assert "/accounts/password/reset/key/" not in mail.outbox[1].body, "no reset for an address with no account"


def test_a_mail_to_an_account_is_in_its_language_not_the_pages(client, france, rf):
    """send_portal_mail, which the other apps use: the recipient's preferred language wins."""
    teacher = TeacherFactory(country=france, language="it")
    send_portal_mail("account/email/unknown_account", teacher, {"signup_url": "http://localhost/it/", "language": "de"})
    [message] = mail.outbox
    assert message.to == [teacher.email]
    assert message.subject == translated("Unknown Account", "it")
    assert html_part(message).html["lang"] == "it"


def test_a_mail_to_an_address_is_in_the_language_it_was_asked_in():
    send_portal_mail("account/email/unknown_account", "head@ecole.example", {"signup_url": "x", "language": "pl"})
    assert mail.outbox[0].subject == translated("Unknown Account", "pl")


def test_a_teacher_is_told_in_their_language_when_their_password_changes(client):
    teacher = TeacherFactory(language="it")
    client.force_login(teacher)
    response = client.post(
        "/it/accounts/password/change/",
        {"oldpassword": settings.DEMO_PASSWORD, "password1": STRONG_PASSWORD, "password2": STRONG_PASSWORD},
    )
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == [teacher.email]
    assert message.subject != "Password Changed", "the subject is in Italian"
    assert html_part(message).find("html")["lang"] == "it"
