"""The page cache: whole responses of public pages, kept for anonymous visitors in the configured cache
(Redis in production, the disk cache embedded) per address, so that a reader's request costs a cache
read instead of a render.

Our own middleware rather than Django's per-site cache or wagtail-cache: both key a response on its
address and expire it only by time or all at once, while a publication here must expire exactly the
responses that show the page, within a second, in every server process. Each response is stored with
the versions of the cache tags it was built from (core.caching: the page, its lists, the site's
structure); a publication gives those tags new versions, and the entries made under the old ones no
longer match.

What is never cached or served from the cache: a request with a session or a pending message (a
logged-in user, someone who just sent a form), anything but GET, a response that is not a 200, that
sets a cookie, or whose Cache-Control is not public (pages behind a view restriction, Live, the
accounts). PAGE_CACHE_SECONDS=0 turns it off."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from core.caching import ANY_PAGE, SITE, STRUCTURE, request_started_at, tag_versions

# Responses of views that say nothing about what they show depend on any publication.
DEFAULT_TAGS = (SITE, STRUCTURE, ANY_PAGE)
# Cookies that make a visitor's page their own (Django's messages when they are kept in a cookie).
PERSONAL_COOKIES = ("messages",)
# Longer query strings are someone's experiment, not a reader's link: not worth a cache entry.
MAX_QUERY_LENGTH = 200
KEY_PREFIX = "response:"
# Says whether a response came from the page cache: for the people who measure and debug it.
STATUS_HEADER = "X-Page-Cache"


def note_dependencies(request, *tags):
    """Say that the response to `request` shows what `tags` name (core.caching)."""
    if not hasattr(request, "_cache_tags"):
        request._cache_tags = set()
    request._cache_tags.update(tags)


class PageCacheMiddleware:
    """Placed before the session middleware, so that a cached page is answered before anything else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not may_be_cached(request):
            return self.get_response(request)
        key = response_key(request)
        cached = cached_response(key)
        if cached is not None:
            return cached
        started = request_started_at()
        response = self.get_response(request)
        if is_shareable(request, response):
            store(key, request, response, started)
            response.headers[STATUS_HEADER] = "miss"
        return response


def may_be_cached(request):
    if request.method != "GET" or len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH:
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and not any(name in cookies for name in PERSONAL_COOKIES)


def response_key(request):
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return KEY_PREFIX + hashlib.sha256(address.encode()).hexdigest()


def is_shareable(request, response):
    cache_control = response.get("Cache-Control", "")
    user = getattr(request, "user", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "public" in cache_control
        and "private" not in cache_control
        and (user is None or not user.is_authenticated)
    )


def cached_response(key):
    entry = cache.get(key)
    if entry is None:
        return None
    versions, status, headers, content = entry
    if tag_versions(versions) != versions:
        return None
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response.headers[name] = value
    response.headers[STATUS_HEADER] = "hit"
    return response


def store(key, request, response, started):
    """Keep the response unless a tag it depends on was expired while it was being made (a publication
    during the render: what it shows may be older than the publication)."""
    tags = sorted(getattr(request, "_cache_tags", None) or DEFAULT_TAGS)
    versions = tag_versions(tags)
    if any(version > started for version in versions.values()):
        return
    entry = (versions, response.status_code, list(response.items()), response.content)
    cache.set(key, entry, timeout=settings.PAGE_CACHE_SECONDS)
