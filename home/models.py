from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Locale, Orderable, Page, Site

from core.listing import prefetch_renditions
from core.models import ContentPage
from core.site import host_and_port
from events.models import EventPage
from kits.models import KitPage
from news.models import NewsPage


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
        front page; three of each, in a fixed number of queries."""
        context = super().get_context(request, *args, **kwargs)
        language_code = get_language()
        kits = list(KitPage.listing(language_code).order_by("-first_published_at")[: self.items_per_section])
        prefetch_renditions(kits, "cover_image", "card")
        context["latest_kits"] = kits
        context["latest_news"] = NewsPage.listing(language_code)[: self.items_per_section]
        context["next_events"] = EventPage.upcoming(language_code)[: self.items_per_section]
        return context

    def route(self, request, path_components):
        try:
            return self.route_by_url_path(request, path_components)
        except Http404:
            return self.route_to_untranslated_page(request, path_components)

    def route_by_url_path(self, request, path_components):
        """Find the deepest page whose address starts the path in one query, instead of one query
        per level; the rest of the path goes to that page's own route (a kit's pdf/, say)."""
        if not path_components:
            return super().route(request, path_components)
        url_paths = [self.url_path + "/".join(path_components[:n]) + "/" for n in range(1, len(path_components) + 1)]
        page = (
            Page.objects.filter(path__startswith=self.path, url_path__in=url_paths)
            .order_by("-depth")
            .specific()
            .first()
        )
        if page is None:
            raise Http404
        return page.route(request, path_components[page.depth - self.depth :])

    def route_to_untranslated_page(self, request, path_components):
        """Serve a page that is missing from this language's tree from the tree that has it.

        The page is then rendered with this language's interface and marked as not translated
        (see languages.pages). The default language's tree is tried first; where the page found there
        is a translation, its original is served instead, as the lists show it (a French national
        section's page, say, rather than its English translation), with the notice linking both.
        """
        if not path_components:
            raise Http404
        homes = self.homes_with_first_segment(path_components[0])
        for home in homes:
            try:
                found = home.route_by_url_path(request, path_components)
            except Http404:
                continue
            return self.route_to_original(request, path_components, found, homes)
        raise Http404

    @staticmethod
    def route_to_original(request, path_components, found, homes):
        page = found[0]
        original_locale_id = (
            Page.objects.live()
            .filter(translation_key=page.translation_key, alias_of__isnull=True)
            .order_by("pk")
            .values_list("locale_id", flat=True)
            .first()
        )
        home = next((home for home in homes if home.locale_id == original_locale_id), None)
        if original_locale_id == page.locale_id or home is None:
            return found
        try:
            return home.route_by_url_path(request, path_components)
        except Http404:  # the original's address differs (a translated slug): keep the page found
            return found

    def homes_with_first_segment(self, slug):
        other_homes = self.get_translations().live().select_related("locale")
        child_paths = Page.objects.live().filter(depth=self.depth + 1, slug=slug).values_list("path", flat=True)
        parents = {path[: -Page.steplen] for path in child_paths}
        homes = [home for home in other_homes if home.path in parents]
        homes.sort(key=lambda home: home.locale.language_code != settings.LANGUAGE_CODE)
        return [home.specific for home in homes]


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
