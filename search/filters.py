"""The filters Live's lists share (the forum's posts, the groups): words, subjects and pupils' ages, as
GET parameters so that a filtered list can be shared. Values within one filter are alternatives;
different filters must all match.

Subjects and ages are EXISTS conditions rather than joins, so that an item matching two chosen subjects
is listed (and its replies or members counted) once. Choices come from the cached taxonomies, so
showing and checking them costs no query."""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from core.filters import ExplainingFilterSet
from search.query import clean_query
from taxonomy.models import AgeRange, Subject, term_choices


class WordsAndTermsFilterSet(ExplainingFilterSet):
    """For a model with `subjects` and `age_ranges` (many-to-many to the taxonomies); the words are
    looked for in its TEXT_FIELDS, each word in one of them at least."""

    CHECKBOX_FILTERS = ("subject", "age")
    TEXT_FIELDS = ()

    q = django_filters.CharFilter(
        label=_("Words"), method="filter_text", widget=forms.TextInput(attrs={"type": "search"})
    )
    subject = django_filters.MultipleChoiceFilter(
        label=_("Subject"), method="filter_subjects", widget=forms.CheckboxSelectMultiple
    )
    age = django_filters.MultipleChoiceFilter(
        label=_("Pupils' age"), method="filter_ages", widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, data, queryset, *, language_code):
        super().__init__(data, queryset, language_code=language_code)
        self.text_query, self.text_message = clean_query(data.get("q", ""))
        self.filters["subject"].extra["choices"] = term_choices(Subject)
        self.filters["age"].extra["choices"] = term_choices(AgeRange)

    def filter_text(self, queryset, _name, _value):
        for word in self.text_query.split():
            anywhere = Q()
            for field in self.TEXT_FIELDS:
                anywhere |= Q(**{f"{field}__icontains": word})
            queryset = queryset.filter(anywhere)
        return queryset

    def filter_subjects(self, queryset, _name, slugs):
        return queryset.filter(linked(queryset.model, "subjects", subject__slug__in=slugs))

    def filter_ages(self, queryset, _name, slugs):
        return queryset.filter(linked(queryset.model, "age_ranges", agerange__slug__in=slugs))

    @property
    def messages(self):
        """Ignored filter values, and what was done to the words."""
        return ([self.text_message] if self.text_message else []) + super().messages


def linked(model, relation, **conditions):
    """EXISTS a row of `model`'s many-to-many `relation` to the outer row meeting `conditions`."""
    through = getattr(model, relation).through
    return Exists(through.objects.filter(**{model._meta.model_name: OuterRef("pk")}, **conditions))
