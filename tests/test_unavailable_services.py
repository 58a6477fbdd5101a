"""When the database or the cache does not answer, readers get the portal's 503 page, and every call
to an outside service gives up after a bounded time, so that no worker waits forever (core.errors,
base.py).

Before: a database error anywhere in a request answered the generic 500 page ("Something went
wrong"), the SQLite "database is locked" included; Redis and SMTP calls waited forever."""

import json
import os
import socket
import subprocess
import sys
from unittest import mock

import pytest
from django.conf import settings
from django.db import OperationalError
from django.test import Client
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError


@pytest.fixture
def visitor():
    """A client that gets the error page, as a reader would, instead of the exception."""
    return Client(raise_request_exception=False, HTTP_HOST="localhost")


def failing_queries(error):
    def execute(execute, sql, params, many, context):
        raise error

    return execute


def assert_unavailable_page(response):
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    page = response.content.decode()
    assert "<title>The portal is temporarily unavailable</title>" in page
    assert "Something went wrong" not in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    "error",
    [
        OperationalError("database is locked"),  # SQLite: another process kept writing too long
        OperationalError("the database did not answer within 12 seconds"),  # core.database
        OperationalError("canceling statement due to statement timeout"),
    ],
)
def test_a_database_that_fails_answers_the_503_page(visitor, error):
    from django.db import connection

    with connection.execute_wrapper(failing_queries(error)):
        assert_unavailable_page(visitor.get("/en/"))


@pytest.mark.django_db
def test_the_503_page_speaks_the_readers_language(visitor):
    from django.db import connection

    with connection.execute_wrapper(failing_queries(OperationalError("database is locked"))):
        response = visitor.get("/fr/")
    assert response.status_code == 503
    assert '<html lang="fr"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("error", [RedisTimeoutError("Timeout reading from socket"), RedisConnectionError("refused")])
def test_a_cache_that_fails_answers_the_503_page(visitor, error):
    with mock.patch("core.caching.cache") as cache:
        cache.get.side_effect = error
        assert_unavailable_page(visitor.get("/en/"))


@pytest.mark.django_db
def test_other_errors_still_answer_the_500_page(visitor):
    from django.db import connection

    with connection.execute_wrapper(failing_queries(ValueError("a bug"))):
        response = visitor.get("/en/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


@pytest.fixture
def silent_server():
    """A port that accepts connections (the kernel queues them) and never says a word."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(16)
        yield server.getsockname()[1]


SCRIPT = """
import json, time
import django
django.setup()
from django.conf import settings
from django.core.cache import cache
from django.core.mail import get_connection

def seconds_until_it_gives_up(call):
    started = time.monotonic()
    try:
        call()
    except Exception as error:
        return f"{type(error).__name__}: {error}", round(time.monotonic() - started, 1)
    return "answered", None

mail = get_connection("django.core.mail.backends.smtp.EmailBackend", host="127.0.0.1", port=PORT)
print(json.dumps({
    "cache": seconds_until_it_gives_up(lambda: cache.get("menu")),
    "mail": seconds_until_it_gives_up(mail.open),
    "search_timeout": settings.WAGTAILSEARCH_BACKENDS["default"].get("TIMEOUT"),
}))
"""


def test_redis_smtp_and_search_calls_give_up_after_their_timeouts(silent_server):
    env = {name: value for name, value in os.environ.items() if not name.startswith(("REDIS_", "EMAIL_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        REDIS_URL=f"redis://127.0.0.1:{silent_server}/0",
        REDIS_TIMEOUT="1",
        EMAIL_TIMEOUT="1",
        ELASTICSEARCH_URL=f"http://127.0.0.1:{silent_server}",
        SEARCH_TIMEOUT="3",
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.replace("PORT", str(silent_server))],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,  # before: the cache call never returned
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["cache"][0].startswith("TimeoutError") and outcome["cache"][1] < 3
    # smtplib reports its time-out as a lost connection.
    assert outcome["mail"][0] == "SMTPServerDisconnected: Connection unexpectedly closed: timed out"
    assert outcome["mail"][1] < 3
    assert outcome["search_timeout"] == 3
