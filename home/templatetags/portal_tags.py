from dataclasses import dataclass

from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from home import languages
from home.models import NavigationSettings

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
        is_page = isinstance(page, Page)
        cached = languages.for_page(request, page) if is_page else languages.for_view(request)
        request._page_languages = cached
    return cached


def localized_links(request, pages):
    """Links to the pages in the reader's language, in one query. A page without a translation keeps
    the reader in their language through its untranslated-fallback address, titled in its own."""
    code = get_language()
    translated = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=[page.translation_key for page in pages], locale__language_code=code
        )
    }
    items = []
    for page in pages:
        if page.translation_key in translated:
            shown = translated[page.translation_key]
            items.append(MenuItem(shown.title, shown.get_url(request), code))
        else:
            url = languages.swap_language_prefix(page.get_url(request), page.locale.language_code, code)
            items.append(MenuItem(page.title, url, page.locale.language_code))
    return items


@register.simple_tag(takes_context=True)
def navigation(context):
    """Main menu and footer links, computed once per request (header and footer both use them)."""
    request = context["request"]
    if not hasattr(request, "_navigation"):
        settings = NavigationSettings.load(request_or_site=request)
        main, footer = (
            [link.page for link in links.select_related("page", "page__locale") if link.page.live]
            for links in (settings.main_menu_links, settings.footer_links)
        )
        items = localized_links(request, main + footer)
        request._navigation = {"main": items[: len(main)], "footer": items[len(main) :]}
    return request._navigation


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """Links to the page's ancestors below the root, in the reader's language (a page shown
    untranslated still leads back to the reader's own home page)."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    ancestors = page.get_ancestors().filter(depth__gt=1).live().select_related("locale")
    return localized_links(context["request"], list(ancestors))


@register.simple_tag(takes_context=True)
def localized_url(context, page):
    """The page's address in the reader's language (its translation, else its fallback address)."""
    return localized_links(context["request"], [page])[0].url
