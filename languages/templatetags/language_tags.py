"""Template tags for pages in several languages: the switcher's and hreflang's facts, addresses in
the reader's language, language names."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from core.caching import cached_fragment, page_fragment_tags
from languages import pages as page_languages_of
from languages.codes import language_name_in
from languages.spoken import spoken_language_name

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context, page=None):
    """Language facts for the page being rendered (see languages.pages), computed once per request."""
    request = context["request"]
    cached = getattr(request, "_page_languages", None)
    if cached is None:
        if isinstance(page, Page):
            cached = cached_fragment(
                "page-languages",
                lambda: page_languages_of.for_page(request, page),
                page.pk,
                depends_on=page_fragment_tags(page),
            )
        elif is_named_view(request):
            # The same 31 links for every visit of a view's address: reversing them is most of its cost.
            cached = cached_fragment("view-languages", lambda: page_languages_of.for_view(request), request.path)
        else:  # an address that no view takes (a 404): not worth an entry in the cache
            cached = page_languages_of.for_view(request)
        request._page_languages = cached
    return cached


def is_named_view(request):
    """Whether a view of the portal's own took the address; Wagtail's catch-all ("wagtail_serve") takes
    any address, and answers a page-less one with a 404."""
    match = getattr(request, "resolver_match", None)
    return bool(match and match.url_name and match.url_name != "wagtail_serve")


@register.simple_tag(takes_context=True)
def localized_url(context, page, translated=False):
    """The page's address in the reader's language: its translation, else its untranslated-fallback
    address. Lists whose pages are already in the reader's language where they can be (cards) say
    `translated=True` and save the query for the translation."""
    language_code = get_language()
    if not translated:
        page = page_languages_of.localized_pages([page], language_code)[0]
    return page_languages_of.reader_url(context["request"], page, language_code)


@register.filter
def language_name(code):
    """The name of language `code` in the reader's language, as in running text ("anglais")."""
    return language_name_in(code, get_language())


@register.filter
def spoken_language(code):
    """The name of any language a teacher may speak (languages.spoken), in the reader's language, as in a
    list ("Anglais")."""
    return spoken_language_name(code, get_language())
