"""Filters of the news index: country (national news) and topic, as shareable GET parameters."""

import django_filters
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from countries.models import countries_taking_part
from home.filters import ExplainingFilterSet, taxonomy_choices
from home.listing import prefetch_renditions
from news.models import Topic


def country_choices():
    return [(country.iso2.lower(), country.name) for country in countries_taking_part()]


class NewsFilter(ExplainingFilterSet):
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=country_choices, method="filter_country", empty_label=_("All countries")
    )
    topic = django_filters.ChoiceFilter(
        label=_("Topic"), choices=taxonomy_choices(Topic), field_name="topics__slug", empty_label=_("All topics")
    )

    @staticmethod
    def filter_country(queryset, _name, value):
        return queryset.filter(country__iso2=value.upper())


def prepare_news_cards(articles):
    prefetch_related_objects(articles, "topics")
    prefetch_renditions(articles, "lead_image")
