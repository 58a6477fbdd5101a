"""Pagination and localisation shared by every listing (kits, news, events, search results).

Page numbers come from shareable URLs, so anything can arrive: a word, a negative number, a number
with forty digits, digits of another script ("²", "٣", "３"). The listing never fails on them; it shows
the nearest real page and says why."""

from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Prefetch, Q, prefetch_related_objects
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction

from home import languages
from home.caching import cached_fragment, locale_codes

MAX_PAGE_DIGITS = 6


def is_ascii_number(value):
    """Whether `value` (from a URL or a form) is written in ASCII digits, as every number the portal
    writes is. str.isdigit() is also true of "²" or "①", which int() refuses (a server error), and of
    "٣" or "３", which int() reads as 3."""
    return value.isascii() and value.isdigit()


class Listing:
    """One page of `items`, with links that keep the rest of the query string (the filters)."""

    def __init__(self, request, items, per_page, prepare=None):
        self.request = request
        self.paginator = Paginator(items, per_page, allow_empty_first_page=True)
        number, self.message = self.page_number(request.GET.get("page"))
        self.page = self.paginator.page(number)
        self.items = list(self.page.object_list)
        if prepare and self.items:
            prepare(self.items)

    def page_number(self, raw):
        if raw in (None, ""):
            return 1, ""
        if not is_ascii_number(raw) or len(raw) > MAX_PAGE_DIGITS or int(raw) < 1:
            return 1, _("There is no page “%(page)s”; here is the first page.") % {"page": raw[:20]}
        last = self.paginator.num_pages
        if int(raw) > last:
            return last, _("There are only %(count)d pages; here is the last one.") % {"count": last}
        return int(raw), ""

    @property
    def count(self):
        return self.paginator.count

    def url_for_page(self, number):
        query = self.request.GET.copy()
        query.pop("page", None)
        if number > 1:
            query["page"] = number
        encoded = query.urlencode()
        return f"?{encoded}" if encoded else self.request.path

    @property
    def previous_url(self):
        return self.url_for_page(self.page.previous_page_number()) if self.page.has_previous() else ""

    @property
    def next_url(self):
        return self.url_for_page(self.page.next_page_number()) if self.page.has_next() else ""

    @property
    def page_links(self):
        """(number, url) for the pages around the current one; None marks a gap."""
        links, last_shown = [], 0
        for number in self.paginator.get_elided_page_range(self.page.number, on_each_side=2, on_ends=1):
            if number == self.paginator.ELLIPSIS:
                links.append(None)
            else:
                links.append((number, self.url_for_page(number)))
                last_shown = number
        return links if last_shown > 1 else []


def localized_pages(pages, specific=True):
    """The pages in the reader's language where a translation is live, else as they are; one query
    (plus one per page type when `specific`)."""
    if not pages:
        return []
    code = get_language()
    translations = Page.objects.live().filter(
        translation_key__in=[page.translation_key for page in pages], locale__language_code=code
    )
    translated = {page.translation_key: page for page in (translations.specific() if specific else translations)}
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
    page_language = locale_codes()[page.locale_id]
    if page_language == language_code:
        return url
    return languages.swap_language_prefix(url, page_language, language_code)


CARD_IMAGE_SPEC = "fill-640x360"


def prefetch_renditions(pages, image_field, spec=CARD_IMAGE_SPEC):
    """Load the pages' images and their `spec` renditions in two queries, however many pages."""
    images = get_image_model().objects.prefetch_renditions(spec)
    prefetch_related_objects(pages, Prefetch(image_field, queryset=images))


def public(pages):
    """`pages` without those behind a view restriction; Wagtail's `.public()` without its query
    (the restricted paths are cached, and expired when a restriction changes)."""
    restricted = Q()
    for path in restricted_paths():
        restricted |= Q(path__startswith=path)
    return pages.exclude(restricted) if restricted else pages


def restricted_paths():
    return cached_fragment(
        "restricted-paths", lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True))
    )
