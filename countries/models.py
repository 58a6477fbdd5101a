"""The participating countries. The list is data: editors add countries as they join and record
when one joined or left. Names are translated into every portal language (django-modeltranslation)."""

from functools import cache
from pathlib import Path

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from core.caching import cached_fragment
from core.listing import public
from core.models import ContentPage
from core.registry import national_section_lists
from countries.permissions import SectionPermissionTester
from languages.codes import DEFAULT_LANGUAGE, LANGUAGES
from languages.pages import in_language_or_original, localized_pages
from languages.panels import TranslatedFieldPanel

FLAG_DIR = Path(__file__).resolve().parent / "static" / "countries" / "flags"


@cache
def shipped_flags():
    return {path.stem for path in FLAG_DIR.glob("*.svg")}


CENTRAL_ONLY = "countries.add_country"


class SupportType(models.TextChoices):
    NSS = "nss", _("National Support Service")
    PSA = "psa", _("Partner Support Agency")


class Country(models.Model):
    iso2 = models.CharField(
        _("ISO code"),
        max_length=2,
        unique=True,
        help_text=_("ISO 3166-1 alpha-2 code in capitals, for example FR."),
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("The country's short name, in every language."))
    support_type = models.CharField(
        _("support organisation type"),
        max_length=3,
        choices=SupportType.choices,
        default=SupportType.NSS,
        help_text=_("European countries have a National Support Service, partner countries a Partner Support Agency."),
    )
    organisation_name = models.CharField(
        _("support organisation"),
        max_length=200,
        blank=True,
        help_text=_("The organisation that runs the National Support Service or Partner Support Agency."),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("The organisation's eTwinning pages."))
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("Where teachers of the country write for help."))
    address = models.TextField(_("postal address"), blank=True, help_text=_("As it is written on an envelope."))
    # The national team writes its section in this language; other versions are translations of it.
    language = models.CharField(
        _("language of the national section"),
        max_length=12,
        choices=LANGUAGES,
        default=DEFAULT_LANGUAGE,
        help_text=_(
            "The language the national team writes its section in: the country's main language among the "
            "portal's, or English where none of them is spoken. Versions in other languages are translations."
        ),
    )
    joined_on = models.DateField(
        _("joined on"), null=True, blank=True, help_text=_("When the country began to take part, if known.")
    )
    left_on = models.DateField(
        _("left on"), null=True, blank=True, help_text=_("Leave empty while the country takes part.")
    )
    # What the country's support service asks of new teachers (validation): shown at sign-up and
    # beside each teacher in the validation queue.
    validation_evidence = models.TextField(
        _("evidence asked of teachers"),
        blank=True,
        help_text=_(
            "What a new teacher must show to be validated, e.g. a staff card or a letter from the head teacher."
        ),
    )
    school_number_label = models.CharField(
        _("name of the schools' official number"),
        max_length=100,
        blank=True,
        help_text=_('E.g. "UAI" in France. Leave empty if schools of the country have no such number.'),
    )
    school_number_required = models.BooleanField(
        _("official number required"),
        default=False,
        help_text=_("A new school record must give its official number."),
    )

    # National teams edit their organisation's details; what defines the country is the central
    # team's (only it has the add permission).
    panels = [
        FieldPanel("iso2", permission=CENTRAL_ONLY),
        TranslatedFieldPanel("name", permission=CENTRAL_ONLY),
        FieldPanel("support_type", permission=CENTRAL_ONLY),
        FieldPanel("language", permission=CENTRAL_ONLY),
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("website"),
                FieldPanel("email"),
                FieldPanel("address"),
            ],
            heading=_("Support organisation"),
        ),
        MultiFieldPanel(
            [
                TranslatedFieldPanel("validation_evidence"),
                TranslatedFieldPanel("school_number_label"),
                FieldPanel("school_number_required"),
            ],
            heading=_("Validation of teachers and schools"),
        ),
        FieldPanel("joined_on", permission=CENTRAL_ONLY),
        FieldPanel("left_on", permission=CENTRAL_ONLY),
    ]

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.iso2 = self.iso2.upper()
        super().save(*args, **kwargs)

    def name_in(self, language_code):
        """The country's name in `language_code`, English where that translation is empty."""
        return getattr(self, build_localized_fieldname("name", language_code), "") or self.name_en

    @property
    def flag_path(self):
        """The flag's static file (from flag-icons, MIT licence); a country added later without one
        is shown with an emblem of its code instead."""
        code = self.iso2.lower()
        return f"countries/flags/{code}.svg" if code in shipped_flags() else ""

    def json_ld(self):
        organisation = {"@type": "Organization", "name": self.organisation_name, "areaServed": self.name}
        if self.website:
            organisation["url"] = self.website
        if self.email:
            organisation["email"] = self.email
        if self.address:
            organisation["address"] = " ".join(self.address.splitlines())
        return organisation


