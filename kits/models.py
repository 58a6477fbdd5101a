"""Project kits: ready-to-use project plans, their index with filters, and each kit as a PDF."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language, gettext, ngettext, pgettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.listing import prefetch_renditions, public
from core.models import ListingIndexPage, PublicPageMixin
from core.renditions import specs
from kits.attachments import worksheets_by_document, worksheets_for_reader
from kits.blocks import StepsBlock
from kits.filters import KitFilter
from kits.pdf import kit_pdf_response
from languages.codes import DEFAULT_LANGUAGE, LANGUAGES
from languages.pages import in_language_or_original, localized_pages
from taxonomy.models import AgeRange, KeyCompetence, Subject, cached_terms, linked_values, terms_among


class DurationUnit(models.TextChoices):
    WEEKS = "weeks", _("weeks")
    LESSONS = "lessons", _("lessons")


class Level(models.TextChoices):
    BEGINNER = "beginner", _("First project")
    INTERMEDIATE = "intermediate", _("Some experience")
    ADVANCED = "advanced", _("Experienced teams")


class Licence(models.TextChoices):
    """Creative Commons licences, named as their deeds name them (the names are not translated). CC BY
    is the default because it is the European Commission's reuse policy for its own content."""

    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
    CC_BY_NC_SA = "cc-by-nc-sa-4.0", "CC BY-NC-SA 4.0"


LICENCE_DEEDS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_NC_SA: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
}


class KitIndexPage(ListingIndexPage):
    """/<lang>/kits/: the kits in the reader's language (originals where not translated), filtered by
    GET parameters (see kits.filters)."""

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["kits.KitPage"]
    lists_pages_of = ("kits.KitPage",)
    items_per_page = 12
    filter_class = KitFilter

    class Meta:
        verbose_name = _("kit index")

    def listed_pages(self, request, language_code):
        return KitPage.listing(language_code)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chips"] = context["filter"].chips(request.path, context["own_language_only"])
        return context

    @staticmethod
    def prepare_cards(kits):
        """Subjects, ages and cover images of the cards in three queries, however many kits. A card names
        the kit's main subject (the first, in the taxonomy's order) and lists its ages and duration."""
        prefetch_taxonomies(kits, {"subjects": Subject, "age_ranges": AgeRange})
        prefetch_renditions(kits, "cover_image", "card")
        for kit in kits:
            kit.main_subject = next(iter(kit.subjects.all()), None)
            kit.card_facts = [age.name for age in kit.age_ranges.all()] + [kit.duration_label]

    @staticmethod
    def describe_card(kit):
        return {"image": kit.cover_image, "kicker": kit.main_subject, "tags": kit.card_facts}


