"""Browser tests: Playwright drives Debian's Chromium against the portal served the way `make run`
serves it (gunicorn, whitenoise, DEBUG off) on a database of its own with the demo data.

The database follows DATABASE_URL: a temporary SQLite file by default, or a fresh database on the
same PostgreSQL server (created and dropped here) when the suite runs on PostgreSQL.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
BASE_DIR = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            if not CHROMIUM.exists():
                item.add_marker(pytest.mark.skip(reason=f"browser test skipped: no Chromium at {CHROMIUM}"))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class BrowserDatabase:
    """A throw-away database next to whatever DATABASE_URL names."""

    def __init__(self, tmp_path):
        self.url = os.environ.get("DATABASE_URL", "")
        self.name = f"browser_{uuid.uuid4().hex[:10]}"
        self.is_postgres = self.url.startswith(("postgres://", "postgresql://"))
        self.tmp_path = tmp_path

    def __enter__(self):
        if not self.is_postgres:
            return f"sqlite:///{self.tmp_path / 'browser.sqlite3'}"
        self._admin("CREATE DATABASE {}")
        return self.url.rsplit("/", 1)[0] + "/" + self.name

    def __exit__(self, *exc):
        if self.is_postgres:
            self._admin("DROP DATABASE IF EXISTS {} WITH (FORCE)")

    def _admin(self, statement):
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as connection:
            connection.execute(statement.format(self.name))


def wait_until_up(url, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the portal server stopped with code {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("the portal server did not answer in time")


# The environment of the served portal (its database), for run_on_portal.
SERVED_ENVIRONMENT = {}


@pytest.fixture(scope="session")
def run_on_portal(portal_url):
    """Run Python code in a `manage.py shell` on the served portal's database, e.g. to make the people a
    journey needs with the apps' factories."""

    def run(code):
        command = [sys.executable, "manage.py", "shell", "--no-imports", "-c", code]
        subprocess.run(command, cwd=BASE_DIR, env=SERVED_ENVIRONMENT, check=True, capture_output=True)

    return run


@pytest.fixture(scope="session")
def mail_dir(tmp_path_factory):
    """Where the served portal writes the e-mails it sends (Django's file-based backend), for the tests
    to read the links they carry."""
    return tmp_path_factory.mktemp("mail")


@pytest.fixture(scope="session")
def portal_url(tmp_path_factory, mail_dir):
    if not CHROMIUM.exists():
        pytest.skip(f"browser test skipped: no Chromium at {CHROMIUM}")
    tmp_path = tmp_path_factory.mktemp("portal")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with BrowserDatabase(tmp_path) as database_url:
        env = dict(
            os.environ,
            DJANGO_SETTINGS_MODULE="portal.settings.dev",
            DEBUG="false",
            DATABASE_URL=database_url,
            STATIC_ROOT=str(tmp_path / "static"),
            MEDIA_ROOT=str(tmp_path / "media"),
            CACHE_DIR=str(tmp_path / "cache"),
            REDIS_URL="",
            BASE_URL=url,
            EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
            EMAIL_FILE_PATH=str(mail_dir),
        )
        SERVED_ENVIRONMENT.update(env)
        manage = [sys.executable, "manage.py"]
        for command in (["migrate", "--noinput"], ["load_demo_data"], ["collectstatic", "--noinput"]):
            subprocess.run(manage + command, cwd=BASE_DIR, env=env, check=True, capture_output=True)
        gunicorn = Path(sys.executable).with_name("gunicorn")
        server = subprocess.Popen(
            [str(gunicorn), "portal.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # The background worker beside it, as `make run` starts one: notifications' e-mails go through it.
        worker = subprocess.Popen(
            [*manage, "run_worker", "--interval", "0.2", "--no-startup-delay"],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_until_up(url, server)
            yield url
        finally:
            for process in (server, worker):
                process.terminate()
                process.wait(timeout=30)


@pytest.fixture(scope="module")
def chromium():
    """One browser per module, not per session: Playwright's synchronous API keeps an asyncio loop
    running in this thread while it is open, and Django then refuses database calls as if they came
    from async code (SynchronousOnlyOperation) in whatever tests run after the browser tests."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium, request):
    """A fresh browser context; `locale` comes from the test's `browser_locale` marker, if any."""
    marker = request.node.get_closest_marker("browser_locale")
    locale = marker.args[0] if marker else "en-GB"
    context = chromium.new_context(locale=locale, extra_http_headers={"Accept-Language": locale})
    page = context.new_page()
    yield page
    context.close()
