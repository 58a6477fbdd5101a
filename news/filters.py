"""Filters of the news index: country (national news) and topic, as shareable GET parameters."""

import django_filters
from django.utils.translation import gettext_lazy as _

from core.filters import ExplainingFilterSet
from core.ordered_pages import in_stored_order
from countries.models import countries_taking_part
from taxonomy.models import term_choices


def country_choices():
    return [(country.iso2.lower(), country.name) for country in countries_taking_part()]


class NewsFilter(ExplainingFilterSet):
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=country_choices, method="filter_country", empty_label=_("All countries")
    )
    topic = django_filters.ChoiceFilter(label=_("Topic"), field_name="topics__slug", empty_label=_("All topics"))

    def __init__(self, data, queryset, *, language_code):
        super().__init__(data, queryset, language_code=language_code)
        topics = queryset.model._meta.get_field("topics").related_model
        self.filters["topic"].extra["choices"] = term_choices(topics)

    @staticmethod
    def filter_country(queryset, _name, value):
        return queryset.filter(country__iso2=value.upper())

    def results(self):
        """The matching articles, newest first, from ids kept until the next publication of news
        (core.ordered_pages): no page of the list counts or skips tens of thousands of rows."""
        return in_stored_order(self.qs)
