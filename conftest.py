"""Shared test set-up. The test database gets a small world once per session (tests/world.py), and
each test runs in a transaction on top of it and builds what else it needs with the factories.

The few smoke tests of the full demo data ask for the `demo_data` fixture: they run last, after the
demo loader has replaced the world with the demo (once per session)."""

import pytest
from django.conf import settings
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from tests.world import build_world

    with django_db_blocker.unblock():
        build_world()


@pytest.fixture(scope="session")
def demo_data(django_db_setup, django_db_blocker):
    """The full demo data, in place of the world (see pytest_collection_modifyitems)."""
    from tests.world import clear_world

    with django_db_blocker.unblock():
        clear_world()
        call_command("load_demo_data", verbosity=0)


# The tests that may use the demo data: its smoke tests, and the browser tests (which serve a demo
# database of their own).
DEMO_TESTS = ("demo/tests/", "tests/browser/")
# A slow test that runs the portal in processes of its own, needing neither the world nor the demo: it
# goes with the demo's tests, to even out the two workers.
SELF_CONTAINED_TESTS = ("tests/test_stalled_database.py",)


def pytest_itemcollected(item):
    """Elsewhere the demo would replace the world under tests that need it (see the scheduler)."""
    if "demo_data" in item.fixturenames and not item.nodeid.startswith(DEMO_TESTS):
        raise pytest.UsageError(f"{item.nodeid} uses the demo data; only tests under {DEMO_TESTS} may.")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """`make test` runs two pytest-xdist workers, each with a database of its own. The demo's tests
    go to one and all the others to the other, so that the demo never replaces the world under a
    test that needs the world, and the two halves take about as long."""
    from xdist.scheduler import LoadScopeScheduling

    class DemoApartScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            return "demo" if nodeid.startswith(DEMO_TESTS + SELF_CONTAINED_TESTS) else "world"

    return DemoApartScheduling(config, log)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests of the demo data run after all the others: loading it replaces the world they share."""
    items.sort(key=lambda item: "demo_data" in getattr(item, "fixturenames", ()))


@pytest.fixture
def client(client):
    """The test client on the site's host name."""
    client.defaults["HTTP_HOST"] = "localhost"
    return client


@pytest.fixture
def admin_client(client):
    """Logged in as the central editor (replaces pytest-django's own admin_client)."""
    client.login(username="admin", password=settings.DEMO_PASSWORD)
    return client


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: tests roll back their pages, and the database may give
    the next test's pages the same ids, which cached fragments would otherwise still describe."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def english_between_tests():
    """A request in French leaves French active in the test's thread; the next test starts in English, so
    that its reverse() gives English addresses whatever ran before."""
    from django.utils import translation

    yield
    translation.activate(settings.LANGUAGE_CODE)
