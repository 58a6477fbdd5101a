from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class CountriesConfig(PortalAppConfig):
    name = "countries"
    verbose_name = _("Countries")
    fragment_models = ("countries.Country",)
    other_models = ()
    central_team_edits = True
    query_budgets = {
        "/en/countries/": 12,  # 44 countries
        "/mt/countries/": 12,  # the same in a fallback language
        "/en/countries/fr/": 12,  # national section with its news and events
        "/el/countries/fr/": 12,  # the French original, for a reader of Greek
    }
