"""What every filterable list shares (django-filter): a filter value that is not one of the choices
is left out with a message saying so, instead of emptying the list or failing."""

import django_filters
from django.utils.translation import gettext_lazy as _

from home.caching import cached_fragment


class ExplainingFilterSet(django_filters.FilterSet):
    @property
    def messages(self):
        return [
            _("%(filter)s: %(error)s This filter was left out.")
            % {"filter": self.filters[name].label, "error": " ".join(errors)}
            for name, errors in self.errors.items()
        ]


def taxonomy_choices(model):
    """(slug, name) of every term of a taxonomy, from the cache, as a callable for a choice filter."""
    key = f"choices-{model._meta.label_lower}"
    return lambda: cached_fragment(key, lambda: list(model.objects.values_list("slug", "name")))
