import factory
from django.conf import settings

from accounts.models import Role, User, ValidationStatus
from countries.factories import CountryFactory


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user-{n}")
    password = factory.django.Password(settings.DEMO_PASSWORD)


class TeacherFactory(UserFactory):
    role = Role.TEACHER
    email = factory.LazyAttribute(lambda user: f"{user.username}@school.example")
    country = factory.SubFactory(CountryFactory)
    validation_status = ValidationStatus.VALIDATED


class PupilFactory(UserFactory):
    role = Role.PUPIL
    email = ""


class EditorFactory(UserFactory):
    role = Role.EDITOR
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
