"""A 32nd language end to end, run by test_new_language.py in a process of its own under
settings_new_language (python -m languages.tests.new_language_site): a fresh database, the steps
docs/translation.md gives for adding a language, a small site in English, then what a reader of the
new language gets. Each check that fails raises an AssertionError, so the process exits non-zero."""

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "languages.tests.settings_new_language")
django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from core.factories import translate  # noqa: E402
from home.factories import StandardPageFactory  # noqa: E402
from home.models import HomePage  # noqa: E402
from kits.factories import KitIndexPageFactory, KitPageFactory  # noqa: E402
from taxonomy.factories import SubjectFactory  # noqa: E402
from tests.helpers import hreflangs, soup, switcher_links  # noqa: E402

NEW = settings.NEW_LANGUAGE
KIT = "water-footprint"
ABOUT = "about"


def copy_translated_name_migrations(directory):
    """Copy the migrations of the apps with translated names into settings.COPIED_MIGRATIONS under
    `directory`, where makemigrations may add the new language's columns."""
    package = Path(directory) / settings.COPIED_MIGRATIONS
    package.mkdir()
    (package / "__init__.py").touch()
    for label in settings.TRANSLATED_NAME_APPS:
        shutil.copytree(Path(settings.BASE_DIR) / label / "migrations", package / label)
    sys.path.insert(0, str(directory))


def add_language_to_database():
    """docs/translation.md's steps for the database: makemigrations (the name_<code> columns), migrate
    (which makes the English home page), setup_languages (a home page in every other language)."""
    call_command("makemigrations", *settings.TRANSLATED_NAME_APPS, verbosity=0)
    call_command("migrate", verbosity=0)
    call_command("setup_languages")


def english_pages(home):
    StandardPageFactory(parent=home, title="About us", slug=ABOUT)
    kits = KitIndexPageFactory(parent=home)
    subject = SubjectFactory(slug="geography", name_en="Geography", **{f"name_{NEW}": "Geographie"})
    KitPageFactory(parent=kits, title="Our water footprint", slug=KIT, subjects=[subject])


def check(client, url, content_type="text/html"):
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    assert response["Content-Type"].startswith(content_type), f"{url} is {response['Content-Type']}"
    return response


def check_untranslated(client):
    home = soup(check(client, f"/{NEW}/"))
    assert home.html["lang"] == NEW, f"/{NEW}/ is in {home.html['lang']}"

    kit_url = f"/en/kits/{KIT}/"
    switcher = switcher_links(soup(check(client, kit_url)))
    assert switcher[NEW]["href"] == f"/{NEW}/kits/{KIT}/", f"switcher of {kit_url}: {switcher[NEW]}"
    assert NEW not in hreflangs(soup(check(client, f"/en/{ABOUT}/"))), "an alternate for an untranslated page"
    # The home page's aliases in the other languages are no translations either.
    alternates = hreflangs(soup(check(client, "/en/")))
    assert set(alternates) == {"en", "x-default"}, f"alternates of the home page: {alternates}"

    # Shown under the new language's address, the English kit names its subject in that language.
    assert "Geographie" in check(client, f"/{NEW}/kits/{KIT}/").text
    check(client, f"/{NEW}/kits/{KIT}/pdf/", content_type="application/pdf")


def check_translated(client):
    translate(Page.objects.get(slug=ABOUT, locale__language_code="en").specific, NEW, title="Iwwer eis")
    translated_url = f"http://localhost/{NEW}/{ABOUT}/"
    alternates = hreflangs(soup(check(client, f"/en/{ABOUT}/")))
    assert alternates.get(NEW) == translated_url, f"alternates: {alternates}"
    assert "Iwwer eis" in check(client, f"/{NEW}/{ABOUT}/").text
    check(client, "/sitemap.xml", content_type="application/xml")
    sitemap = check(client, "/sitemap-1.xml", content_type="application/xml").text  # a small site: one sitemap
    assert f"<loc>{translated_url}</loc>" in sitemap, "the translation is missing from the sitemap"
    assert f"<loc>http://localhost/{NEW}/</loc>" not in sitemap, "the home page alias is in the sitemap"


def main(directory):
    started = time.monotonic()
    copy_translated_name_migrations(directory)
    add_language_to_database()
    assert Locale.objects.filter(language_code=NEW).exists()
    home = HomePage.objects.get(locale__language_code="en")
    english_pages(home)
    call_command("setup_languages")  # nothing more the second time
    assert HomePage.objects.filter(locale__language_code=NEW, alias_of=home).live().exists()
    assert HomePage.objects.count() == len(settings.LANGUAGES)
    print(f"Set up in {time.monotonic() - started:.1f} s.")

    client = Client(HTTP_HOST="localhost")
    check_untranslated(client)
    check_translated(client)
    print(f"All checks passed in {time.monotonic() - started:.1f} s.")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as temporary:
        main(temporary)
