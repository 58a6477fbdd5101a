"""The filters of the kit index: subject, age, duration, level and a text query, as GET parameters
so that a filtered list can be shared and works without JavaScript. Values within one filter are
alternatives (history or geography); different filters must all match.

Choices come from the cached taxonomies (taxonomy.models.term_choices), so showing and checking them
costs no query. Each active filter value is shown above the results as a chip with a link that removes
it (KitFilter.chips)."""

from typing import NamedTuple
from urllib.parse import urlencode

import django_filters
from django import forms
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from core.filters import ExplainingFilterSet
from core.listing import OWN_LANGUAGE_PARAMETER
from core.ordered_pages import PagesInOrder, ids_in_order
from languages.collation import alphabetical_key
from search.query import clean_query, languages_to_search, search_by_language
from taxonomy.models import AgeRange, Subject, term_choices

DURATIONS = [
    ("lessons", _("A few lessons")),
    ("up-to-6-weeks", _("Up to 6 weeks")),
    ("over-6-weeks", _("More than 6 weeks")),
]

# Where the links that change the filters land: the results' heading, which a small script focuses so that
# keyboard and screen reader users start from the results (static/kits/js/finder.js).
RESULTS_ANCHOR = "#results-heading"


class Chip(NamedTuple):
    """An active filter value, with the address of the same list without it."""

    label: str
    remove_url: str


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
        languages = languages_to_search(self.queryset, self.language_code)
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
    # Filters whose chips also name the filter, because their values alone say little ("Words: bees").
    NAMED_CHIPS = ("q", "level")

    def results(self):
        """The matching kits: by relevance for a text query, else by title in the alphabetical order of
        the reader's language (languages.collation), which neither SQLite nor PostgreSQL gives without
        ICU. Only ids and titles are sorted, and the alphabetical order is kept until the next
        publication of a kit (core.ordered_pages); the paginator loads the kits of the page shown."""
        matching = self.qs  # runs the text search, which sets self.relevance
        if self.relevance:
            position = {pk: position for position, pk in enumerate(self.relevance)}
            ids = sorted(matching.values_list("pk", flat=True), key=lambda pk: position.get(pk, 0))
        else:
            ids = ids_in_order(matching, lambda: self.alphabetical_ids(matching))
        return PagesInOrder(self.queryset, ids)

    def alphabetical_ids(self, kits):
        rows = kits.order_by().values_list("pk", "title")
        return [pk for pk, title in sorted(rows, key=lambda row: alphabetical_key(row[1], self.language_code))]

    def chips(self, path, own_language_only=False):
        """A Chip per active filter value, in the order of the form; values left out as invalid have none."""
        self.form.is_valid()  # cleans the values; those left out as invalid are not in cleaned_data
        chips = []
        for name, value in self.form.cleaned_data.items():
            for one_value in value if isinstance(value, list) else [value]:
                if one_value:
                    chips.append(Chip(self.chip_label(name, one_value), self.url_without(path, name, one_value)))
        if own_language_only:
            remove_url = self.url_without(path, OWN_LANGUAGE_PARAMETER, "1")
            chips.append(Chip(gettext("Only items in my language"), remove_url))
        return chips

    def chip_label(self, name, value):
        label = dict(self.choices_of(name)).get(value, value) if name != "q" else value
        if name in self.NAMED_CHIPS:
            return f"{self.filters[name].label}: {label}"
        return str(label)

    def url_without(self, path, name, value):
        """The address of this list with the filter value `name`=`value` taken out, from its first page."""
        kept = [
            (key, one_value)
            for key, values in self.data.lists()
            for one_value in values
            if one_value and key != "page" and (key, one_value) != (name, value)
        ]
        return f"{path}?{urlencode(kept)}{RESULTS_ANCHOR}" if kept else f"{path}{RESULTS_ANCHOR}"
