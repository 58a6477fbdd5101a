"""Which change expires which cache tags (core.caching), and the edge cache's URLs (core.edge).

A publication, unpublication, move or deletion expires the tags of `core.caching.tags_changed_by`
once its transaction commits: a visitor who asks a moment earlier still gets the old version, and
nobody after it. Whether a publication is *structural* (other pages show its title or address:
menus, breadcrumbs, related links) is decided by comparing the page's row before the publication
saves it (`remember_live_state`)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.caching import expire, expire_site, tags_changed_by

# What other pages show of a page: a change in any of these is structural.
SHOWN_ELSEWHERE = ("title", "slug", "url_path", "live", "show_in_menus")
NEW_PAGE = {"live": False}


def remember_live_state(sender, instance, update_fields=None, **_kwargs):
    """pre_save receiver: keep what the page's row says before a save that may change it."""
    if not isinstance(instance, Page):
        return
    if instance.pk is None:
        instance._live_state_before = NEW_PAGE
    elif update_fields is None or set(SHOWN_ELSEWHERE) & set(update_fields):
        instance._live_state_before = Page.objects.filter(pk=instance.pk).values(*SHOWN_ELSEWHERE).first()


def is_structural(page):
    """Whether publishing `page` changed what other pages show of it. A first publication is not (only
    lists show a new page, and they have tags of their own); a language's home page always is (every
    page of the language routes through it)."""
    before = getattr(page, "_live_state_before", None)
    if page.depth <= 2 or before is None:  # before is None: not known, so the safe answer
        return True
    if not before["live"]:
        return False
    return any(before[field] != getattr(page, field) for field in SHOWN_ELSEWHERE)


def expire_after_commit(page, structural):
    tags = tags_changed_by(page, structural)

    def expire_now():
        from core.edge import has_edge_cache, purge_edge

        expire(tags)
        # The addresses cost a query and a URL per language version: only worth it with an edge to purge.
        if has_edge_cache():
            purge_edge(edge_urls(page))

    transaction.on_commit(expire_now)


def expire_published(sender, instance, **_kwargs):
    expire_after_commit(instance, is_structural(instance))


def expire_removed(sender, instance, **_kwargs):
    """Unpublished, moved or deleted: menus, breadcrumbs and links may have shown it."""
    expire_after_commit(instance, structural=True)


def expire_deleted_rendition(sender, instance, **_kwargs):
    """A picture's file is gone (its image was replaced or deleted): the pages and cards kept with its
    address must be made again, or readers get broken pictures."""
    transaction.on_commit(expire_site)


def edge_urls(page):
    """Absolute URLs of an edge cache (core.edge) that show `page` most: each language version of it,
    its parent (a list of children, an index) and that language's home page. The edge keeps a page at
    most PUBLIC_PAGE_CACHE_SECONDS, which bounds how long any other address stays stale there (another
    language's fallback address of the page, another index); the portal's own cache has no such lag.
    Each URL purged at the edge is rendered again, so the list is kept short; the page itself comes
    first, since core.edge refreshes the first URL before the others."""
    from core.site import absolute_url

    versions = Page.objects.filter(translation_key=page.translation_key).select_related("locale")
    urls = set()
    for version in versions:
        for shown in (version, version.get_parent()):
            url = shown.get_url()
            if url:
                urls.add(url)
        urls.add(f"/{version.locale.language_code}/")
    own = page.get_url()
    return [absolute_url(url) for url in ([own] if own else []) + sorted(urls - {own})]


def connect_expiry():
    """Any change an editor can make to what public pages show expires the tags that show it. Saving a
    plain model covers the admin's snippets, settings and taxonomies: each app declares which of its
    models appear on public pages (core.registry.PortalAppConfig.fragment_models)."""
    from core.registry import fragment_models

    pre_save.connect(remember_live_state, dispatch_uid="remember-live-state")
    page_published.connect(expire_published, dispatch_uid="expire-published")
    page_unpublished.connect(expire_removed, dispatch_uid="expire-unpublished")
    post_page_move.connect(expire_removed, dispatch_uid="expire-moved")
    post_delete.connect(expire_removed, sender=Page, dispatch_uid="expire-deleted")
    post_delete.connect(
        expire_deleted_rendition, sender=get_image_model().get_rendition_model(), dispatch_uid="expire-renditions"
    )
    for model in fragment_models():
        label = model._meta.label
        post_save.connect(expire_site, sender=model, dispatch_uid=f"expire-site-save-{label}")
        post_delete.connect(expire_site, sender=model, dispatch_uid=f"expire-site-delete-{label}")
