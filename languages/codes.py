"""The portal's interface and content languages and their names, in one place.

Read by the settings, so nothing here may touch the database or the app registry. Adding a language
is described in docs/translation.md: its code here, its catalogue, `manage.py setup_languages`.
"""

from functools import cache
from typing import NamedTuple

from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.functional import lazy
from django.utils.text import capfirst
from django.utils.translation import get_language, to_locale

# The 24 official EU languages, then the languages of the other participating countries (SPEC).
LANGUAGE_CODES = [
    "bg",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "et",
    "fi",
    "fr",
    "ga",
    "hr",
    "hu",
    "it",
    "lt",
    "lv",
    "mt",
    "nl",
    "pl",
    "pt",
    "ro",
    "sk",
    "sl",
    "sv",
    "is",
    "nb",
    "mk",
    "sq",
    "sr",
    "tr",
    "uk",
]

DEFAULT_LANGUAGE = "en"

# Languages Django's own list lacks. Maltese is an official EU language but not in django.conf.locale.
EXTRA_LANG_INFO = {
    "mt": {"bidi": False, "code": "mt", "name": "Maltese", "name_local": "Malti"},
}


def register_extra_languages():
    """Teach Django the languages it does not ship, so get_language_info() works for all of ours."""
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)


register_extra_languages()

# Wagtail ships some catalogues under a regional code; the admin asks for that code so that both
# Wagtail's catalogue and ours (found through the fallback to the plain language) are used.
WAGTAIL_REGIONAL_CATALOGUES = {"hr": "hr-hr", "is": "is-is", "pt": "pt-pt", "sk": "sk-sk"}


def admin_catalogue_code(code):
    return WAGTAIL_REGIONAL_CATALOGUES.get(code, code)


@cache
def language_name_in(code, display_language):
    """The name of language `code` in `display_language` as written in running text ("anglais"), from
    the Unicode CLDR (Babel), which knows Maltese and Bokmål where Django does not; Django's English
    name when CLDR has none."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(to_locale(display_language)).languages.get(code)
    except (UnknownLocaleError, ValueError):
        name = None
    return name or LANG_INFO[code]["name"]


def native_name(code):
    """The language's name in itself as its speakers write it (CLDR autonym: "Deutsch", "čeština",
    "lietuvių"; Django's names are older forms such as "česky"), as the language switcher shows it."""
    return language_name_in(code, code)


def language_name(code):
    """The name of language `code` in the active language, capitalised as in a list (the admin's
    lists of languages)."""
    return capfirst(language_name_in(code, get_language() or DEFAULT_LANGUAGE))


class LanguageLists(NamedTuple):
    """The lists of languages the settings need, all in the order of the codes they are made from."""

    languages: list  # LANGUAGES: (code, English name)
    admin_languages: list  # WAGTAILADMIN_PERMITTED_LANGUAGES: (code of the admin's catalogue, native name)
    # WAGTAIL_CONTENT_LANGUAGES: (code, name in the reader's language, worked out when shown)
    localised_languages: list


def language_lists(codes):
    """The settings' lists for these language codes. A function rather than constants only, so that a
    settings module can add a language (languages/tests/settings_new_language.py does)."""
    return LanguageLists(
        languages=[(code, LANG_INFO[code]["name"]) for code in codes],
        admin_languages=[(admin_catalogue_code(code), native_name(code)) for code in codes],
        localised_languages=[(code, lazy(language_name, str)(code)) for code in codes],
    )


def with_extra_languages(extra_codes):
    """LANGUAGE_CODES, then the languages a deployment switches on besides them (the EXTRA_LANGUAGES
    setting; docs/translation.md, "Switching a language on"). Each must be one Django knows by name."""
    unknown = [code for code in extra_codes if code not in LANG_INFO]
    if unknown:
        raise ImproperlyConfigured(f"EXTRA_LANGUAGES: Django does not know the language(s) {', '.join(unknown)}")
    return list(dict.fromkeys([*LANGUAGE_CODES, *extra_codes]))


# The choices of stored language fields (a teacher's preferred language): the permanent languages only,
# since the choices are part of the migrations.
LANGUAGES = language_lists(LANGUAGE_CODES).languages
