"""How each portal language is searched, on every backend (the table in docs/search.md).

Every backend folds case and accents in every language; these tables add stemming where the backend
has a stemmer for the language. A language missing from a table is searched as whole words, still
case- and accent-insensitively, so a language added to the portal needs no entry here."""

from typing import NamedTuple

from languages.codes import LANGUAGE_CODES

# SQLite: the Snowball stemmers of the pure-Python `snowballstemmer` package (the same algorithms as
# PostgreSQL's and, for most languages, Elasticsearch's). Snowball has no Bulgarian, Croatian,
# Icelandic, Latvian, Macedonian, Maltese, Slovak, Slovenian, Albanian or Ukrainian stemmer.
SNOWBALL_STEMMERS = {
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "et": "estonian",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hu": "hungarian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "nl": "dutch",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "sr": "serbian",
    "sv": "swedish",
    "tr": "turkish",
}

# PostgreSQL: its built-in text-search configurations, which carry Snowball's names; PostgreSQL (13 to
# 17) has none for Czech, Estonian or Polish. search.backends.postgres makes a `portal_<name>` copy of
# each that strips accents first.
POSTGRES_SEARCH_CONFIGS = {
    code: name for code, name in SNOWBALL_STEMMERS.items() if name not in {"czech", "estonian", "polish"}
}
FALLBACK_CONFIG = "simple"
CONFIG_PREFIX = "portal_"


# Elasticsearch and OpenSearch: the language analysers both ship (Elasticsearch 8+, OpenSearch 2+),
# rebuilt from their documented parts so that an accent-folding step can be added (search.backends
# .elasticsearch). Polish and Ukrainian need plugins, Serbian is missing from OpenSearch and early
# Elasticsearch 8; those and the languages without an analyser use the standard analyser.
class Analyser(NamedTuple):
    """A shipped analyser's parts: the stemmer filter's language, the stop-word list, and the filters
    it runs before lower-casing, to lower-case, and between the stop words and the stemmer."""

    stemmer: str
    stopwords: str
    before: tuple = ()
    lowercase: str = "lowercase"
    normalise: tuple = ()


ELASTICSEARCH_ANALYSERS = {
    "bg": Analyser("bulgarian", "_bulgarian_"),
    "cs": Analyser("czech", "_czech_"),
    "da": Analyser("danish", "_danish_"),
    "de": Analyser("light_german", "_german_", normalise=("german_normalization",)),
    "el": Analyser("greek", "_greek_", lowercase="greek_lowercase"),
    "en": Analyser("english", "_english_", before=("english_possessive",)),
    "es": Analyser("light_spanish", "_spanish_"),
    "et": Analyser("estonian", "_estonian_"),
    "fi": Analyser("finnish", "_finnish_"),
    "fr": Analyser("light_french", "_french_", before=("french_elision",)),
    "ga": Analyser("irish", "_irish_", before=("irish_hyphenation", "irish_elision"), lowercase="irish_lowercase"),
    "hu": Analyser("hungarian", "_hungarian_"),
    "it": Analyser("light_italian", "_italian_", before=("italian_elision",)),
    "lt": Analyser("lithuanian", "_lithuanian_"),
    "lv": Analyser("latvian", "_latvian_"),
    "nb": Analyser("norwegian", "_norwegian_"),
    "nl": Analyser("dutch", "_dutch_"),
    "pt": Analyser("light_portuguese", "_portuguese_"),
    "ro": Analyser("romanian", "_romanian_"),
    "sv": Analyser("swedish", "_swedish_"),
    "tr": Analyser("turkish", "_turkish_", before=("apostrophe",), lowercase="turkish_lowercase"),
}
# The token filters named above that are not built in, as the engines' documentation defines them.
ELASTICSEARCH_FILTERS = {
    "english_possessive": {"type": "stemmer", "language": "possessive_english"},
    "french_elision": {
        "type": "elision",
        "articles_case": True,
        "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
    },
    "greek_lowercase": {"type": "lowercase", "language": "greek"},
    "irish_elision": {"type": "elision", "articles_case": True, "articles": ["d", "m", "b"]},
    "irish_hyphenation": {"type": "stop", "stopwords": ["h", "n", "t"], "ignore_case": True},
    "irish_lowercase": {"type": "lowercase", "language": "irish"},
    "italian_elision": {
        "type": "elision",
        "articles_case": True,
        "articles": ["c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl"]
        + ["degl", "negl", "sugl", "un", "m", "t", "s", "v", "d"],
    },
    "turkish_lowercase": {"type": "lowercase", "language": "turkish"},
}


def postgres_config(language_code):
    """The accent-folding PostgreSQL configuration for `language_code` (search.backends.postgres)."""
    return CONFIG_PREFIX + POSTGRES_SEARCH_CONFIGS.get(language_code, FALLBACK_CONFIG)


def postgres_configs():
    """{portal configuration: PostgreSQL's configuration it copies}, for the portal's languages."""
    bases = {POSTGRES_SEARCH_CONFIGS.get(code, FALLBACK_CONFIG) for code in LANGUAGE_CODES} | {FALLBACK_CONFIG}
    return {CONFIG_PREFIX + base: base for base in sorted(bases)}
