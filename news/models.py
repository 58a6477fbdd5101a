"""News: central and national articles, a filterable index and an Atom feed per language."""

from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.listing import Listing, in_language_or_original, public
from home.models import ContentPage
from kits.models import Taxonomy


class Topic(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")


class NewsIndexPage(ContentPage):
    """/<lang>/news/: all news, newest first, filtered by country and topic; /<lang>/news/feed/."""

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    articles_per_page = 10

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        from news.filters import NewsFilter, prepare_news_cards

        context = super().get_context(request, *args, **kwargs)
        news_filter = NewsFilter(request.GET, NewsPage.listing(get_language()))
        context["filter"] = news_filter
        context["listing"] = Listing(request, news_filter.qs, self.articles_per_page, prepare=prepare_news_cards)
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from news.feeds import NewsFeed

        return NewsFeed(self)(request)


class NewsPage(ContentPage):
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
            "For national news: it also appears on this country's national section. Leave empty for central news."
        ),
    )
    topics = ParentalManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="news", help_text=_("Readers filter news by topic.")
    )

    override_translatable_fields = [SynchronizedField("topics")]
    parent_page_types = ["news.NewsIndexPage"]
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
