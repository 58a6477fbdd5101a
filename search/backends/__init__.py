"""The portal's search backends: Wagtail's, taught the portal's languages (docs/search.md).

Each indexes an object with its own language's stemming and accent folding, and gives, through
`for_language(code)`, a copy of itself whose queries are stemmed in the reader's language:

- `search.backends.sqlite`: SQLite full-text search (the default database), Snowball stemmers in Python;
- `search.backends.postgres`: PostgreSQL's text-search configurations with `unaccent`;
- `search.backends.elasticsearch`: one Elasticsearch or OpenSearch index per language with its analyser.

portal.settings.base.search_backends picks one."""


def object_language(obj):
    """The language code of an indexed object, or None for objects without a locale (images). From
    the cached map of locales where it can (indexing a thousand pages asks no thousand queries)."""
    from languages.pages import locale_codes

    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return None
    return locale_codes().get(locale_id) or obj.locale.language_code
