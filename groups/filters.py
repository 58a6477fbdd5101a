"""The filters of the groups' list: words (in the name or description), subject and pupils' age
(search.filters), and the group's language, whose choices come from CLDR at no query."""

import django_filters
from django.utils.translation import gettext_lazy as _

from languages.spoken import portal_language_choices
from search.filters import WordsAndTermsFilterSet


class GroupFilter(WordsAndTermsFilterSet):
    TEXT_FIELDS = ("name", "description")

    language = django_filters.ChoiceFilter(label=_("Language"), field_name="language", empty_label=_("Any language"))

    def __init__(self, data, queryset, *, language_code):
        super().__init__(data, queryset, language_code=language_code)
        self.filters["language"].extra["choices"] = portal_language_choices(language_code)

    def language_options(self):
        """(code, name, selected) of the language list, drawn by the template itself."""
        chosen = self.data.get("language")
        return [(code, name, code == chosen) for code, name in self.choices_of("language")]
