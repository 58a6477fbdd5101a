from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from countries.models import Country


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    menu_label = _("Countries")
    list_display = ["name", "iso2", "support_type", "organisation_name", "joined_on", "left_on"]
    list_filter = ["support_type"]
    search_fields = ["name", "iso2", "organisation_name"]
    add_to_admin_menu = True
    menu_order = 300


register_snippet(CountryViewSet)
