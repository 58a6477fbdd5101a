import importlib
from contextlib import contextmanager

from bs4 import BeautifulSoup
from django.db import transaction
from django.test import override_settings
from django.urls import clear_url_caches
from django.utils import translation


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def translated(text, language_code):
    with translation.override(language_code):
        return translation.gettext(text)


def hreflangs(page_soup):
    return {link["hreflang"]: link["href"] for link in page_soup.select('head link[rel="alternate"][hreflang]')}


def canonical(page_soup):
    return page_soup.select_one('head link[rel="canonical"]')["href"]


def switcher_links(page_soup):
    return {link["hreflang"]: link for link in page_soup.select(".language-switcher a[hreflang]")}


@contextmanager
def served_media(media_root):
    """The portal's URLs as `make run` builds them (SERVE_MEDIA on: /media/ is served by Django), with
    files under `media_root`. portal.urls reads the setting when imported, so it is imported again."""
    import portal.urls

    try:
        with override_settings(SERVE_MEDIA=True, MEDIA_ROOT=media_root):
            importlib.reload(portal.urls)
            clear_url_caches()
            yield
    finally:
        importlib.reload(portal.urls)
        clear_url_caches()


@contextmanager
def kept_for_the_module(django_db_blocker):
    """For a module-scoped fixture whose data takes seconds to build (translations, many pages): what
    is built inside is there for every test of the module and rolled back after the last. Each test
    runs in a savepoint inside, so what a test changes is rolled back after it, as usual."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def run_site_checks(module, tmp_path, **environment):
    """Run `module`'s checks (python -m) in a process of its own, on a SQLite database of its own in
    `tmp_path`, with `environment` added (settings that must be read at start-up, such as the language
    list); fails with what it printed unless it ends with "All checks passed". The time limit is generous
    because the run builds a database and a busy machine (CI's two test workers) slows it several-fold."""
    import os
    import subprocess
    import sys

    from django.conf import settings

    result = subprocess.run(
        [sys.executable, "-m", module],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'portal.sqlite3'}", **environment},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    assert "All checks passed" in result.stdout
