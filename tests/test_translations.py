"""The interface is translated into all 31 languages: no empty, fuzzy or missing entry."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def catalogue(code):
    path = LOCALE_DIR / code / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"{path} is missing"
    return polib.pofile(str(path))


def source_msgids():
    """The strings of the English catalogue, which `make messages` regenerates from the code."""
    return {entry.msgid for entry in catalogue("en").translated_entries()}


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_interface_string_is_translated(code):
    po = catalogue(code)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"{code}: untranslated {untranslated}"
    assert not fuzzy, f"{code}: fuzzy {fuzzy}"
    assert {entry.msgid for entry in po.translated_entries()} == source_msgids(), f"{code}: out of step with the code"
    assert "fuzzy" not in po.metadata_as_entry().flags
    assert po.metadata.get("Language") == code


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_placeholders_survive_translation(code):
    for entry in catalogue(code):
        if "python-format" in entry.flags:
            assert "%(language)s" not in entry.msgid or "%(language)s" in entry.msgstr, f"{code}: {entry.msgid}"


@pytest.mark.parametrize("code", [code for code in LANGUAGE_CODES if code != "en"])
def test_compiled_catalogue_is_used_at_run_time(code):
    with translation.override(code):
        assert translation.gettext("Skip to main content") != "Skip to main content"
        assert translation.get_language() == code


def test_maltese_is_a_known_language():
    info = translation.get_language_info("mt")
    assert info["name_local"] == "Malti"
    assert translation.check_for_language("mt")


def test_english_catalogue_says_every_string_as_written():
    """English is the source language: a msgstr that differs from its msgid is a leftover guess."""
    catalogue = polib.pofile(str(LOCALE_DIR / "en" / "LC_MESSAGES" / "django.po"))
    wrong = [entry.msgid for entry in catalogue if not entry.msgid_plural and entry.msgstr != entry.msgid]
    assert wrong == []


@pytest.mark.parametrize("code", [code for code in LANGUAGE_CODES if code != "en"])
def test_account_pages_are_translated(code):
    """django-allauth's strings, from allauth's catalogue or, where it has none, from locale/allauth/."""
    from accounts.management.commands.allauth_catalogues import catalogue_path, has_allauth_catalogue, used_entries

    if has_allauth_catalogue(code):
        return
    catalogue = polib.pofile(str(catalogue_path(code)))
    assert not catalogue.untranslated_entries(), f"{code}: run the translation of locale/allauth/{code}"
    assert not catalogue.fuzzy_entries()
    assert {(entry.msgctxt, entry.msgid) for entry in catalogue} == {
        (entry.msgctxt, entry.msgid) for entry in used_entries()
    }, f"{code}: out of step with django-allauth; run manage.py allauth_catalogues"
    with translation.override(code):
        assert translation.gettext("Forgot your password?") != "Forgot your password?"
