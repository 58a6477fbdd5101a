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
from django.utils.cache import patch_cache_control
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
    """Signal receiver: start a new generation (core.apps connects it to the signals)."""
    new_content_generation()


def connect_fragment_expiry():
    """Any change an editor can make to what public pages show starts a new content generation.
    Saving a plain model covers the admin's snippets, settings and taxonomies: each app declares
    which of its models appear in fragments (core.registry.PortalAppConfig.fragment_models)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from core.registry import fragment_models

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(expire_fragments, dispatch_uid=f"expire-fragments-{id(signal)}")
    post_delete.connect(expire_fragments, sender=Page, dispatch_uid="expire-fragments-page-deleted")
    for model in fragment_models():
        label = model._meta.label
        post_save.connect(expire_fragments, sender=model, dispatch_uid=f"expire-fragments-save-{label}")
        post_delete.connect(expire_fragments, sender=model, dispatch_uid=f"expire-fragments-delete-{label}")


def set_page_cache_headers(request, response):
    """Public pages may be kept by browsers and shared caches for a few minutes; pages seen by a
    logged-in user (the admin's user bar) never are. Pages behind a view restriction are made
    private afterwards by Wagtail's own serve hook, which overrides this."""
    if request.user.is_authenticated:
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, public=True, max_age=settings.PUBLIC_PAGE_CACHE_SECONDS)
