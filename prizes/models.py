"""European Prizes: a page per year with its winning projects, by pupils' age category (the age
ranges of the taxonomy: up to 6, 7-11, 12-15, 16-19, vocational) and then the special prizes."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from core.listing import public
from core.models import ContentPage
from countries.models import Country
from languages.pages import in_language_or_original, localized_pages, reader_url
from prizes.blocks import SchoolBlock


class PrizesIndexPage(ContentPage):
    """/<lang>/prizes/: the years of the European Prizes, newest first."""

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["prizes.PrizeYearPage"]

    class Meta:
        verbose_name = _("prizes index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["years"] = PrizeYearPage.listing(get_language())
        return context


class PrizeYearPage(ContentPage):
    """/<lang>/prizes/<year>/: the year's winners, one section per category."""

    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("The year of the prizes; the years are listed newest first. Use the year as the page's slug."),
    )

    parent_page_types = ["prizes.PrizesIndexPage"]
    subpage_types = []

    search_fields = ContentPage.search_fields + [
        index.FilterField("year"),
        index.RelatedFields("winners", [index.SearchField("project_title"), index.SearchField("description")]),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("year"),
        FieldPanel("introduction"),
        InlinePanel("winners", heading=_("Winning projects"), label=_("Winning project"), min_num=1),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("prize year")
        verbose_name_plural = _("prize years")

    @classmethod
    def listing(cls, language_code):
        pages = public(cls.objects.live())
        return in_language_or_original(pages, language_code).order_by("-year", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        winners = list(self.winners.select_related("age_range", "kit"))
        attach_schools(winners)
        attach_kit_links(request, winners, get_language())
        context["categories"] = categories(winners)
        return context


class Winner(TranslatableMixin, Orderable):
    """A winning project: its category, what it did, its schools (two or more, in two or more
    countries) and where to read more."""

    page = ParentalKey(PrizeYearPage, related_name="winners", on_delete=models.CASCADE)
    age_range = models.ForeignKey(
        "taxonomy.AgeRange",
        verbose_name=_("age category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="prize_winners",
        help_text=_("The pupils' age category the project won in. Leave empty for a special prize."),
    )
    special_prize = models.CharField(
        _("special prize"),
        max_length=120,
        blank=True,
        help_text=_('For a special prize only: its name, e.g. "Special prize for Citizenship".'),
    )
    project_title = models.CharField(_("project title"), max_length=200, help_text=_("The project's own title."))
    description = models.TextField(
        _("description"),
        max_length=1000,
        help_text=_("What the pupils did and why the jury chose it, in two to four sentences."),
    )
    schools = StreamField(
        [("school", SchoolBlock())],
        verbose_name=_("schools"),
        min_num=2,
        help_text=_("The schools that ran the project together, from at least two countries."),
    )
    kit = models.ForeignKey(
        "kits.KitPage",
        verbose_name=_("project kit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A kit that teachers wrote from this project, if there is one."),
    )
    url = models.URLField(
        _("project website"),
        blank=True,
        help_text=_("Where to see the project's results, if it has no kit; a full address starting with https://."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("age_range"), FieldPanel("special_prize")], heading=_("Category")),
        FieldPanel("project_title"),
        FieldPanel("description"),
        FieldPanel("schools"),
        MultiFieldPanel([FieldPanel("kit"), FieldPanel("url")], heading=_("Read more")),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("winning project")
        verbose_name_plural = _("winning projects")

    def __str__(self):
        return self.project_title

    def clean(self):
        super().clean()
        if bool(self.age_range_id) == bool(self.special_prize.strip()):
            raise ValidationError(_("Choose an age category or name a special prize, not both."))
        countries = {school.value["country"] for school in self.schools if school.value["country"]}
        if len(self.schools) >= 2 and len(countries) < 2:
            raise ValidationError({"schools": _("A winning project has schools in at least two countries.")})


@dataclass
class School:
    name: str
    town: str
    country: Country | None


@dataclass
class Category:
    heading: str
    anchor: str
    winners: list = field(default_factory=list)


def attach_schools(winners):
    """Give each winner `school_list` and `countries` (each country once, in the schools' order),
    with the countries of all winners loaded in one query rather than one per winner."""
    raw = [[school["value"] for school in winner.schools.raw_data] for winner in winners]
    country_ids = {school.get("country") for schools in raw for school in schools}
    countries = Country.objects.in_bulk(country_ids - {None})
    for winner, schools in zip(winners, raw, strict=True):
        winner.school_list = [
            School(school.get("name", ""), school.get("town", ""), countries.get(school.get("country")))
            for school in schools
        ]
        winner.countries = list(dict.fromkeys(school.country for school in winner.school_list if school.country))


def attach_kit_links(request, winners, language_code):
    """`link` of each winner: its kit in the reader's language (one query for all), else its website."""
    kits = [winner.kit for winner in winners if winner.kit and winner.kit.live]
    localized = {kit.translation_key: kit for kit in localized_pages(kits, language_code)}
    for winner in winners:
        kit = localized.get(winner.kit.translation_key) if winner.kit else None
        winner.kit_link = reader_url(request, kit, language_code) if kit else ""
        winner.link = winner.kit_link or winner.url


def categories(winners):
    """The winners by category: the age categories in the taxonomy's order, then each special prize,
    in the order the editor gave them; categories without a winner are left out."""
    by_age, special = {}, {}
    for winner in winners:
        if winner.age_range:
            category = by_age.setdefault(
                winner.age_range, Category(winner.age_range.name, f"category-{winner.age_range.slug}")
            )
        else:
            # Numbered, not named: the anchor is then the same in every language.
            name = winner.special_prize
            category = special.setdefault(name, Category(name, f"special-prize-{len(special) + 1}"))
        category.winners.append(winner)
    ordered_ages = sorted(by_age, key=lambda age: (age.sort_order, age.slug))
    return [by_age[age] for age in ordered_ages] + list(special.values())
