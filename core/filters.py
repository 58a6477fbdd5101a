"""What every filterable list shares (django-filter): a filter value that is not one of the choices
is left out with a message saying so, instead of emptying the list or failing."""

import django_filters
from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _


class QuickSelect(forms.Select):
    """Django's drop-down list drawn in one pass: its widget templates render every option through a
    template of its own, which costs a list of 45 countries a few milliseconds on each request."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = {str(item) for item in self.format_value(value)}
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((key, " selected" if str(key) in chosen else "", label) for key, label in self.choices),
        )
        attributes = flatatt(self.build_attrs(self.attrs, {**(attrs or {}), "name": name}))
        return format_html("<select{}>{}</select>", attributes, options)


class ExplainingFilterSet(django_filters.FilterSet):
    # The filters shown as boxes to tick (checkbox_groups).
    CHECKBOX_FILTERS = ()

    def __init__(self, data, queryset, *, language_code):
        super().__init__(data, queryset)
        self.language_code = language_code

    @property
    def form(self):
        """django-filter's form, its drop-down lists drawn by QuickSelect."""
        if not hasattr(self, "_form"):
            form = super().form
            for field in form.fields.values():
                if type(field.widget) is forms.Select:
                    field.widget = QuickSelect(attrs=field.widget.attrs)
                    field.widget.choices = field.choices
        return self._form

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
