"""Suspended accounts: the log-in is refused with the reason and the end date, and a teacher logged in when
suspended is logged out at their next request, whatever the page."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.factories import TeacherFactory
from accounts.models import SUSPENDED_FOR_GOOD
from accounts.suspension import suspend, suspension_end
from accounts.tests.helpers import is_logged_in, log_in
from live.tests.helpers import as_on_a_running_server

pytestmark = pytest.mark.django_db

MIDDLEWARE = "accounts.suspension.SuspensionMiddleware"


@pytest.fixture
def teacher(france):
    return TeacherFactory(username="claire", country=france)


def test_a_suspended_teacher_cannot_log_in_and_is_told_why_and_until_when(client, teacher):
    suspend(teacher, timezone.now() + datetime.timedelta(days=7), "Repeated advertising in the forum.")
    response = log_in(client, "claire")
    assert response.status_code == 403
    page = response.content.decode()
    assert "Your account is suspended" in page
    assert "Repeated advertising in the forum." in page
    assert str((timezone.now() + datetime.timedelta(days=7)).year) in page
    assert not is_logged_in(client)


def test_a_suspension_for_good_says_so(client, teacher):
    suspend(teacher, suspension_end(None), "Hate speech.")
    page = log_in(client, "claire").content.decode()
    assert "for good" in page and "Hate speech." in page
    assert not is_logged_in(client)


def test_the_suspension_is_told_in_the_pages_language(client, teacher):
    suspend(teacher, SUSPENDED_FOR_GOOD, "Spam.")
    response = log_in(client, "claire", language="fr")
    assert response.status_code == 403
    assert '<html lang="fr"' in response.content.decode()


def test_after_the_suspension_the_teacher_logs_in_again(client, teacher):
    suspend(teacher, timezone.now() - datetime.timedelta(minutes=1), "Spam.")
    assert log_in(client, "claire").status_code == 302
    assert is_logged_in(client)


def test_a_logged_in_teacher_is_logged_out_at_their_next_request(client, teacher):
    client.force_login(teacher)
    assert client.get("/en/live/").status_code == 200
    suspend(teacher, timezone.now() + datetime.timedelta(days=30), "Insults in messages.")
    response = client.get("/en/live/")
    assert response.status_code == 403
    assert "Insults in messages." in response.content.decode()
    assert not is_logged_in(client)
    assert client.get("/en/live/").status_code == 302, "now a visitor, sent to log in"


def test_the_middleware_costs_no_query(client, teacher, settings):
    """It reads the user that the request loads anyway."""
    client.force_login(teacher)
    others = [name for name in settings.MIDDLEWARE if name != MIDDLEWARE]
    settings.MIDDLEWARE = others
    without = queries_of(client, "/en/live/")
    settings.MIDDLEWARE = [*others, MIDDLEWARE]
    assert queries_of(client, "/en/live/") == without


def queries_of(client, url):
    as_on_a_running_server(client, url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)
