from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import Http404
from django.urls import Resolver404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Locale, Orderable, Page, Site

from core.caching import SITE, STRUCTURE, cached_fragment
from core.cards import Cards
from core.listing import prefetch_renditions
from core.models import ContentPage
from core.ordered_pages import PagesInOrder, in_stored_order
from core.site import host_and_port
from events.models import EventPage
from kits.models import KitPage
from news.models import NewsPage


def has_sub_route(page_class, path_components):
    """Whether a page of `page_class` has a route for the rest of an address (a kit's pdf/); pages
    that are not routable have none, since the rest would be a child, and there is no deeper page."""
    if not issubclass(page_class, RoutablePageMixin):
        return False
    try:
        page_class.get_resolver().resolve("/" + "/".join(path_components) + "/")
    except Resolver404:
        return False
    return True


class HomePage(ContentPage):
    """The root of each language's tree. Routes pages that exist in another language only."""

    headline = models.CharField(
        _("headline"), max_length=160, help_text=_("The large welcome line at the top of the home page.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("headline"),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    lists_pages_of = ("kits.KitPage", "news.NewsPage", "events.EventPage")
    items_per_section = 3
    default_headline = "Schools working together across Europe"

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def ensure_site_root(cls):
        """The default-language home page as the root of the default site, in place of the welcome
        page that Wagtail's migrations make (which has no place in a portal); returns (home, created).
        Editors then write its text; setup_languages gives every other language its home page."""
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is not None and site.root_page.specific_class is cls:
            return site.root_page.specific, False
        placeholder = site.root_page if site is not None else None
        if placeholder is not None:
            placeholder.slug = "wagtail-welcome"
            placeholder.save(update_fields=["slug"])
        home = cls(title="Home", slug="home", headline=cls.default_headline, locale=Locale.get_default())
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
        if site is None:
            hostname, port = host_and_port(settings.BASE_URL)
            site = Site(hostname=hostname, port=port, is_default_site=True)
        site.root_page = home
        site.save()
        if placeholder is not None:
            placeholder.delete()
        return home, True

    def get_context(self, request, *args, **kwargs):
        """The newest kits, news and the next events in the reader's language, as on any portal's
        front page; three of each, in a fixed number of queries. The lists' orders are kept until a
        kit or an article is published (core.ordered_pages): sorting every one on each visit grows with the site."""
        context = super().get_context(request, *args, **kwargs)
        language_code = get_language()
        newest_kits = KitPage.listing(language_code).order_by("-first_published_at")
        kits = in_stored_order(newest_kits)[: self.items_per_section]
        context["latest_kits"] = Cards(request, kits, "home-kit", describe_kit_card, prepare=prepare_kit_cards)
        news = in_stored_order(NewsPage.listing(language_code))[: self.items_per_section]
        context["latest_news"] = Cards(request, news, "home-news", template="home/includes/news_item.html")
        events = next_events(language_code, self.items_per_section)
        context["next_events"] = Cards(request, events, "home-event", template="home/includes/event_item.html")
        return context

    def route(self, request, path_components):
        try:
            return self.route_by_url_path(request, path_components)
        except Http404:
            return self.route_to_untranslated_page(request, path_components)

    def route_by_url_path(self, request, path_components):
        """Find the deepest page whose address starts the path in one query, instead of one query
        per level; the rest of the path goes to that page's own route (a kit's pdf/, say). A rest that
        no route of the page's type takes is a 404 before the page itself is loaded."""
        if not path_components:
            return super().route(request, path_components)
        url_paths = [self.url_path + "/".join(path_components[:n]) + "/" for n in range(1, len(path_components) + 1)]
        found = (
            Page.objects.filter(path__startswith=self.path, url_path__in=url_paths)
            .order_by("-depth")
            .values_list("pk", "depth", "content_type_id")
            .first()
        )
        if found is None:
            raise Http404
        pk, depth, content_type_id = found
        page_class = ContentType.objects.get_for_id(content_type_id).model_class()
        rest = path_components[depth - self.depth :]
        if rest and not has_sub_route(page_class, rest):
            raise Http404
        return page_class.objects.get(pk=pk).route(request, rest)

    def route_to_untranslated_page(self, request, path_components):
        """Serve a page that is missing from this language's tree from the tree that has it.

        The page is then rendered with this language's interface and marked as not translated
        (see languages.pages). Where several trees have the address, the original is served, as the
        lists show it (a French national section's page, say, rather than its English translation),
        with the notice linking both; else the default language's version, else the first found.
        One query finds the address in every tree (the other home pages come from the cache)."""
        if not path_components:
            raise Http404
        homes = {home.path: home for home in self.other_homes()}
        url_paths = [
            home.url_path + "/".join(path_components[:n]) + "/"
            for home in homes.values()
            for n in range(1, len(path_components) + 1)
        ]
        home_of = {}
        for page in Page.objects.live().filter(url_path__in=url_paths).order_by("-depth", "pk"):
            home_of[page] = homes.get(page.path[: self.depth * Page.steplen])
        found = [page for page, home in home_of.items() if home is not None]
        if not found:
            raise Http404
        deepest = [page for page in found if page.depth == found[0].depth]
        deepest.sort(key=lambda page: home_of[page].locale.language_code != settings.LANGUAGE_CODE)
        page = self.original_among(deepest)
        return page.specific.route(request, path_components[page.depth - self.depth :])

    @staticmethod
    def original_among(pages):
        """The original of the first page's translation key (its oldest real version) if it is one of
        `pages`, else the first."""
        original_pk = (
            Page.objects.live()
            .filter(translation_key=pages[0].translation_key, alias_of__isnull=True)
            .order_by("pk")
            .values_list("pk", flat=True)
            .first()
        )
        return next((page for page in pages if page.pk == original_pk), pages[0])

    def other_homes(self):
        """The live home pages of the other languages, with their locales, from the cache."""
        return cached_fragment(
            "other-homes",
            lambda: list(self.get_translations().live().select_related("locale")),
            self.pk,
            depends_on=(SITE, STRUCTURE),
        )


class StandardPage(ContentPage):
    """About, FAQ, privacy notice, accessibility statement and any other page of text."""

    # National teams write their own pages in their section (countries.NationalSectionPage).
    parent_page_types = ["home.HomePage", "home.StandardPage", "countries.NationalSectionPage"]
    # Listed under "In this section" of a national section (and in Wagtail's menus) unless unticked.
    show_in_menus_default = True

    class Meta:
        verbose_name = _("standard page")


class MenuLink(Orderable):
    """A link in the main menu or the footer. Its label is the linked page's title in the reader's
    language, so menus need no translation of their own."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The link shows this page's title in the reader's language."),
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        abstract = True


class MainMenuLink(MenuLink):
    settings = ParentalKey("home.NavigationSettings", related_name="main_menu_links")


class FooterLink(MenuLink):
    settings = ParentalKey("home.NavigationSettings", related_name="footer_links")


@register_setting(icon="list-ul")
class NavigationSettings(ClusterableModel, BaseGenericSetting):
    panels = [
        InlinePanel("main_menu_links", label=_("Main menu"), heading=_("Main menu")),
        InlinePanel("footer_links", label=_("Footer links"), heading=_("Footer links")),
    ]

    class Meta:
        verbose_name = _("navigation")


SOCIAL_HELP = _("The full address of the portal's account, starting with https://; leave empty to hide the icon.")


@register_setting(icon="site")
class SiteSettings(BaseGenericSetting):
    """Contact details and social links shown in the footer of every page."""

    organisation_name = models.CharField(
        _("organisation name"),
        max_length=150,
        blank=True,
        help_text=_("Who runs this portal, for example the Central Support Service."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("Shown in the footer; where visitors write to the portal.")
    )
    contact_phone = models.CharField(
        _("contact telephone"),
        max_length=40,
        blank=True,
        help_text=_("With the country code, for example +32 2 123 45 67."),
    )
    postal_address = models.TextField(_("postal address"), blank=True, help_text=_("As it is written on an envelope."))
    facebook_url = models.URLField("Facebook", blank=True, help_text=SOCIAL_HELP)
    instagram_url = models.URLField("Instagram", blank=True, help_text=SOCIAL_HELP)
    linkedin_url = models.URLField("LinkedIn", blank=True, help_text=SOCIAL_HELP)
    youtube_url = models.URLField("YouTube", blank=True, help_text=SOCIAL_HELP)
    mastodon_url = models.URLField("Mastodon", blank=True, help_text=SOCIAL_HELP)
    bluesky_url = models.URLField("Bluesky", blank=True, help_text=SOCIAL_HELP)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("postal_address"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
                FieldPanel("mastodon_url"),
                FieldPanel("bluesky_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def social_links(self):
        names = ["Facebook", "Instagram", "LinkedIn", "YouTube", "Mastodon", "Bluesky"]
        return [(name, getattr(self, f"{name.lower()}_url")) for name in names if getattr(self, f"{name.lower()}_url")]


def describe_kit_card(kit):
    return {"image": kit.cover_image, "kicker": kit.duration_label}


def prepare_kit_cards(kits):
    prefetch_renditions(kits, "cover_image", "card")


def next_events(language_code, count):
    """The next `count` events, their ids read now (which events are next changes with the time), their
    items from the cache (core.cards)."""
    upcoming = EventPage.upcoming(language_code)
    return PagesInOrder(upcoming, list(upcoming.values_list("pk", flat=True)[:count]))
