"""What the statistics are asked for: a period and, for those who follow several countries, one
country. Both come from the address, so anything may arrive: a value that is no choice is left out
with a message (`problems`), and a country outside the user's scope is one that does not exist for
them, so its figures are never counted."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from validation.scope import validation_scope

# Choice in the address -> how many months back (None: all).
PERIODS = {"12": 12, "24": 24, "all": None}
PERIOD_LABELS = {
    "12": gettext_lazy("The last 12 months"),
    "24": gettext_lazy("The last 24 months"),
    "all": gettext_lazy("Since the beginning"),
}
DEFAULT_PERIOD = "12"


@dataclass
class Selection:
    period: str
    countries: list
    country: object = None
    several_countries: bool = False
    every_country: bool = False
    problems: list = field(default_factory=list)

    @property
    def months(self):
        return PERIODS[self.period]

    @property
    def country_ids(self):
        """The countries counted; None for every country."""
        if self.country:
            return [self.country.pk]
        return None if self.every_country else [country.pk for country in self.countries]

    @property
    def shows_country_rows(self):
        return self.several_countries and self.country is None

    @property
    def counted_countries(self):
        return [self.country] if self.country else self.countries

    def query(self):
        """The address parameters that ask for this selection again (for the CSV link)."""
        return {"period": self.period, **({"country": self.country.iso2} if self.country else {})}


def selection(request):
    scope = validation_scope(request.user)
    chosen = Selection(
        period=DEFAULT_PERIOD,
        countries=list(scope.countries()),
        several_countries=scope.has_several_countries,
        every_country=scope.every_country,
    )
    period = request.GET.get("period", DEFAULT_PERIOD)
    if period in PERIODS:
        chosen.period = period
    else:
        chosen.problems.append(
            _("There is no period “%(period)s”; here are the last 12 months.") % {"period": period[:10]}
        )
    if not chosen.several_countries and chosen.countries:
        chosen.country = chosen.countries[0]  # a national team's own
    code = request.GET.get("country", "")
    if code:
        asked = next((country for country in chosen.countries if country.iso2 == code), None)
        chosen.country = asked or chosen.country
        if asked is None:
            chosen.problems.append(
                _("There is no country “%(code)s” in your statistics; all your countries are shown.")
                % {"code": code[:10]}
            )
    return chosen
