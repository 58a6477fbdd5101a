"""Fragments that every public page needs (menus, footer settings, a page's language links,
filter choices) are kept in the cache under a *content generation*: a number that changes whenever
an editor publishes, unpublishes, moves or deletes a page or saves a setting or taxonomy. A new
generation makes every older entry unreachable, so nothing has to know which keys to delete, and no
visitor sees a menu or link that the last publication made stale.

The cache must be shared by all server processes for this to hold (Redis in production, a file
cache in the embedded set-up; see portal.settings.base)."""

import time

from asgiref.local import Local
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

GENERATION_KEY = "content-generation"
_request = Local()  # per thread or task: the memo of the request being served


def content_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = new_content_generation()
    return generation


def new_content_generation():
    generation = time.time_ns()
    cache.set(GENERATION_KEY, generation, timeout=None)
    return generation


def cached_fragment(name, compute, *parts):
    """The value of `compute()` for `name` and `parts` in the current language and generation.

    Within a request each fragment is read from the cache once and then remembered, and so is the
    generation: a list of twelve cards asks for the locale codes twelve times."""
    memo = getattr(_request, "memo", None)
    if memo is None:
        return _cached_fragment(name, compute, content_generation(), *parts)
    if GENERATION_KEY not in memo:
        memo[GENERATION_KEY] = content_generation()
    key = (name, get_language(), *parts)
    if key not in memo:
        memo[key] = _cached_fragment(name, compute, memo[GENERATION_KEY], *parts)
    return memo[key]


def _cached_fragment(name, compute, generation, *parts):
    key = ":".join(str(part) for part in (name, get_language(), generation, *parts))
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=settings.FRAGMENT_CACHE_SECONDS)
    return value


def start_request_memo(**_kwargs):
    """Signal receiver (request_started): fragments are remembered for one request only."""
    _request.memo = {}


def end_request_memo(**_kwargs):
    """Signal receiver (request_finished)."""
    _request.memo = None


def expire_fragments(**_kwargs):
    """Signal receiver: start a new generation (see home.apps for the signals it is connected to)."""
    new_content_generation()


def locale_codes():
    """Locale id -> language code, for showing many pages without loading each one's locale."""
    from wagtail.models import Locale

    return cached_fragment("locale-codes", lambda: dict(Locale.objects.values_list("pk", "language_code")))