class KitPage(PublicPageMixin, RoutablePageMixin, Page):
    """A ready-to-use project plan, usually written from a prize-winning project."""

    introduction = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("What pupils do and learn, in one or two sentences; shown in lists and search results."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        help_text=_("Shown on the kit, in lists and when the kit is shared; landscape, at least 1200 pixels wide."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    subjects = ParentalManyToManyField(
        Subject, verbose_name=_("subjects"), related_name="kits", help_text=_("Teachers filter kits by subject.")
    )
    age_ranges = ParentalManyToManyField(
        AgeRange, verbose_name=_("age ranges"), related_name="kits", help_text=_("The pupils' ages the kit suits.")
    )
    key_competences = ParentalManyToManyField(
        KeyCompetence,
        verbose_name=_("key competences"),
        related_name="kits",
        blank=True,
        help_text=_("The EU key competences for lifelong learning that the kit develops."),
    )
    duration_value = models.PositiveSmallIntegerField(
        _("duration"),
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("How long the project takes, in the unit chosen next."),
    )
    duration_unit = models.CharField(
        _("duration unit"),
        max_length=10,
        choices=DurationUnit.choices,
        default=DurationUnit.WEEKS,
        help_text=_("Lessons for short projects, weeks for longer ones."),
    )
    level = models.CharField(
        _("level"),
        max_length=20,
        choices=Level.choices,
        default=Level.BEGINNER,
        help_text=_("How much experience of joint projects the teachers need."),
    )
    partners = models.CharField(
        _("partners"),
        max_length=160,
        blank=True,
        help_text=_("Who the kit is for, for example: 2 to 4 schools in different countries."),
    )
    aims = RichTextField(
        _("aims"), features=["bold", "italic", "ul"], help_text=_("The learning objectives, as a bulleted list.")
    )
    steps = StreamField(StepsBlock(), verbose_name=_("activities"), help_text=_("The process, step by step."))
    expected_results = RichTextField(
        _("expected results"),
        features=["bold", "italic", "ul"],
        blank=True,
        help_text=_("What the pupils will have made or learnt at the end."),
    )
    evaluation = RichTextField(
        _("evaluation"),
        features=["bold", "italic", "ul"],
        blank=True,
        help_text=_("How teachers and pupils evaluate the project."),
    )
    licence = models.CharField(
        _("licence"),
        max_length=20,
        choices=Licence.choices,
        default=Licence.CC_BY,
        help_text=_(
            "The terms on which teachers may reuse and adapt the kit; shown on the kit and on every page of its PDF."
        ),
    )

    parent_page_types = ["kits.KitIndexPage"]
    subpage_types = []
    pictures = {"cover_image": ("card", "cover", "social")}

    # Taxonomies are the same in every language: copy them to translations (wagtail-localize leaves
    # many-to-many fields out unless told).
    override_translatable_fields = [
        SynchronizedField("subjects"),
        SynchronizedField("age_ranges"),
        SynchronizedField("key_competences"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("introduction", boost=2),
        index.SearchField("aims"),
        index.SearchField("steps"),
        index.SearchField("expected_results"),
        index.SearchField("evaluation"),
        index.RelatedFields("subjects", [index.SearchField("name")]),
        index.FilterField("level"),
        index.FilterField("duration_unit"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [
                FieldPanel("subjects", widget=forms.CheckboxSelectMultiple),
                FieldPanel("age_ranges", widget=forms.CheckboxSelectMultiple),
                FieldPanel("key_competences", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Subjects, ages and competences"),
        ),
        MultiFieldPanel(
            [FieldPanel("duration_value"), FieldPanel("duration_unit"), FieldPanel("level"), FieldPanel("partners")],
            heading=_("Duration and level"),
        ),
        FieldPanel("aims"),
        FieldPanel("steps"),
        FieldPanel("expected_results"),
        FieldPanel("evaluation"),
        FieldPanel("licence"),
        InlinePanel("attachments", label=_("Attachments"), heading=_("Attachments")),
        InlinePanel("related_kits", label=_("Related kits"), heading=_("Related kits"), max_num=6),
    ]

    class Meta:
        verbose_name = _("project kit")
        verbose_name_plural = _("project kits")

    @property
    def duration_label(self):
        if self.duration_unit == DurationUnit.LESSONS:
            return ngettext("%(count)d lesson", "%(count)d lessons", self.duration_value) % {
                "count": self.duration_value
            }
        return ngettext("%(count)d week", "%(count)d weeks", self.duration_value) % {"count": self.duration_value}

    @classmethod
    def listing(cls, language_code):
        """Live, public kits in the reader's language, and the originals of those not translated."""
        return in_language_or_original(public(cls.objects.live().select_related("locale")), language_code)

    def facts(self):
        """(label, text) of what a teacher checks before choosing the kit, for the page and the PDF
        alike; facts the kit leaves empty are left out."""
        rows = [
            (gettext("Subjects"), ", ".join(subject.name for subject in self.subjects.all())),
            (gettext("Pupils' age"), ", ".join(age.name for age in self.age_ranges.all())),
            (gettext("Duration"), self.duration_label),
            (pgettext("experience needed for a kit", "Level"), self.get_level_display()),
            (gettext("Partners"), self.partners),
            (gettext("Key competences"), ", ".join(competence.name for competence in self.key_competences.all())),
        ]
        return [(label, text) for label, text in rows if text]

    @property
    def og_image(self):
        return self.cover_image

    @property
    def licence_url(self):
        return LICENCE_DEEDS.get(self.licence, "")

    def worksheets(self, reader_language):
        """The attachments, each in the reader's language where it has a version in it (kits.attachments)."""
        return worksheets_for_reader(self.attachments.select_related("document"), reader_language)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_taxonomies([self], TAXONOMY_FIELDS)
        if self.cover_image_id:
            images = get_image_model().objects.prefetch_renditions(*specs("cover", "social"))
            self.cover_image = images.get(pk=self.cover_image_id)
        context["worksheets"] = self.worksheets(get_language())
        # Read by StepBlock, so that a step links its worksheet in the reader's language too.
        context["worksheets_by_document"] = worksheets_by_document(context["worksheets"])
        related = [link.page for link in self.related_kits.select_related("page")]
        context["related_kits"] = localized_pages(related, get_language())
        return context

    def json_ld(self, request):
        return {
            "@type": "LearningResource",
            "name": self.title,
            "description": self.introduction,
            "inLanguage": self.language_code,
            "educationalLevel": [age.name for age in self.age_ranges.all()],
            "about": [subject.name for subject in self.subjects.all()],
            "timeRequired": self.duration_label,
            "learningResourceType": "lesson plan",
        }

    @path("pdf/", name="pdf")
    def pdf(self, request):
        """The kit as a PDF in the reader's language (see kits.pdf)."""
        return kit_pdf_response(self, request)


TAXONOMY_FIELDS = {"subjects": Subject, "age_ranges": AgeRange, "key_competences": KeyCompetence}


def prefetch_taxonomies(kits, fields):
    """Fill the kits' taxonomy relations named in `fields` from one query and the cached terms,
    instead of one query per relation that builds every term with its 31 translated names;
    `kit.subjects.all()` and the others then read the prefetched terms (Django's private prefetch
    cache, declared in core.internals)."""
    links = {
        name: (KitPage._meta.get_field(name).remote_field.through, "kitpage_id", f"{model._meta.model_name}_id")
        for name, model in fields.items()
    }
    chosen = linked_values(links, [kit.pk for kit in kits])
    terms = {name: cached_terms(model) for name, model in fields.items()}
    for kit in kits:
        kit._prefetched_objects_cache = getattr(kit, "_prefetched_objects_cache", {})
        for name in fields:
            kit._prefetched_objects_cache[name] = terms_among(terms[name], chosen[kit.pk, name])


class KitAttachment(Orderable):
    """A worksheet, template or other file that comes with the kit."""

    kit = ParentalKey(KitPage, related_name="attachments", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A worksheet, template or other file for the kit (PDF or office document)."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=LANGUAGES,
        default=DEFAULT_LANGUAGE,
        help_text=_("The language the document is written in; readers see it beside the link."),
    )
    original = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("translation of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Only for a translated document: the document it translates, attached above or chosen in a step. "
            "Readers of the kit in this language get this version in its place; others can still choose it."
        ),
    )

    panels = [FieldPanel("document"), FieldPanel("language"), FieldPanel("original")]


class RelatedKit(Orderable):
    kit = ParentalKey(KitPage, related_name="related_kits", on_delete=models.CASCADE)
    page = models.ForeignKey(
        KitPage,
        verbose_name=_("kit"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A kit that teachers of this one may also like."),
    )

    panels = [FieldPanel("page")]
