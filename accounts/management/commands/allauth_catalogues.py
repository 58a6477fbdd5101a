"""Keep locale/allauth/ in step with django-allauth: the strings of its pages, forms and e-mails for the
portal's languages that allauth ships no catalogue for (docs/translation.md, "django-allauth").

allauth translates itself into most of the portal's languages. For the others (Irish, Icelandic,
Macedonian, Maltese, Albanian, and Portuguese, which allauth has only as pt_PT and pt_BR) the portal keeps a
catalogue of its own, in a directory of its own so that `make messages` (which drops every string the
portal's code does not use) leaves it alone. Run this after upgrading allauth: it adds the new strings
(empty, to be translated; tests/test_translations.py fails until they are), keeps the translations already
made, and drops what allauth no longer says. A regional catalogue of allauth (pt_PT) seeds the language."""

from pathlib import Path

import allauth
import polib
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import to_locale

from languages.codes import DEFAULT_LANGUAGE, LANGUAGE_CODES

ALLAUTH_DIR = Path(allauth.__file__).resolve().parent
# The parts of allauth the portal uses: accounts and two-factor authentication.
USED_SOURCES = (
    "templates/account/",
    "templates/mfa/",
    "templates/allauth/",
    "account/",
    "mfa/",
)
UNUSED_SOURCES = ("mfa/webauthn/",)
SEED_CATALOGUES = {"pt": "pt_PT"}


def allauth_catalogue(locale_name):
    path = ALLAUTH_DIR / "locale" / locale_name / "LC_MESSAGES" / "django.po"
    return polib.pofile(str(path)) if path.exists() else None


def has_allauth_catalogue(code):
    return (ALLAUTH_DIR / "locale" / to_locale(code) / "LC_MESSAGES" / "django.mo").exists()


def languages_without_catalogue():
    return [code for code in LANGUAGE_CODES if code != DEFAULT_LANGUAGE and not has_allauth_catalogue(code)]


def is_used(entry):
    files = [file for file, _line in entry.occurrences]
    return any(file.startswith(USED_SOURCES) and not file.startswith(UNUSED_SOURCES) for file in files)


def used_entries():
    return [entry for entry in allauth_catalogue(DEFAULT_LANGUAGE) if is_used(entry) and not entry.obsolete]


def catalogue_path(code):
    return Path(settings.BASE_DIR) / "locale" / "allauth" / code / "LC_MESSAGES" / "django.po"


def known_translations(*catalogues):
    """{(msgctxt, msgid): entry} of the translated entries, the first catalogue winning."""
    known = {}
    for catalogue in catalogues:
        for entry in catalogue.translated_entries() if catalogue else ():
            known.setdefault((entry.msgctxt, entry.msgid), entry)
    return known


def build_catalogue(code):
    path = catalogue_path(code)
    existing = polib.pofile(str(path)) if path.exists() else None
    seed = allauth_catalogue(SEED_CATALOGUES[code]) if code in SEED_CATALOGUES else None
    known = known_translations(existing, seed)
    portal = polib.pofile(str(Path(settings.BASE_DIR) / "locale" / code / "LC_MESSAGES" / "django.po"))
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = {
        "Project-Id-Version": "django-allauth, as used by the portal",
        "Language": code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": portal.metadata["Plural-Forms"],
    }
    for source in used_entries():
        translated = known.get((source.msgctxt, source.msgid))
        entry = polib.POEntry(
            msgctxt=source.msgctxt, msgid=source.msgid, msgid_plural=source.msgid_plural, flags=list(source.flags)
        )
        if source.msgid_plural:
            entry.msgstr_plural = dict(translated.msgstr_plural) if translated else {0: "", 1: ""}
        else:
            entry.msgstr = translated.msgstr if translated else ""
        catalogue.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(path))
    return catalogue


class Command(BaseCommand):
    help = "Update locale/allauth/ for the portal's languages that django-allauth has no catalogue for."

    def handle(self, *args, **options):
        for code in languages_without_catalogue():
            catalogue = build_catalogue(code)
            missing = len(catalogue.untranslated_entries())
            self.stdout.write(f"{code}: {len(catalogue)} strings, {missing} to translate")
