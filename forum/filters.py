"""The filters of the forum's list: words, subject and pupils' age (search.filters), and the project's
language and the partner countries wanted. Each filter is an EXISTS condition rather than a join, so that
a post matching two chosen subjects is listed (and its replies counted) once.

Choices come from the cached countries and from CLDR, so showing and checking them costs no query."""

import django_filters
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from countries.models import countries_taking_part
from forum.models import Post, PostLanguage
from languages.spoken import spoken_language_names
from search.filters import WordsAndTermsFilterSet


def country_choices():
    return [(country.iso2, country.name) for country in countries_taking_part()]


class PostFilter(WordsAndTermsFilterSet):
    TEXT_FIELDS = ("title", "description")

    language = django_filters.ChoiceFilter(label=_("Language"), method="filter_language", empty_label=_("Any language"))
    country = django_filters.ChoiceFilter(
        label=_("Open to teachers from"), method="filter_country", empty_label=_("Any country")
    )

    def __init__(self, data, queryset, *, language_code):
        super().__init__(data, queryset, language_code=language_code)
        self.filters["language"].extra["choices"] = list(spoken_language_names(language_code).items())
        self.filters["country"].extra["choices"] = country_choices

    @staticmethod
    def filter_language(queryset, _name, code):
        return queryset.filter(Exists(PostLanguage.objects.filter(post=OuterRef("pk"), code=code)))

    @staticmethod
    def filter_country(queryset, _name, iso2):
        """Posts that want partners from this country, or from any country (none named)."""
        wanted = Post.countries_wanted.through.objects.filter(post=OuterRef("pk"))
        return queryset.filter(Exists(wanted.filter(country__iso2=iso2)) | ~Exists(wanted))

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
