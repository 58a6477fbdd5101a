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


def localized_menus(request, menus):
    """Menus of linked pages, each page in the reader's language (one query for all menus). A page
    without a translation keeps the reader in their language through the untranslated-fallback address."""
    code = get_language()
    pages = [link.page for links in menus.values() for link in links if link.page.live]
    translated = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=[page.translation_key for page in pages], locale__language_code=code
        )
    }
    result = {}
    for name, links in menus.items():
        items = []
        for page in (link.page for link in links if link.page.live):
            if page.translation_key in translated:
                shown = translated[page.translation_key]
                items.append(MenuItem(shown.title, shown.get_url(request), code))
            else:
                url = languages.swap_language_prefix(page.get_url(request), page.locale.language_code, code)
                items.append(MenuItem(page.title, url, page.locale.language_code))
        result[name] = items
    return result


@register.simple_tag(takes_context=True)
def navigation(context):
    """Main menu and footer links, computed once per request (header and footer both use them)."""
    request = context["request"]
    if not hasattr(request, "_navigation"):
        settings = NavigationSettings.load(request_or_site=request)
        request._navigation = localized_menus(
            request,
            {
                "main": list(settings.main_menu_links.select_related("page", "page__locale")),
                "footer": list(settings.footer_links.select_related("page", "page__locale")),
            },
        )
    return request._navigation


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """Ancestors of the page below the language root, in the page's own tree."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gt=1).specific(defer=True))
