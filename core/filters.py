"""What every filterable list shares (django-filter): a filter value that is not one of the choices
is left out with a message saying so, instead of emptying the list or failing."""

import django_filters
from django.utils.translation import gettext_lazy as _


class ExplainingFilterSet(django_filters.FilterSet):
    def __init__(self, data, queryset, *, language_code):
        super().__init__(data, queryset)
        self.language_code = language_code

    @property
    def messages(self):
        return [
            _("%(filter)s: %(error)s This filter was left out.")
            % {"filter": self.filters[name].label, "error": " ".join(errors)}
            for name, errors in self.errors.items()
        ]

    def results(self):
        """The filtered pages, in the order the list shows them."""
        return self.qs
