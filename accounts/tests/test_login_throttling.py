import pytest
from django.conf import settings

from accounts.factories import TeacherFactory
from countries.factories import CountryFactory
from tests.helpers import soup, translated

pytestmark = pytest.mark.django_db

TEACHER_EMAIL = "teacher-fr@example.org"
PROXY = "10.0.0.1"


@pytest.fixture
def teacher_fr():
    """A French teacher, who may log in with the username or the e-mail address."""
    return TeacherFactory(username="teacher-fr", email=TEACHER_EMAIL, country=CountryFactory(iso2="FR"))


@pytest.fixture
def throttled(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    return settings


@pytest.fixture
def behind_one_proxy(throttled):
    throttled.TRUSTED_PROXY_COUNT = 1
    return throttled


def admin_login(client, username, password, **headers):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, HTTP_ACCEPT_LANGUAGE="de", **headers
    )


def from_behind_proxy(forwarded_for):
    """Headers of a request that reached the portal through one proxy, which appended the client's address."""
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded_for}


def assert_paused(client, response):
    assert response.status_code == 429
    assert soup(response).h1.get_text(strip=True) == translated("Log-in paused", "de")
    assert "_auth_user_id" not in client.session


def test_repeated_failures_pause_log_in_even_with_the_right_password(client, throttled):
    for _attempt in range(3):
        assert admin_login(client, "nss-fr", "wrong").status_code in (200, 429)
    assert_paused(client, admin_login(client, "nss-fr", settings.DEMO_PASSWORD))


def test_other_accounts_can_still_log_in(client, throttled):
    for _attempt in range(3):
        admin_login(client, "nss-fr", "wrong")
    assert admin_login(client, "nss-it", settings.DEMO_PASSWORD).status_code == 302


def test_a_successful_log_in_resets_the_count(client, throttled):
    admin_login(client, "admin", "wrong")
    admin_login(client, "admin", "wrong")
    assert admin_login(client, "admin", settings.DEMO_PASSWORD).status_code == 302
    client.logout()
    admin_login(client, "admin", "wrong")
    assert admin_login(client, "admin", settings.DEMO_PASSWORD).status_code == 302


def test_a_successful_log_in_by_e_mail_resets_the_count_of_the_account(client, throttled, teacher_fr):
    admin_login(client, "Teacher-FR", "wrong")
    admin_login(client, "teacher-fr", "wrong")
    assert admin_login(client, TEACHER_EMAIL.upper(), settings.DEMO_PASSWORD).status_code == 302
    client.logout()
    admin_login(client, "TEACHER-FR", "wrong")
    admin_login(client, TEACHER_EMAIL, "wrong")
    assert admin_login(client, "teacher-fr", settings.DEMO_PASSWORD).status_code == 302
    client.logout()
    # Not because the forms were counted apart: three failures under three forms still pause.
    for login in ("TEACHER-FR", TEACHER_EMAIL, "Teacher-FR"):
        admin_login(client, login, "wrong")
    assert_paused(client, admin_login(client, "teacher-fr", settings.DEMO_PASSWORD))


@pytest.mark.parametrize("login", ["Teacher-FR", "TEACHER-FR", TEACHER_EMAIL, "Teacher-FR@Example.ORG"])
def test_every_form_of_the_accounts_name_is_paused(client, throttled, login, teacher_fr):
    for _attempt in range(3):
        admin_login(client, "teacher-fr", "wrong")
    assert_paused(client, admin_login(client, login, settings.DEMO_PASSWORD))


def test_failures_under_different_forms_of_the_name_add_up(client, throttled, teacher_fr):
    for login in ("teacher-fr", "Teacher-FR", "TEACHER-FR@EXAMPLE.ORG"):
        admin_login(client, login, "wrong")
    assert_paused(client, admin_login(client, TEACHER_EMAIL, settings.DEMO_PASSWORD))


def test_the_front_end_log_in_counts_the_same_failures(client, throttled, teacher_fr):
    """Wagtail's log-in for private pages is another way in: it shares the admin's count."""
    for login in ("Teacher-FR", "TEACHER-FR", TEACHER_EMAIL.upper()):
        admin_login(client, login, "wrong")
    response = client.post(
        "/de/_util/login/", {"username": TEACHER_EMAIL, "password": settings.DEMO_PASSWORD}, HTTP_ACCEPT_LANGUAGE="de"
    )
    assert_paused(client, response)


