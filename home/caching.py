"""Fragments that every public page needs (menus, footer settings, a page's language links,
filter choices) are kept in the cache under a *content generation*: a number that changes whenever
an editor publishes, unpublishes, moves or deletes a page or saves a setting or taxonomy. A new
generation makes every older entry unreachable, so nothing has to know which keys to delete, and no
visitor sees a menu or link that the last publication made stale.

The cache must be shared by all server processes for this to hold (Redis in production, a file
cache in the embedded set-up; see portal.settings.base)."""

import time

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

GENERATION_KEY = "content-generation"


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
    """The value of `compute()` for `name` and `parts` in the current language and generation."""
    key = ":".join(str(part) for part in (name, get_language(), content_generation(), *parts))
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=settings.FRAGMENT_CACHE_SECONDS)
    return value


def expire_fragments(**_kwargs):
    """Signal receiver: start a new generation (see home.apps for the signals it is connected to)."""
    new_content_generation()


def locale_codes():
    """Locale id -> language code, for showing many pages without loading each one's locale."""
    from wagtail.models import Locale

    return cached_fragment("locale-codes", lambda: dict(Locale.objects.values_list("pk", "language_code")))
