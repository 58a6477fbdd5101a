"""Which PostgreSQL text-search configuration suits each portal language. PostgreSQL ships
stemmers for these; the other portal languages use `simple` (no stemming, still accent- and
case-insensitive matching of whole words). A language added to the portal needs no entry here."""

POSTGRES_SEARCH_CONFIGS = {
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hu": "hungarian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "sr": "serbian",
    "sv": "swedish",
    "tr": "turkish",
}
FALLBACK_CONFIG = "simple"


def postgres_config(language_code):
    return POSTGRES_SEARCH_CONFIGS.get(language_code, FALLBACK_CONFIG)
