"""Two-factor authentication (allauth.mfa): a teacher activates an authenticator app, gets recovery
codes, and from then on the log-in asks for a code."""

import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value

from accounts.factories import TeacherFactory
from accounts.tests.helpers import is_logged_in, log_in
from tests.helpers import soup

pytestmark = pytest.mark.django_db

PERIOD = 30  # seconds, allauth's MFA_TOTP_PERIOD


@pytest.fixture(autouse=True)
def one_period_of_tolerance(settings):
    """A code made just before a 30-second boundary is still accepted just after it: without this the
    tests would fail once in a while, at the turn of a period."""
    settings.MFA_TOTP_TOLERANCE = 1


@pytest.fixture
def teacher(france):
    return TeacherFactory(username="claire", email="claire@ecole.example", country=france, language="fr")


@pytest.fixture
def teacher_with_totp(teacher):
    secret = generate_totp_secret()
    TOTP.activate(teacher, secret)
    RecoveryCodes.activate(teacher)
    return teacher, secret


def code_for(secret, periods_ahead=0):
    """What the teacher's authenticator app shows now (or in a later period)."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // PERIOD + periods_ahead))


def test_a_teacher_activates_an_authenticator_app_and_gets_recovery_codes(client, teacher, settings):
    client.force_login(teacher)
    asked = client.get("/en/accounts/2fa/totp/activate/")
    assert asked["Location"] == "/en/accounts/reauthenticate/?next=%2Fen%2Faccounts%2F2fa%2Ftotp%2Factivate%2F"
    confirmed = client.post(asked["Location"], {"password": settings.DEMO_PASSWORD})
    assert confirmed["Location"] == "/en/accounts/2fa/totp/activate/", "the password again first"
    page = client.get("/en/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    qr_code = soup(page).select_one("img.account-qr")
    assert qr_code["src"].startswith("data:image/svg+xml;base64,")
    assert qr_code["alt"]
    assert "img-src 'self' data:" in page["Content-Security-Policy"], "the policy lets the QR code show"
    secret = soup(page).select_one("#authenticator_secret")["value"]

    wrong = client.post("/en/accounts/2fa/totp/activate/", {"code": "abcdef"})
    assert wrong.status_code == 200
    assert soup(wrong).select_one("#id_code_errors")
    assert not Authenticator.objects.filter(user=teacher).exists()

    response = client.post("/en/accounts/2fa/totp/activate/", {"code": code_for(secret)})
    assert response["Location"] == "/en/accounts/2fa/recovery-codes/"
    assert set(Authenticator.objects.filter(user=teacher).values_list("type", flat=True)) == {"totp", "recovery_codes"}

    codes_page = soup(client.get(response["Location"]))
    codes = codes_page.select_one("textarea#recovery_codes").get_text().split()
    assert codes == RecoveryCodes(Authenticator.objects.get(user=teacher, type="recovery_codes")).get_unused_codes()
    assert len(codes) == 10
    assert codes_page.select_one("label[for=recovery_codes]")


def test_after_activation_the_log_in_asks_for_a_code(client, teacher_with_totp):
    teacher, secret = teacher_with_totp
    response = log_in(client, "claire")
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert not is_logged_in(client), "not before the code"
    page = soup(client.get(response["Location"]))
    assert page.select_one("label[for=id_code]")

    wrong = client.post("/en/accounts/2fa/authenticate/", {"code": "12345"})
    assert wrong.status_code == 200
    assert not is_logged_in(client)

    response = client.post("/en/accounts/2fa/authenticate/", {"code": code_for(secret)})
    assert response["Location"] == "/fr/live/"
    assert client.session["_auth_user_id"] == str(teacher.pk)


def test_a_code_serves_once(client, teacher_with_totp):
    _teacher, secret = teacher_with_totp
    code = code_for(secret)
    log_in(client, "claire")
    client.post("/en/accounts/2fa/authenticate/", {"code": code})
    client.post("/en/accounts/logout/")
    log_in(client, "claire")
    response = client.post("/en/accounts/2fa/authenticate/", {"code": code})
    assert response.status_code == 200
    assert not is_logged_in(client)


def test_a_recovery_code_logs_in_once(client, teacher_with_totp):
    teacher, _secret = teacher_with_totp
    recovery_code = RecoveryCodes.activate(teacher).get_unused_codes()[0]
    log_in(client, "claire")
    assert client.post("/en/accounts/2fa/authenticate/", {"code": recovery_code}).status_code == 302
    assert is_logged_in(client)
    client.post("/en/accounts/logout/")
    log_in(client, "claire")
    assert client.post("/en/accounts/2fa/authenticate/", {"code": recovery_code}).status_code == 200
    assert not is_logged_in(client)


def test_the_two_factor_page_shows_what_is_active(client, teacher_with_totp):
    teacher, _secret = teacher_with_totp
    client.force_login(teacher)
    page = soup(client.get("/en/accounts/2fa/"))
    assert [panel.h2.get_text(strip=True) for panel in page.select(".account-panel")] == [
        "Authenticator App",
        "Recovery Codes",
    ]
    assert page.select_one('a[href="/en/accounts/2fa/totp/deactivate/"]')
    assert page.select_one('a[href="/en/accounts/2fa/recovery-codes/"]')
