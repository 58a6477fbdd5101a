"""News: central and national articles, a filterable index and an Atom feed per language."""

from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.listing import prefetch_renditions, public
from core.models import ContentPage, ListingIndexPage
from core.ordered_pages import in_stored_order
from countries.models import SectionCountryMixin
from languages.pages import in_language_or_original
from languages.templatetags.local_dates import local_date
from news.feeds import NewsFeed
from news.filters import NewsFilter
from taxonomy.models import Taxonomy


class Topic(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")


class NewsIndexPage(ListingIndexPage):
    """/<lang>/news/: all news, newest first, filtered by country and topic; /<lang>/news/feed/."""

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    lists_pages_of = ("news.NewsPage",)
    items_per_page = 10
    filter_class = NewsFilter

    class Meta:
        verbose_name = _("news index")

    def listed_pages(self, request, language_code):
        return NewsPage.listing(language_code)

    @staticmethod
    def prepare_cards(articles):
        prefetch_related_objects(articles, "topics")
        prefetch_renditions(articles, "lead_image", "card")

    @staticmethod
    def describe_card(article):
        return {"image": article.lead_image, "kicker": local_date(article.date), "tags": article.topics.all()}

    @path("feed/", name="feed")
    def feed(self, request):
        return NewsFeed(self)(request)


class NewsPage(SectionCountryMixin, ContentPage):
    date = models.DateField(
        _("date"), default=timezone.localdate, help_text=_("Shown on the article and used for ordering.")
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        help_text=_("Shown above the article, in lists and when it is shared; landscape."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    country = models.ForeignKey(
        "countries.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
        help_text=_(
            "For national news: it also appears on this country's national section. Leave empty for central news. "
            "News written in a national section belongs to its country."
        ),
    )
    topics = ParentalManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="news", help_text=_("Readers filter news by topic.")
    )

    override_translatable_fields = [SynchronizedField("topics")]
    pictures = {"lead_image": ("card", "cover", "social")}
    # Central news in the news section; national news in its country's section.
    parent_page_types = ["news.NewsIndexPage", "countries.NationalSectionPage"]
    subpage_types = []

    search_fields = ContentPage.search_fields + [index.FilterField("date"), index.FilterField("country")]
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("country"), FieldPanel("topics")], heading=_("About this article")
        ),
        FieldPanel("introduction"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        # Lists and feeds read the newest articles first: without this the database sorts every article.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="news_newest_first")]

    @classmethod
    def listing(cls, language_code):
        pages = public(cls.objects.live().select_related("locale", "country"))
        return in_language_or_original(pages, language_code).order_by("-date", "-pk")

    @property
    def og_image(self):
        return self.lead_image

    def json_ld(self, request):
        data = {
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.introduction,
            "datePublished": self.date.isoformat(),
            "inLanguage": self.locale.language_code,
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        return data


def national_news(country_id, language_code, count=6):
    """The newest articles of a country, for its national section."""
    return in_stored_order(NewsPage.listing(language_code).filter(country=country_id))[:count]