def test_an_unknown_name_in_different_cases_shares_one_count(client, throttled):
    for login in ("nobody-here", "Nobody-Here", "NOBODY-HERE"):
        admin_login(client, login, "wrong")
    # The same pause as for a real account: the answer does not tell whether the account exists.
    assert_paused(client, admin_login(client, "nObOdY-hErE", "wrong"))


def test_the_pause_never_names_the_account(client, throttled, teacher_fr):
    """A script asking for JSON gets the same page, not django-axes' JSON naming the account found."""
    for _attempt in range(3):
        admin_login(client, TEACHER_EMAIL, "wrong")
    response = admin_login(client, TEACHER_EMAIL, settings.DEMO_PASSWORD, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert_paused(client, response)
    assert b"teacher-fr" not in response.content.lower()
    assert int(response["Retry-After"]) == throttled.AXES_COOLOFF_TIME.total_seconds()


def test_without_trusted_proxies_x_forwarded_for_is_ignored(client, throttled, teacher_fr):
    # The default trusts no proxy: a deployment must opt in (TRUSTED_PROXY_COUNT).
    assert throttled.TRUSTED_PROXY_COUNT == 0
    for attempt in range(3):
        admin_login(client, "teacher-fr", "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{attempt}")
    assert_paused(
        client, admin_login(client, "teacher-fr", settings.DEMO_PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.9")
    )


def test_behind_a_proxy_each_client_has_its_own_count(client, behind_one_proxy, teacher_fr):
    for _attempt in range(3):
        admin_login(client, "teacher-fr", "wrong", **from_behind_proxy("203.0.113.5"))
    assert_paused(client, admin_login(client, "teacher-fr", settings.DEMO_PASSWORD, **from_behind_proxy("203.0.113.5")))
    # Another visitor behind the same proxy is not paused by the first one's failures.
    response = admin_login(client, "teacher-fr", settings.DEMO_PASSWORD, **from_behind_proxy("198.51.100.7"))
    assert response.status_code == 302


def test_behind_a_proxy_a_forged_x_forwarded_for_does_not_escape_the_count(client, behind_one_proxy, teacher_fr):
    # The client sends its own X-Forwarded-For; the proxy appends the address it really came from.
    for attempt in range(3):
        admin_login(client, "teacher-fr", "wrong", **from_behind_proxy(f"192.0.2.{attempt}, 203.0.113.5"))
    forged = from_behind_proxy("192.0.2.99, 198.51.100.7, 203.0.113.5")
    assert_paused(client, admin_login(client, "teacher-fr", settings.DEMO_PASSWORD, **forged))
    # The real other visitor still logs in.
    assert (
        admin_login(client, "teacher-fr", settings.DEMO_PASSWORD, **from_behind_proxy("198.51.100.7")).status_code
        == 302
    )


def test_behind_a_proxy_a_malformed_address_counts_against_the_proxy_not_a_visitor(
    client, behind_one_proxy, teacher_fr
):
    for _attempt in range(3):
        admin_login(client, "teacher-fr", "wrong", **from_behind_proxy("not-an-address"))
    assert_paused(client, admin_login(client, "teacher-fr", settings.DEMO_PASSWORD, REMOTE_ADDR=PROXY))
    response = admin_login(client, "teacher-fr", settings.DEMO_PASSWORD, **from_behind_proxy("203.0.113.5"))
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("trusted_proxies", "forwarded_for", "address"),
    [
        (0, "203.0.113.5", "10.0.0.1"),
        (1, "203.0.113.5", "203.0.113.5"),
        (1, "192.0.2.1, 203.0.113.5", "203.0.113.5"),
        (2, "192.0.2.1, 203.0.113.5, 10.0.0.2", "203.0.113.5"),
        (2, "203.0.113.5", "10.0.0.1"),  # fewer entries than proxies: not reached through them
        (1, "", "10.0.0.1"),
        (1, "2001:DB8::0:1", "2001:db8::1"),
        (1, "::ffff:203.0.113.5", "203.0.113.5"),
        (1, "203.0.113.5:4711", "10.0.0.1"),
    ],
)
def test_the_client_address(rf, settings, trusted_proxies, forwarded_for, address):
    from accounts.throttling import client_address

    settings.TRUSTED_PROXY_COUNT = trusted_proxies
    request = rf.post("/admin/login/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded_for)
    assert client_address(request) == address
