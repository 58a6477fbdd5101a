"""What every filterable list shares (django-filter): a filter value that is not one of the choices
is left out with a message saying so, instead of emptying the list or failing."""

import django_filters
from django.utils.translation import gettext_lazy as _


class ExplainingFilterSet(django_filters.FilterSet):
    # The filters shown as boxes to tick (checkbox_groups).
    CHECKBOX_FILTERS = ()

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

    @property
    def is_filtered(self):
        return self.is_bound and any(self.form.cleaned_data.get(name) for name in self.filters)

    def choices_of(self, name):
        choices = self.filters[name].extra["choices"]
        return choices() if callable(choices) else choices

    def checkbox_groups(self):
        """(name, label, [(value, label, checked)]) of CHECKBOX_FILTERS, drawn by the template itself,
        because Django's widget templates cost a render per box."""
        groups = []
        for name in self.CHECKBOX_FILTERS:
            chosen = set(self.data.getlist(name)) if hasattr(self.data, "getlist") else set()
            choices = [(value, label, value in chosen) for value, label in self.choices_of(name)]
            groups.append((name, self.filters[name].label, choices))
        return groups

    def results(self):
        """The filtered pages, in the order the list shows them."""
        return self.qs
