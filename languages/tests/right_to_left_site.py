"""Arabic switched on with EXTRA_LANGUAGES=ar, run by test_right_to_left.py in a process of its own
(python -m languages.tests.right_to_left_site, under the test settings and a fresh database): the
steps docs/translation.md gives for switching a language on, a small catalogue of ours compiled here, a
kit in English, then what a reader of Arabic gets. Each check that fails raises an AssertionError, so
the process exits non-zero."""

import os
import tempfile
import time
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
django.setup()

import polib  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from wagtail.admin.admin_url_finder import AdminURLFinder  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from accounts.factories import EditorFactory  # noqa: E402
from home.models import HomePage  # noqa: E402
from kits.factories import KitIndexPageFactory, KitPageFactory  # noqa: E402
from languages.codes import native_name  # noqa: E402
from taxonomy.factories import SubjectFactory  # noqa: E402
from tests.helpers import soup, switcher_links  # noqa: E402

ARABIC = "ar"
KIT = "water-footprint"
NO_PDF = "No PDF in this language's script yet: print this page from your browser instead."
# A few of the portal's strings in Arabic: enough to see our catalogue served beside Django's.
CATALOGUE = {
    "Project kit": "حقيبة مشروع",
    NO_PDF: "لا يتوفر ملف PDF بهذه الكتابة بعد: اطبع هذه الصفحة من متصفحك بدلًا من ذلك.",
    "No PDF in this language": "لا يتوفر ملف PDF بهذه اللغة",
}


def compile_catalogue(directory):
    """Our catalogue for Arabic, as locale/ar/LC_MESSAGES/django.po would give it once translated."""
    messages = Path(directory) / "locale" / ARABIC / "LC_MESSAGES"
    messages.mkdir(parents=True)
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": ARABIC}
    for english, arabic in CATALOGUE.items():
        catalogue.append(polib.POEntry(msgid=english, msgstr=arabic))
    catalogue.save_as_mofile(str(messages / "django.mo"))
    return Path(directory) / "locale"


def check(client, url, status=200, content_type="text/html"):
    response = client.get(url)
    assert response.status_code == status, f"{url} answered {response.status_code}"
    assert response["Content-Type"].startswith(content_type), f"{url} is {response['Content-Type']}"
    return response


def check_pages(client):
    home = soup(check(client, f"/{ARABIC}/"))
    assert (home.html["lang"], home.html["dir"]) == (ARABIC, "rtl"), f"/{ARABIC}/: {home.html.attrs}"
    assert home.select_one("main")["dir"] == "ltr", "the English home page is not marked left to right"
    link = switcher_links(home)[ARABIC]
    assert native_name(ARABIC) in link.get_text(), f"switcher: {link}"
    assert soup(check(client, "/en/")).html["dir"] == "ltr"

    kit = check(client, f"/{ARABIC}/kits/{KIT}/").content.decode()
    assert CATALOGUE["Project kit"] in kit, "our Arabic catalogue is not used"
    assert "Geography" in kit, "the subject's English name (no Arabic column) is missing"
    assert f'href="/{ARABIC}/kits/{KIT}/pdf/"' not in kit, "a PDF link where no PDF can be made"
    assert CATALOGUE[NO_PDF] in kit, "the kit page does not say why there is no PDF"
    check(client, f"/{ARABIC}/search/?q=water")


def check_pdf(client):
    answer = check(client, f"/{ARABIC}/kits/{KIT}/pdf/", status=404).content.decode()
    assert CATALOGUE["No PDF in this language"] in answer, "the PDF address does not say why"
    assert f'href="/{ARABIC}/kits/{KIT}/"' in answer, "the PDF address does not link to the kit"
    assert check(client, f"/en/kits/{KIT}/pdf/", content_type="application/pdf").getvalue().startswith(b"%PDF")


def check_admin(client, subject):
    """Translated names are edited in the languages with a column: Arabic, switched on without one,
    reads the English name and gets no box of its own."""
    editor = EditorFactory(is_superuser=True)
    client.force_login(editor)
    form = soup(check(client, AdminURLFinder(editor).get_edit_url(subject)))
    assert form.select_one('[name="name_en"]') and not form.select_one(f'[name="name_{ARABIC}"]')
    client.logout()


def main(directory):
    started = time.monotonic()
    assert settings.EXTRA_LANGUAGES == [ARABIC], f"EXTRA_LANGUAGES is {settings.EXTRA_LANGUAGES}"
    call_command("migrate", verbosity=0)
    call_command("setup_languages")
    assert Locale.objects.filter(language_code=ARABIC).exists()
    home = HomePage.objects.get(locale__language_code="en")
    subject = SubjectFactory(slug="geography", name_en="Geography")
    KitPageFactory(parent=KitIndexPageFactory(parent=home), title="Our water footprint", slug=KIT, subjects=[subject])
    print(f"Set up in {time.monotonic() - started:.1f} s.")

    client = Client(HTTP_HOST="localhost")
    with override_settings(LOCALE_PATHS=[compile_catalogue(directory), *settings.LOCALE_PATHS]):
        check_pages(client)
        check_pdf(client)
    check_admin(client, subject)
    print(f"All checks passed in {time.monotonic() - started:.1f} s.")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as temporary:
        main(temporary)
