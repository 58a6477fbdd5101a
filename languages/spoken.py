"""The languages people speak, as teachers list them on their profile and projects in the forum: every
language the Unicode CLDR names (through Babel), by its plain code ("fr", "yue"), named in the reader's
language.

CLDR rather than the portal's 31 interface languages: teachers also speak Arabic, Catalan or Romani, and
partners are found by the languages they share. Regional and script variants ("en_GB", "zh_Hant") are left
out: two teachers who both speak English share a language whichever English it is."""

from functools import cache

from babel import Locale, UnknownLocaleError
from django.utils.text import capfirst
from django.utils.translation import to_locale

from languages.codes import LANGUAGE_CODES
from languages.folding import fold

# Codes CLDR names that are no language anyone speaks: undetermined, several, uncoded, no linguistic content.
NOT_SPOKEN = frozenset({"und", "mul", "mis", "zxx"})
# CLDR's English names every language, and stands in where the reader's language has no name for one.
REFERENCE_LOCALE = "en"


@cache
def spoken_language_codes():
    return frozenset(code for code in Locale(REFERENCE_LOCALE).languages if "_" not in code and code not in NOT_SPOKEN)


@cache
def spoken_language_names(reader_language):
    """{code: name} of every spoken language, named in `reader_language`, in the order of their names with
    case and accents folded ("Écossais" among the E's): close to every European language's alphabetical
    order without a collation library, though Swedish readers would put "Ö" after "Z"."""
    english = Locale(REFERENCE_LOCALE).languages
    try:
        names = Locale.parse(to_locale(reader_language)).languages
    except (UnknownLocaleError, ValueError):
        names = english
    named = {code: capfirst(names.get(code) or english[code]) for code in spoken_language_codes()}
    return dict(sorted(named.items(), key=lambda item: (fold(item[1]), item[0])))


def spoken_language_name(code, reader_language):
    """The name of language `code` in `reader_language`; the code itself for a code CLDR does not know
    (rows saved before a CLDR update removed it)."""
    return spoken_language_names(reader_language).get(code, code)


def portal_language_choices(reader_language):
    """(code, name) of the portal's own languages, those most teachers and projects use, by name."""
    names = spoken_language_names(reader_language)
    return [(code, name) for code, name in names.items() if code in LANGUAGE_CODES]


def other_language_choices(reader_language):
    """(code, name) of every other spoken language, by name."""
    names = spoken_language_names(reader_language)
    return [(code, name) for code, name in names.items() if code not in LANGUAGE_CODES]
