"""The filters of the forum's list: subject, pupils' age, language, partner country and words, as GET
parameters so that a filtered list can be shared. Values within one filter are alternatives; different
filters must all match. Each filter is an EXISTS condition rather than a join, so that a post matching
two chosen subjects is listed (and its replies counted) once.

Choices come from the cached taxonomies and countries and from CLDR, so showing and checking them costs
no query."""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from core.filters import ExplainingFilterSet
from countries.models import countries_taking_part
from forum.models import Post, PostLanguage
from languages.spoken import spoken_language_names
from search.query import clean_query
from taxonomy.models import AgeRange, Subject, term_choices


def country_choices():
    return [(country.iso2, country.name) for country in countries_taking_part()]


class PostFilter(ExplainingFilterSet):
    CHECKBOX_FILTERS = ("subject", "age")

    q = django_filters.CharFilter(
        label=_("Words"), method="filter_text", widget=forms.TextInput(attrs={"type": "search"})
    )
    subject = django_filters.MultipleChoiceFilter(
        label=_("Subject"), method="filter_subjects", widget=forms.CheckboxSelectMultiple
    )
    age = django_filters.MultipleChoiceFilter(
        label=_("Pupils' age"), method="filter_ages", widget=forms.CheckboxSelectMultiple
    )
    language = django_filters.ChoiceFilter(label=_("Language"), method="filter_language", empty_label=_("Any language"))
    country = django_filters.ChoiceFilter(
        label=_("Open to teachers from"), method="filter_country", empty_label=_("Any country")
    )

    def __init__(self, data, queryset, *, language_code):
        super().__init__(data, queryset, language_code=language_code)
        self.text_query, self.text_message = clean_query(data.get("q", ""))
        self.filters["subject"].extra["choices"] = term_choices(Subject)
        self.filters["age"].extra["choices"] = term_choices(AgeRange)
        self.filters["language"].extra["choices"] = list(spoken_language_names(language_code).items())
        self.filters["country"].extra["choices"] = country_choices

    def filter_text(self, queryset, _name, _value):
        """Posts with every word in their title or description."""
        for word in self.text_query.split():
            queryset = queryset.filter(Q(title__icontains=word) | Q(description__icontains=word))
        return queryset

    @staticmethod
    def filter_subjects(queryset, _name, slugs):
        links = Post.subjects.through.objects.filter(post=OuterRef("pk"), subject__slug__in=slugs)
        return queryset.filter(Exists(links))

    @staticmethod
    def filter_ages(queryset, _name, slugs):
        links = Post.age_ranges.through.objects.filter(post=OuterRef("pk"), agerange__slug__in=slugs)
        return queryset.filter(Exists(links))

    @staticmethod
    def filter_language(queryset, _name, code):
        return queryset.filter(Exists(PostLanguage.objects.filter(post=OuterRef("pk"), code=code)))

    @staticmethod
    def filter_country(queryset, _name, iso2):
        """Posts that want partners from this country, or from any country (none named)."""
        wanted = Post.countries_wanted.through.objects.filter(post=OuterRef("pk"))
        return queryset.filter(Exists(wanted.filter(country__iso2=iso2)) | ~Exists(wanted))

    @property
    def messages(self):
        """Ignored filter values, and what was done to the words."""
        return ([self.text_message] if self.text_message else []) + super().messages

    def select_groups(self):
        """(name, label, empty label, [(value, label, selected)]) for the filters shown as lists, drawn by
        the template itself for the same reason (268 languages)."""
        groups = []
        for name in ("language", "country"):
            chosen = self.data.get(name)
            choices = [(value, label, value == chosen) for value, label in self.choices_of(name)]
            filter_ = self.filters[name]
            groups.append((name, filter_.label, filter_.extra["empty_label"], choices))
        return groups
