"""Shared test set-up: the test database gets the demo data once per session (the loader is part
of what we test); each test then runs in a transaction on top of it and builds what else it needs."""

import pytest
from django.conf import settings
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_data", verbosity=0)


@pytest.fixture
def client(client):
    """The test client on the demo site's host name."""
    client.defaults["HTTP_HOST"] = "localhost"
    return client


@pytest.fixture
def admin_client(client):
    """Logged in as the demo's central editor (replaces pytest-django's own admin_client)."""
    client.login(username="admin", password=settings.DEMO_PASSWORD)
    return client


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: tests roll back their pages, and the database may give
    the next test's pages the same ids, which cached fragments would otherwise still describe."""
    from django.core.cache import cache

    cache.clear()
