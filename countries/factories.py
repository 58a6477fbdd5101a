import factory

from countries.models import Country


class CountryFactory(factory.django.DjangoModelFactory):
    """A country of its own (codes from the user-assigned range, so none clashes with the demo's)."""

    class Meta:
        model = Country
        django_get_or_create = ("iso2",)

    iso2 = factory.Sequence(lambda n: f"X{chr(65 + n % 26)}")
    name_en = factory.LazyAttribute(lambda country: f"Country {country.iso2}")
