"""Pages across languages: which language a page is in, a list of pages in the reader's language,
a page's real translations, the language switcher, the hreflang alternates, the canonical address,
and whether a page is shown untranslated.

Rules:
- a real translation is a live, public page of the same translation key that is not an alias;
- a page shown under a language it has no translation in is an *untranslated fallback*: interface in
  the visitor's language, content marked with its own ``lang``, canonical pointing at the page itself
  (the source), and never listed as an alternate;
- the language switcher leads to the same page in every language: the translation where there is one,
  else the fallback address under that language's prefix.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from core.caching import cached_fragment
from core.site import absolute_url
from languages.codes import language_name_in, native_name


@dataclass
class LanguageLink:
    code: str
    name: str  # the language's name in itself: "Deutsch", "Ελληνικά"
    url: str
    is_current: bool
    is_translated: bool


@dataclass
class PageLanguages:
    interface_language: str
    content_language: str
    content_language_name: str = ""
    canonical_url: str = ""
    alternates: list = field(default_factory=list)  # (hreflang, absolute url), x-default last
    links: list = field(default_factory=list)  # LanguageLink for every portal language

    @property
    def is_untranslated(self):
        return self.content_language != self.interface_language

    @property
    def translated_links(self):
        """The languages the page can really be read in (its original and its translations)."""
        return [link for link in self.links if link.is_translated]


def locale_codes():
    """Locale id -> language code, for showing many pages without loading each one's locale."""
    return cached_fragment("locale-codes", lambda: dict(Locale.objects.values_list("pk", "language_code")))


def page_language(page):
    """The page's language code, without a query."""
    return locale_codes()[page.locale_id]


def swap_language_prefix(url, from_code, to_code):
    """'/en/about/' -> '/de/about/'. Every portal URL starts with its language (i18n_patterns)."""
    prefix = f"/{from_code}/"
    index = url.find(prefix)
    if index == -1:
        return url
    return url[:index] + f"/{to_code}/" + url[index + len(prefix) :]


def localized_pages(pages, language_code):
    """The pages in `language_code` where a translation is live, else as they are; one query."""
    if not pages:
        return []
    translations = Page.objects.live().filter(
        translation_key__in=[page.translation_key for page in pages], locale__language_code=language_code
    )
    translated = {page.translation_key: page for page in translations}
    return [translated.get(page.translation_key, page) for page in pages]


def in_language_or_original(pages, language_code):
    """`pages` in the reader's language, plus the original of every page not translated into it, so
    that a list in Maltese still shows the English-only news, marked as such. One SQL query; the
    original of a page is the first version of it that was created."""
    same_page = pages.model.objects.live().filter(translation_key=OuterRef("translation_key"))
    translated = Exists(same_page.filter(locale__language_code=language_code))
    older_version = Exists(same_page.filter(pk__lt=OuterRef("pk")))
    return pages.filter(Q(locale__language_code=language_code) | (~translated & ~older_version))


def reader_url(request, page, language_code):
    """The page's address under the reader's language: its own URL, or the untranslated-fallback
    address when it is in another language."""
    url = page.get_url(request)
    language = page_language(page)
    if language == language_code:
        return url
    return swap_language_prefix(url, language, language_code)


def real_translations(page):
    """Live, public, non-alias versions of the page in every language, keyed by language code."""
    pages = (
        Page.objects.live()
        .public()
        .filter(translation_key=page.translation_key, alias_of__isnull=True)
        .select_related("locale")
    )
    return {translation.locale.language_code: translation for translation in pages}


def for_page(request, page):
    interface_language = get_language()
    source = page.alias_of if page.alias_of_id else page
    content_language = source.locale.language_code
    translations = real_translations(page)
    source_url = source.get_url(request)

    links = []
    for code, _name in settings.LANGUAGES:
        translation = translations.get(code)
        if translation is not None:
            url = translation.get_url(request)
        else:
            url = swap_language_prefix(source_url, content_language, code)
        links.append(LanguageLink(code, native_name(code), url, code == interface_language, translation is not None))

    alternates = [(code, translation.get_full_url(request)) for code, translation in translations.items()]
    default = translations.get(settings.LANGUAGE_CODE) or source
    if alternates:
        alternates.append(("x-default", default.get_full_url(request)))

    return PageLanguages(
        interface_language=interface_language,
        content_language=content_language,
        content_language_name=language_name_in(content_language, interface_language),
        canonical_url=source.get_full_url(request),
        alternates=alternates,
        links=links,
    )


def for_view(request):
    """Language switcher for pages that are views rather than Wagtail pages (404, search, ...)."""
    interface_language = get_language()
    links = [
        LanguageLink(code, native_name(code), translate_url(request.path, code), code == interface_language, True)
        for code, _name in settings.LANGUAGES
    ]
    return PageLanguages(
        interface_language=interface_language,
        content_language=interface_language,
        canonical_url=absolute_url(request.path),
        links=links,
    )
