import factory

from core.factories import PublishedPageFactory
from prizes.models import PrizesIndexPage, PrizeYearPage, Winner


def school(name, town, country):
    """A school of a winner's `schools`, in the StreamField's raw format."""
    return {"type": "school", "value": {"name": name, "town": town, "country": country.pk}}


class PrizesIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = PrizesIndexPage

    title = "European Prizes"
    slug = "prizes"


class WinnerFactory(factory.Factory):
    """An unsaved winner for PrizeYearPageFactory(winners=[...]); give `age_range=` or
    `special_prize=`, and `schools=[school(...), ...]`."""

    class Meta:
        model = Winner

    project_title = factory.Sequence(lambda n: f"Winning project {n}")
    description = "Pupils of three countries worked together for a school year."


class PrizeYearPageFactory(PublishedPageFactory):
    """A year of prizes; its slug is the year."""

    class Meta:
        model = PrizeYearPage

    year = 2025
    title = factory.LazyAttribute(lambda page: f"European Prizes {page.year}")
    slug = factory.LazyAttribute(lambda page: str(page.year))
    introduction = "The winning projects of the year."
    winners = factory.LazyFunction(list)
