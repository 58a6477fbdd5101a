"""Search queries as visitors type them, made safe for every backend, and searched in one language."""

import re

from django.utils.translation import gettext as _
from wagtail.search.backends import get_search_backend

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
WORD = re.compile(r"\w+", re.UNICODE)


def clean_query(raw):
    """(query, message): the words of `raw`, or "" with a message saying why nothing is searched.

    Only word characters are kept: quotes, operators and symbols mean different things to each
    backend (and errors to some), and none of them helps a visitor of a public portal."""
    raw = (raw or "").strip()
    if not raw:
        return "", ""
    message = ""
    if len(raw) > MAX_QUERY_LENGTH:
        raw = raw[:MAX_QUERY_LENGTH]
        message = _("Your search was long, so only its first %(count)d characters were used.") % {
            "count": MAX_QUERY_LENGTH
        }
    words = WORD.findall(raw)[:MAX_WORDS]
    if not words:
        return "", _("Type at least one word or number: a search made only of symbols finds nothing.")
    return " ".join(words), message


def language_backend(language_code):
    backend = get_search_backend()
    return backend.for_language(language_code) if hasattr(backend, "for_language") else backend


def search_in_language(queryset, query, language_code):
    """Search `queryset` for `query`, stemming the query as `language_code` where the backend can."""
    return language_backend(language_code).search(query, queryset, operator="and")
