from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class PrizesConfig(PortalAppConfig):
    name = "prizes"
    verbose_name = _("European Prizes")
    fragment_models = ()
    other_models = ("prizes.Winner",)
    central_team_edits = True
    search_types = [("prizes", _("European Prizes"), "prizes.PrizeYearPage")]
    query_budgets = {
        "/en/prizes/": 12,  # the years
        "/fr/prizes/2026/": 12,  # a year's winners, with flags, schools and kit links
        "/mt/prizes/2026/": 12,  # the same in a fallback language
    }
