"""What public pages show is cached at two levels: fragments that many pages share (menus, footer
settings, a page's language links, filter choices; `cached_fragment`) and whole anonymous responses
(core.page_cache). Both are kept under *tags*, names of what they were built from, and each tag has a
version in the cache: a new version makes every entry built from the older one unreachable, so
nothing has to know which keys to delete, and no visitor sees a menu, list or page that the last
publication made stale. The tags (see `tags_changed_by`):

- "site": everything (settings, taxonomies, countries, locales, view restrictions);
- "structure": titles and addresses that menus, breadcrumbs and links show; a page whose title or
  slug changes, or that is unpublished, moved or deleted, changes it;
- "page:<translation key>": a page in every language (its content, its language links);
- "children:<translation key>": the lists of a page's children ("In this section");
- "list:<model>": lists of a page type anywhere (the home page's newest kits, the news index);
- "any-page": what any publication may change (search results, the sitemap).

A publication thus expires what it changed, not every page of every language. The cache must be
shared by all server processes for this to hold (Redis in production, a disk cache in the embedded
set-up; see portal.settings.base)."""

import hashlib
import re
import time

from asgiref.local import Local
from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

SITE = "site"
STRUCTURE = "structure"
ANY_PAGE = "any-page"
SITE_WIDE = (SITE,)
TAG_PREFIX = "tag:"
PLAIN_KEY = re.compile(r"[\x21-\x7e]{1,200}")  # what every cache backend takes as a key as it is
_request = Local()  # per thread or task: the memo of the request being served


def page_tag(page):
    return f"page:{page.translation_key}"


def children_tag(translation_key):
    """The lists of the children of the page of `translation_key` (in every language)."""
    return f"children:{translation_key}"


def page_fragment_tags(page):
    """What a fragment of `page` (its body, its language links) is built from: the page in every
    language, and the site's settings and structure."""
    return (SITE, STRUCTURE, page_tag(page))


def list_tag(model):
    return f"list:{model._meta.label_lower}"


def tag_versions(tags):
    """{tag: version} of `tags`, read from the cache once per request. A version is the time it was
    given, in nanoseconds. A tag without one (never expired, or evicted from the cache) gets the time
    the request started: entries built under a lost version can then never match again."""
    memo = getattr(_request, "memo", None)
    known = memo.setdefault("tags", {}) if memo is not None else {}
    missing = [tag for tag in tags if tag not in known]
    if missing:
        found = cache.get_many([TAG_PREFIX + tag for tag in missing])
        for tag in missing:
            version = found.get(TAG_PREFIX + tag)
            if version is None:
                version = request_started_at()
                if not cache.add(TAG_PREFIX + tag, version, timeout=None):
                    version = cache.get(TAG_PREFIX + tag, version)
            known[tag] = version
    return {tag: known[tag] for tag in tags}


def expire(tags):
    """Give each tag a new version: everything cached under the old ones is gone for every process."""
    version = time.time_ns()
    cache.set_many({TAG_PREFIX + tag: version for tag in tags}, timeout=None)
    memo = getattr(_request, "memo", None)
    if memo is not None:
        memo.pop("tags", None)


def cached_fragment(name, compute, *parts, depends_on=SITE_WIDE):
    """The value of `compute()` for `name` and `parts` in the current language, built from the
    current versions of the tags it `depends_on`.

    Within a request each fragment is read from the cache once and then remembered, and so are the
    tags' versions: a list of twelve cards asks for the locale codes twelve times."""
    memo = getattr(_request, "memo", None)
    key = (name, get_language(), *parts)
    if memo is not None and key in memo:
        return memo[key]
    versions = tag_versions(depends_on)
    cache_key = fragment_key(name, (*key[1:], *versions.values()))
    value = cache.get(cache_key)
    if value is None:
        value = compute()
        cache.set(cache_key, value, timeout=settings.FRAGMENT_CACHE_SECONDS)
    if memo is not None:
        memo[key] = value
    return value


def cached_fragments(name, parts_list, compute_missing, depends_on=SITE_WIDE):
    """{parts: value} for each of `parts_list`, as `cached_fragment(name, compute, *parts)` would give,
    in one read of the cache: `compute_missing(missing parts_list)` gives {parts: value} of those that
    were not kept (one that it leaves out is not kept, and not in the result)."""
    versions = ":".join(str(version) for version in tag_versions(depends_on).values())
    language = get_language()
    keys = {parts: fragment_key(name, (language, *parts, versions)) for parts in parts_list}
    found = cache.get_many(list(keys.values()))
    values = {parts: found[key] for parts, key in keys.items() if key in found}
    missing = [parts for parts in parts_list if parts not in values]
    if missing:
        computed = compute_missing(missing)
        kept = {keys[parts]: value for parts, value in computed.items()}
        cache.set_many(kept, timeout=settings.FRAGMENT_CACHE_SECONDS)
        values.update(computed)
    return values


def fragment_key(name, parts):
    """The cache key of fragment `name` for `parts`: spelled out where it can be, a digest where a part
    (an address a visitor typed, say) is long or has spaces or other characters a backend may refuse."""
    key = ":".join(str(part) for part in (name, *parts))
    if PLAIN_KEY.fullmatch(key):
        return key
    return f"{name}:{hashlib.sha256(key.encode()).hexdigest()}"


def request_started_at():
    """When the request being served started (ns), or now outside a request."""
    memo = getattr(_request, "memo", None)
    return memo["started"] if memo else time.time_ns()


def start_request_memo(**_kwargs):
    """Signal receiver (request_started): fragments are remembered for one request only."""
    _request.memo = {"started": time.time_ns()}


def end_request_memo(**_kwargs):
    """Signal receiver (request_finished)."""
    _request.memo = None


def expire_site(**_kwargs):
    """Signal receiver: a setting, taxonomy, country, locale or view restriction changed, which any
    page may show."""
    expire([SITE])


def tags_changed_by(page, structural):
    """The tags a publication, unpublication, move or deletion of `page` changes: the page in every
    language, its parent's list of children, the lists of its type, search and the sitemap, and the
    titles and addresses other pages show when `structural`."""
    tags = {ANY_PAGE, page_tag(page), list_tag(page.specific_class or type(page))}
    parent_key = page_parent_translation_key(page)
    if parent_key:
        tags.add(children_tag(parent_key))
    if structural:
        tags.add(STRUCTURE)
    return tags


def page_parent_translation_key(page):
    from wagtail.models import Page

    if page.depth <= 1:
        return None
    return Page.objects.filter(path=page.path[: -Page.steplen]).values_list("translation_key", flat=True).first()


def set_page_cache_headers(request, response):
    """Public pages may be kept by browsers and shared caches for a few minutes; pages seen by a
    logged-in user (the admin's user bar) never are. Pages behind a view restriction are made
    private afterwards by Wagtail's own serve hook, which overrides this."""
    if request.user.is_authenticated:
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, public=True, max_age=settings.PUBLIC_PAGE_CACHE_SECONDS)
