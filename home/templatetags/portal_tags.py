import json
from dataclasses import dataclass

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from home import languages, listing
from home.caching import cached_fragment, locale_codes
from home.models import NavigationSettings, SiteSettings

register = template.Library()


@dataclass
class MenuItem:
    title: str
    url: str
    language: str  # the title's language; differs from the page's when there is no translation


@register.simple_tag(takes_context=True)
def page_languages(context, page=None):
    """Language facts for the page being rendered (see home.languages), computed once per request."""
    request = context["request"]
    cached = getattr(request, "_page_languages", None)
    if cached is None:
        if isinstance(page, Page):
            cached = cached_fragment("page-languages", lambda: languages.for_page(request, page), page.pk)
        else:
            cached = languages.for_view(request)
        request._page_languages = cached
    return cached


def localized_links(request, pages):
    """Links to the pages in the reader's language, in one query. A page without a translation keeps
    the reader in their language through its untranslated-fallback address, titled in its own."""
    code = get_language()
    return [
        MenuItem(page.title, listing.reader_url(request, page, code), locale_codes()[page.locale_id])
        for page in listing.localized_pages(pages, specific=False)
    ]


@register.simple_tag(takes_context=True)
def navigation(context):
    """Main menu and footer links, computed once per request (header and footer both use them)."""
    request = context["request"]
    if not hasattr(request, "_navigation"):
        request._navigation = cached_fragment("navigation", lambda: menus(request))
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

    return cached_fragment("breadcrumbs", links, page.pk)


@register.simple_tag(takes_context=True)
def localized_url(context, page):
    """The page's address in the reader's language (its translation, else its fallback address)."""
    return localized_links(context["request"], [page])[0].url


@register.simple_tag(takes_context=True)
def reader_url(context, page):
    """The page's address under the reader's language (see home.listing.reader_url)."""
    return listing.reader_url(context["request"], page, get_language())


@register.filter
def language_name(code):
    """The name of language `code` in the reader's language, as in running text ("anglais")."""
    return languages.language_name_in(code, get_language())


@register.simple_tag(takes_context=True)
def json_ld(context, page, image=None):
    """Structured data (schema.org) for pages that describe themselves with `json_ld(request)`;
    `image` is the social-media rendition the template has already made."""
    if not hasattr(page, "json_ld"):
        return ""
    request = context["request"]
    data = {"@context": "https://schema.org", **page.json_ld(request), "url": page.get_full_url(request)}
    if image:
        data["image"] = image.full_url
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(json_script_content(data)))


def json_script_content(data):
    """JSON safe inside a <script> element (the characters that could end it are escaped)."""
    from django.core.serializers.json import DjangoJSONEncoder

    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)


JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
