"""The portal's 31 interface and content languages, in one place.

Adding a 32nd language: add its code here (and to ``EXTRA_LANG_INFO`` when Django does not know it),
then add ``locale/<code>/LC_MESSAGES/django.po``. Nothing else refers to a fixed list.
"""

from functools import cache

from django.conf.locale import LANG_INFO
from django.utils.functional import lazy
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

LANGUAGES = [(code, LANG_INFO[code]["name"]) for code in LANGUAGE_CODES]

# Wagtail ships some catalogues under a regional code; the admin asks for that code so that both
# Wagtail's catalogue and ours (found through the fallback to the plain language) are used.
WAGTAIL_REGIONAL_CATALOGUES = {"hr": "hr-hr", "is": "is-is", "pt": "pt-pt", "sk": "sk-sk"}
ADMIN_LANGUAGES = [
    (WAGTAIL_REGIONAL_CATALOGUES.get(code, code), LANG_INFO[code]["name_local"]) for code in LANGUAGE_CODES
]


@cache
def _language_name_in(code, language):
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(to_locale(language)).languages.get(code)
    except (UnknownLocaleError, ValueError):
        name = None
    name = name or LANG_INFO[code]["name"]
    return name[:1].upper() + name[1:]


def language_name(code):
    """The name of language `code` in the active language, from the Unicode CLDR (Babel): Wagtail's
    admin shows it in lists of languages, where Django's own names miss Maltese and Bokmål."""
    return _language_name_in(code, get_language() or DEFAULT_LANGUAGE)


# For WAGTAIL_CONTENT_LANGUAGES: each name is worked out when shown, in the reader's language.
LOCALISED_LANGUAGES = [(code, lazy(language_name, str)(code)) for code in LANGUAGE_CODES]
