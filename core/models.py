"""The base of every public page type."""

from django.apps import apps
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from core.blocks import ContentStreamBlock
from core.caching import children_tag, list_tag, page_fragment_tags, set_page_cache_headers
from core.cards import Cards
from core.listing import Listing, restricted_paths, wants_own_language
from core.page_cache import note_dependencies
from languages.pages import page_language


class PublicPageMixin:
    """Cache headers and a search-engine description for every public page type. A mixin rather
    than a base page so that routable pages (kits with their PDF, the news feed) put it first."""

    # The page types ("app.Model") this page lists wherever they are in the tree: their publications
    # expire this page in the page cache (core.caching). Its own children always do.
    lists_pages_of = ()
    # {image field: the named sizes (core.renditions) in which lists and the page show it}: made in the
    # background when the page is published (core.pictures).
    pictures = {}

    @property
    def language_code(self):
        """The page's language without a query."""
        return page_language(self)

    @property
    def description(self):
        return self.search_description or self.introduction

    def serve(self, request, *args, **kwargs):
        note_dependencies(request, *self.cache_tags())
        response = super().serve(request, *args, **kwargs)
        set_page_cache_headers(request, response)
        return response

    def get_view_restrictions(self):
        """Wagtail's serve hook asks on every request, in two queries; the restricted paths (and their
        aliases') come from the cache, so a page outside them answers without a query."""
        if self.alias_of_id or any(self.path.startswith(path) for path in restricted_paths()):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()

    def cache_tags(self):
        """What this page shows, as cache tags (core.caching): the site's settings and structure, this
        page in every language, its children and the page types it lists."""
        listed = (list_tag(apps.get_model(label)) for label in self.lists_pages_of)
        return (*page_fragment_tags(self), children_tag(self.translation_key), *listed)


class ContentPage(PublicPageMixin, RoutablePageMixin, Page):
    """Fields every public content page shares: a short introduction and a flexible body. Routable,
    so that a page type can add sub-pages (a feed, a file) and still get PublicPageMixin's headers."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences under the title; also used as the description for search engines."),
    )
    body = StreamField(
        ContentStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The page's content: paragraphs, headings, images, quotes, videos and calls to action."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]

    class Meta:
        abstract = True


class ListingIndexPage(ContentPage):
    """An index page that lists pages in the reader's language (originals where not translated), a
    page of them at a time, optionally filtered by GET parameters. A subclass says which pages
    (`listed_pages`), how many per page, which filter set, and what its cards need (`prepare_cards`)."""

    items_per_page = 10
    filter_class = None  # an ExplainingFilterSet taking (data, pages, language_code=...)

    class Meta:
        abstract = True

    def listed_pages(self, request, language_code):
        raise NotImplementedError(f"{type(self).__name__} must say which pages it lists.")

    @staticmethod
    def prepare_cards(pages):
        """Load what the cards of one page of the list show, in a fixed number of queries."""

    @staticmethod
    def describe_card(page):
        """The card template's arguments besides the page (image, kicker, tags; core.cards)."""
        return {}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language_code = get_language()
        pages = self.listed_pages(request, language_code)
        context["own_language_only"] = wants_own_language(request)
        if context["own_language_only"]:
            pages = pages.filter(locale__language_code=language_code)
        if self.filter_class is not None:
            page_filter = self.filter_class(request.GET, pages, language_code=language_code)
            context["filter"] = page_filter
            pages = page_filter.results()
        listing = Listing(request, pages, self.items_per_page, prepare=self.prepare_cards)
        context["listing"] = listing
        context["cards"] = Cards(
            request, listing.page.object_list, self._meta.label_lower, self.describe_card, self.prepare_cards
        )
        return context
