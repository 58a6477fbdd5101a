"""The portal's menus, footer settings and breadcrumbs, in the reader's language."""

from dataclasses import dataclass

from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from core.caching import SITE, STRUCTURE, cached_fragment
from home.models import NavigationSettings, SiteSettings
from languages.pages import localized_pages, page_language, reader_url

register = template.Library()


@dataclass
class MenuItem:
    title: str
    url: str
    language: str  # the title's language; differs from the page's when there is no translation


def localized_links(request, pages):
    """Links to the pages in the reader's language, in one query. A page without a translation keeps
    the reader in their language through its untranslated-fallback address, titled in its own."""
    code = get_language()
    return [
        MenuItem(page.title, reader_url(request, page, code), page_language(page))
        for page in localized_pages(pages, code)
    ]


@register.simple_tag(takes_context=True)
def navigation(context):
    """Main menu and footer links, computed once per request (header and footer both use them)."""
    request = context["request"]
    if not hasattr(request, "_navigation"):
        request._navigation = cached_fragment("navigation", lambda: menus(request), depends_on=(SITE, STRUCTURE))
    return request._navigation


def menus(request):
    settings = NavigationSettings.load(request_or_site=request)
    main, footer = (
        [link.page for link in links.select_related("page", "page__locale") if link.page.live]
        for links in (settings.main_menu_links, settings.footer_links)
    )
    items = localized_links(request, main + footer)
    return {"main": items[: len(main)], "footer": items[len(main) :]}


@register.simple_tag(takes_context=True)
def site_settings(context):
    """Contact details and social links for the footer, cached like the menus."""
    return cached_fragment("site-settings", lambda: SiteSettings.load(request_or_site=context["request"]))


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """Links to the page's ancestors below the root, in the reader's language (a page shown
    untranslated still leads back to the reader's own home page)."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    request = context["request"]

    def links():
        ancestors = page.get_ancestors().filter(depth__gt=1).live().select_related("locale")
        return localized_links(request, list(ancestors))

    return cached_fragment("breadcrumbs", links, page.pk, depends_on=(SITE, STRUCTURE))