class CountryIndexPage(ContentPage):
    """/<lang>/countries/: every participating country, grouped by type of support organisation."""

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["countries.NationalSectionPage"]

    class Meta:
        verbose_name = _("country index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = request.GET.get("q", "").strip()[:100]
        sections = {
            section.country_id: section
            for section in in_language_or_original(public(NationalSectionPage.objects.live()), get_language())
        }
        groups = []
        for support_type, label in SupportType.choices:
            countries = [
                (country, sections.get(country.pk))
                for country in countries_taking_part()
                if country.support_type == support_type and matches(country, query)
            ]
            groups.append({"type": support_type, "label": label, "countries": countries})
        context.update(groups=groups, query=query, match_count=sum(len(group["countries"]) for group in groups))
        return context


class NationalSectionPage(ContentPage):
    """/<lang>/countries/<iso2>/: a country's support organisation, its news and events, and free
    content its national editors write."""

    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        related_name="national_sections",
        help_text=_("Its national team edits this section; only the central team may change it."),
    )

    parent_page_types = ["countries.CountryIndexPage"]
    # The national team's own pages, news and events (SectionCountryMixin gives them the country).
    subpage_types = ["home.StandardPage", "news.NewsPage", "events.EventPage"]
    # The country's news and events, wherever they are filed (national_section_lists).
    lists_pages_of = ("news.NewsPage", "events.EventPage")

    def permissions_for_user(self, user):
        return SectionPermissionTester(user, self)

    content_panels = Page.content_panels + [
        # Moving a section to another country would hand it to that country's team.
        FieldPanel("country", permission=CENTRAL_ONLY),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("national section")

    @property
    def description(self):
        return super().description or self.country.organisation_name

    def get_context(self, request, *args, **kwargs):
        """What the apps list of the country (news, events; PortalAppConfig.national_section_lists)."""
        context = super().get_context(request, *args, **kwargs)
        # The country's name in the reader's language, whatever language the section is written in.
        context["page_title"] = self.country.name
        context["section_pages"] = self.section_pages()
        language_code = get_language()
        for name, country_list in national_section_lists().items():
            context[name] = country_list(self.country_id, language_code)
        return context

    def section_pages(self):
        """ "In this section": the team's pages shown in menus (a standard page is by default; news and
        events are listed below instead), in the reader's language where translated."""
        pages = public(self.get_children().live().in_menu()).order_by("path")
        return localized_pages(list(pages.specific()), get_language())

    def json_ld(self, request):
        return self.country.json_ld()


def section_country_id(page):
    """The country of the national section `page` is in, or None outside the sections."""
    ancestor_paths = [page.path[:end] for end in range(Page.steplen, len(page.path), Page.steplen)]
    return NationalSectionPage.objects.filter(path__in=ancestor_paths).values_list("country_id", flat=True).first()


class SectionCountryMixin:
    """For page types a national team may write in its section (news, events): written there, a page
    belongs to the section's country, whatever its country field said, so that it is listed as the
    country's and no team can file news under another country's name."""

    section_country_field = "country"

    def save(self, *args, **kwargs):
        country_id = section_country_id(self)
        if country_id is not None:
            setattr(self, f"{self.section_country_field}_id", country_id)
        super().save(*args, **kwargs)


def countries_taking_part():
    return cached_fragment("countries-taking-part", lambda: list(Country.objects.filter(left_on__isnull=True)))


def matches(country, query):
    if not query:
        return True
    query = query.casefold()
    return (
        query in country.name.casefold()
        or query == country.iso2.casefold()
        or query in country.organisation_name.casefold()
    )
