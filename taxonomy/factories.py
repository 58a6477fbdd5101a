import factory

from taxonomy.models import AgeRange, KeyCompetence, Subject


class TermFactory(factory.django.DjangoModelFactory):
    """A term with an English name; other languages' names are given as name_<code>=..."""

    class Meta:
        abstract = True
        django_get_or_create = ("slug",)

    name_en = factory.LazyAttribute(lambda term: term.slug.replace("-", " ").capitalize())
    sort_order = factory.Sequence(lambda n: n)


class SubjectFactory(TermFactory):
    class Meta:
        model = Subject

    slug = factory.Sequence(lambda n: f"subject-{n}")


class AgeRangeFactory(TermFactory):
    class Meta:
        model = AgeRange

    slug = factory.Sequence(lambda n: f"age-{n}")


class KeyCompetenceFactory(TermFactory):
    class Meta:
        model = KeyCompetence

    slug = factory.Sequence(lambda n: f"competence-{n}")
