import factory

from taxonomy.models import Subject


class SubjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subject

    slug = factory.Sequence(lambda n: f"subject-{n}")
    name_en = factory.LazyAttribute(lambda subject: subject.slug.replace("-", " ").title())
