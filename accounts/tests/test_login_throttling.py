import pytest
from django.conf import settings

from tests.helpers import soup, translated

pytestmark = pytest.mark.django_db


@pytest.fixture
def throttled(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    return settings


def admin_login(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password}, HTTP_ACCEPT_LANGUAGE="de")


def test_repeated_failures_pause_log_in_even_with_the_right_password(client, throttled):
    for _attempt in range(3):
        assert admin_login(client, "nss-fr", "wrong").status_code in (200, 429)
    response = admin_login(client, "nss-fr", settings.DEMO_PASSWORD)
    assert response.status_code == 429
    assert soup(response).h1.get_text(strip=True) == translated("Log-in paused", "de")
    assert "_auth_user_id" not in client.session


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
