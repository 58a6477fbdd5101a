"""Every page of django-allauth (account and two-factor) comes in the portal's page, with the portal's
forms: one h1, every field labelled, errors tied to their field, no inline style or script (the
Content Security Policy would block them). The browser tests run axe over some of them
(tests/browser/test_accounts_pages.py)."""

import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from accounts.factories import TeacherFactory
from accounts.tests.helpers import log_in
from tests.helpers import soup

pytestmark = pytest.mark.django_db

ANONYMOUS_PAGES = [
    "/en/accounts/login/",
    "/en/accounts/signup/",
    "/en/accounts/password/reset/",
    "/en/accounts/password/reset/done/",
    "/en/accounts/confirm-email/",
    "/en/accounts/confirm-email/no-such-key/",
    "/en/accounts/password/reset/key/1-no-such-key/",
    "/en/accounts/inactive/",
]
ACCOUNT_PAGES = [
    "/en/accounts/preferences/",
    "/en/accounts/email/",
    "/en/accounts/password/change/",
    "/en/accounts/logout/",
    "/en/accounts/reauthenticate/",
    "/en/accounts/2fa/",
    "/en/accounts/2fa/totp/activate/",
]
TWO_FACTOR_PAGES = [
    "/en/accounts/2fa/",
    "/en/accounts/2fa/recovery-codes/",
    "/en/accounts/2fa/recovery-codes/generate/",
    "/en/accounts/2fa/totp/deactivate/",
    "/en/accounts/2fa/reauthenticate/",
]


@pytest.fixture
def teacher(france):
    return TeacherFactory(username="claire", country=france)


@pytest.fixture
def reauthenticated(client, teacher, settings):
    """Logged in, with the password given again just now (as allauth asks before two-factor changes)."""
    client.force_login(teacher)
    client.post("/en/accounts/reauthenticate/", {"password": settings.DEMO_PASSWORD})
    return client


def assert_portal_page(response):
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"], "never kept by a cache"
    page = soup(response)
    assert page.html["lang"] == "en"
    assert "account-page" in page.body["class"]
    assert page.select_one(".site-header .account-menu") and page.select_one(".site-footer")
    assert len(page.select("h1")) == 1
    assert not page.select("[style]"), "no inline style"
    for script in page.select("script"):
        assert script.get("src") or script.get("type") == "application/json", "no inline script"
    main = page.main
    for field in main.select("input, select, textarea"):
        if field.get("type") in ("hidden", "submit"):
            continue
        assert field.get("id") and main.select_one(f'label[for="{field["id"]}"]'), f"{field} has no label"
        for described_by in field.get("aria-describedby", "").split():
            assert main.select_one(f"#{described_by}"), f"{field} is described by a missing element"
    for form in main.select("form"):
        if form.select("input:not([type=hidden]), select, textarea, button"):
            assert "account-form" in form.get("class", []), form
    for button in main.select("form.account-form button"):
        assert "button" in button["class"]
    return page


@pytest.mark.parametrize("path", ANONYMOUS_PAGES)
def test_the_pages_before_log_in(client, path):
    assert_portal_page(client.get(path))


@pytest.mark.parametrize("path", ACCOUNT_PAGES)
def test_the_pages_of_an_account(reauthenticated, path):
    page = assert_portal_page(reauthenticated.get(path))
    if path not in ("/en/accounts/reauthenticate/", "/en/accounts/logout/"):
        assert page.select_one(".account-nav a[aria-current=page]"), "the account's navigation marks the page"


@pytest.mark.parametrize("path", TWO_FACTOR_PAGES)
def test_the_pages_of_an_account_with_two_factor_authentication(reauthenticated, teacher, path):
    TOTP.activate(teacher, generate_totp_secret())
    RecoveryCodes.activate(teacher)
    assert_portal_page(reauthenticated.get(path))


def test_the_code_page_at_log_in(client, teacher):
    TOTP.activate(teacher, generate_totp_secret())
    assert_portal_page(client.get(log_in(client, "claire")["Location"]))


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("/en/accounts/login/", {"login": "claire", "password": "wrong"}),
        ("/en/accounts/signup/", {"email": "not-an-address", "password1": "short"}),
        ("/en/accounts/password/reset/", {"email": "not-an-address"}),
    ],
)
def test_the_pages_with_errors(client, teacher, path, data):
    page = assert_portal_page(client.post(path, data))
    assert page.select_one(".account-form__errors[role=alert]")


def test_a_password_change_with_errors(client, teacher):
    client.force_login(teacher)
    response = client.post(
        "/en/accounts/password/change/", {"oldpassword": "wrong", "password1": "x", "password2": "y"}
    )
    page = assert_portal_page(response)
    assert page.select_one("#id_oldpassword")["aria-invalid"] == "true"


def test_the_pages_in_another_language(client):
    page = soup(client.get("/fr/accounts/login/"))
    assert page.html["lang"] == "fr"
    assert page.select_one('.language-switcher a[hreflang="de"]')["href"] == "/de/accounts/login/"
