"""The Atom feed of each language's news: /<lang>/news/feed/ (Django's syndication framework)."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from wagtail.models import Site

from core.ordered_pages import in_stored_order
from core.site import absolute_url
from languages.pages import reader_url

FEED_LENGTH = 20


class NewsFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index_page):
        site = Site.find_for_request(self.request)
        return f"{site.site_name}: {index_page.title}" if site and site.site_name else index_page.title

    def link(self, index_page):
        return absolute_url(index_page.get_url(self.request))

    def feed_url(self, index_page):
        return absolute_url(self.request.path)

    def subtitle(self, index_page):
        return index_page.introduction

    def items(self, index_page):
        return in_stored_order(index_page.listed_pages(self.request, get_language()))[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.introduction

    def item_link(self, item):
        return absolute_url(reader_url(self.request, item, get_language()))

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time(9)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.country.name] if item.country_id else []
