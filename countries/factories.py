import factory

from core.factories import PublishedPageFactory
from countries.models import Country, CountryIndexPage, NationalSectionPage


class CountryFactory(factory.django.DjangoModelFactory):
    """A country of its own (codes from the user-assigned range, so none clashes with real ones)."""

    class Meta:
        model = Country
        django_get_or_create = ("iso2",)

    iso2 = factory.Sequence(lambda n: f"X{chr(65 + n % 26)}")
    name_en = factory.LazyAttribute(lambda country: f"Country {country.iso2}")
    organisation_name = factory.LazyAttribute(lambda country: f"Support service of {country.name_en}")


class CountryIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = CountryIndexPage

    title = "Countries"
    slug = "countries"


class NationalSectionPageFactory(PublishedPageFactory):
    class Meta:
        model = NationalSectionPage

    country = factory.SubFactory(CountryFactory)
    title = factory.LazyAttribute(lambda section: section.country.name_en)
    slug = factory.LazyAttribute(lambda section: section.country.iso2.lower())
