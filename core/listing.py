"""Pagination and queries shared by every listing (kits, news, events, search results).

Page numbers come from shareable URLs, so anything can arrive: a word, a negative number, a number
with forty digits, digits of another script ("²", "٣", "３"). The listing never fails on them; it shows
the nearest real page and says why."""

from django.core.paginator import Paginator
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction

from core.caching import SITE, STRUCTURE, cached_fragment
from core.renditions import specs

MAX_PAGE_DIGITS = 6

# ?own_language=1: the reader asked for the items in their own language only, without the originals
# of the pages not translated into it (templates/includes/own_language_choice.html).
OWN_LANGUAGE_PARAMETER = "own_language"


def wants_own_language(request):
    return request.GET.get(OWN_LANGUAGE_PARAMETER) == "1"


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
        self.prepare = prepare

    @cached_property
    def items(self):
        """The items of the page shown, read (and prepared) when a template first asks for them: the
        cards of a list may all come from the cache (core.cards)."""
        items = list(self.page.object_list)
        if self.prepare and items:
            self.prepare(items)
        return items

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


def prefetch_renditions(pages, image_field, rendition):
    """Load the pages' images and their `rendition` (a name of core.renditions) in two queries,
    however many pages."""
    images = get_image_model().objects.prefetch_renditions(*specs(rendition))
    prefetch_related_objects(pages, Prefetch(image_field, queryset=images))


def under(paths):
    """A condition for pages at or below any of the tree `paths` (sections, language trees); with no
    paths it matches no page."""
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


def public(pages):
    """`pages` without those behind a view restriction; Wagtail's `.public()` without its query
    (the restricted paths are cached, and expired when a restriction changes)."""
    paths = restricted_paths()
    return pages.exclude(under(paths)) if paths else pages


def restricted_paths():
    """The paths of the pages behind a view restriction and of their aliases (which Wagtail restricts
    as their source), from the cache: a move changes paths, so it expires them (core.caching)."""

    def paths():
        restricted = PageViewRestriction.objects.values("page_id")
        aliases = Page.objects.filter(alias_of__in=restricted).values_list("path", flat=True)
        return list(PageViewRestriction.objects.values_list("page__path", flat=True)) + list(aliases)

    return cached_fragment("restricted-paths", paths, depends_on=(SITE, STRUCTURE))
