"""The portal's search backends: Wagtail's, taught the portal's languages (docs/search.md).

Each indexes an object with its own language's stemming and accent folding, and gives, through
`for_language(code)`, a copy of itself whose queries are stemmed in the reader's language:

- `search.backends.sqlite`: SQLite full-text search (the default database), Snowball stemmers in Python;
- `search.backends.postgres`: PostgreSQL's text-search configurations with `unaccent`;
- `search.backends.elasticsearch`: one Elasticsearch or OpenSearch index per language with its analyser.

portal.settings.base.search_backends picks one."""


def object_language(obj):
    """The language code of an indexed object, or None for objects without a locale (images)."""
    locale = getattr(obj, "locale", None)
    return locale.language_code if locale is not None else None
