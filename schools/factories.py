import factory

from countries.factories import CountryFactory
from schools.models import School, SchoolType


class SchoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = School

    country = factory.SubFactory(CountryFactory)
    name = factory.Sequence(lambda n: f"School number {n}")
    address = factory.Sequence(lambda n: f"{n} School Street")
    town = "Springfield"
    postcode = "12345"
    type = SchoolType.SECONDARY
    head_name = "Alex Head"
    head_email = factory.Sequence(lambda n: f"head-{n}@school.example")
