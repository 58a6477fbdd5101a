"""The countries in the admin (a snippet): the central team manages every country, a national team
only its own support organisation's details."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import EditView, HistoryView, IndexView, SnippetViewSet, UsageView

from countries.models import Country
from editors.access import scope_of


def countries_managed_by(user, queryset):
    """The central team manages every country; a national team only its own."""
    scope = scope_of(user)
    return queryset if scope.is_central else queryset.filter(pk__in=scope.country_ids)


class CountryIndexView(IndexView):
    def get_base_queryset(self):
        return countries_managed_by(self.request.user, super().get_base_queryset())


class ManagedCountryMixin:
    """A country's own pages in the admin (edit, history, usage) answer 403 to other national teams:
    its history would show what the central team or another team changed, its usage where it is used."""

    def get_object(self, *args, **kwargs):
        country = super().get_object(*args, **kwargs)
        if not countries_managed_by(self.request.user, Country.objects.filter(pk=country.pk)).exists():
            raise PermissionDenied
        return country


class CountryEditView(ManagedCountryMixin, EditView):
    pass


class CountryHistoryView(ManagedCountryMixin, HistoryView):
    pass


class CountryUsageView(ManagedCountryMixin, UsageView):
    pass


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    menu_label = _("Countries")
    list_display = ["name", "iso2", "support_type", "organisation_name", "joined_on", "left_on"]
    list_filter = ["support_type"]
    search_fields = ["name", "iso2", "organisation_name"]
    add_to_admin_menu = True
    menu_order = 300
    index_view_class = CountryIndexView
    edit_view_class = CountryEditView
    history_view_class = CountryHistoryView
    usage_view_class = CountryUsageView
