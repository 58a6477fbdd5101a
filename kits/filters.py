"""The filters of the kit index: subject, age, duration, level and a text query, as GET parameters
so that a filtered list can be shared and works without JavaScript. Values within one filter are
alternatives (history or geography); different filters must all match.

Choices come from the cached taxonomies (taxonomy.models.term_choices), so showing and checking them
costs no query."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.filters import ExplainingFilterSet
from search.query import clean_query, languages_of, search_by_language
from taxonomy.models import AgeRange, Subject, term_choices

DURATIONS = [
    ("lessons", _("A few lessons")),
    ("up-to-6-weeks", _("Up to 6 weeks")),
    ("over-6-weeks", _("More than 6 weeks")),
]


class KitFilter(ExplainingFilterSet):
    q = django_filters.CharFilter(
        label=_("Words"), method="filter_text", widget=forms.TextInput(attrs={"type": "search"})
    )
    subject = django_filters.MultipleChoiceFilter(
        label=_("Subject"), field_name="subjects__slug", distinct=True, widget=forms.CheckboxSelectMultiple
    )
    age = django_filters.MultipleChoiceFilter(
        label=_("Pupils' age"), field_name="age_ranges__slug", distinct=True, widget=forms.CheckboxSelectMultiple
    )
    duration = django_filters.ChoiceFilter(
        label=_("Duration"), choices=DURATIONS, method="filter_duration", empty_label=_("Any duration")
    )
    level = django_filters.ChoiceFilter(
        label=pgettext_lazy("experience needed for a kit", "Level"), field_name="level", empty_label=_("Any level")
    )

    def __init__(self, data, queryset, *, language_code):
        super().__init__(data, queryset, language_code=language_code)
        self.relevance = None
        self.text_query, self.text_message = clean_query(data.get("q", ""))
        self.filters["subject"].extra["choices"] = term_choices(Subject)
        self.filters["age"].extra["choices"] = term_choices(AgeRange)
        self.filters["level"].extra["choices"] = queryset.model._meta.get_field("level").choices

    def filter_text(self, queryset, _name, _value):
        if not self.text_query:
            return queryset
        # Search the live kits of each language the list shows (search backends cannot apply the
        # language subqueries of the listing), each with its language's stemming, the reader's first;
        # then keep the listed ones, in order of relevance.
        languages = languages_of(self.queryset, self.language_code)
        matching = search_by_language(self.queryset.model.objects.live(), self.text_query, languages)
        self.relevance = [kit.pk for kit in matching]
        return queryset.filter(pk__in=self.relevance)

    @staticmethod
    def filter_duration(queryset, _name, value):
        if value == "lessons":
            return queryset.filter(duration_unit="lessons")
        if value == "up-to-6-weeks":
            return queryset.filter(duration_unit="weeks", duration_value__lte=6)
        return queryset.filter(duration_unit="weeks", duration_value__gt=6)

    @property
    def messages(self):
        """Ignored filter values, and what was done to the text query."""
        return ([self.text_message] if self.text_message else []) + super().messages

    CHECKBOX_FILTERS = ("subject", "age")

    def results(self):
        """The matching kits: by relevance for a text query, else alphabetically."""
        kits = self.qs
        if self.relevance:
            order = {pk: position for position, pk in enumerate(self.relevance)}
            return sorted(kits.order_by(), key=lambda kit: order.get(kit.pk, 0))
        return kits.order_by("title")
