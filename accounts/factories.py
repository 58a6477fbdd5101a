import factory
from allauth.account.models import EmailAddress
from django.conf import settings

from accounts.models import Role, User, ValidationStatus
from countries.factories import CountryFactory


class UserFactory(factory.django.DjangoModelFactory):
    """An account; one with an e-mail address also gets it as allauth's primary address, verified
    unless `verified_email=False`, so that it can log in through the portal's log-in at once."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user-{n}")
    password = factory.django.Password(settings.DEMO_PASSWORD)

    @factory.post_generation
    def verified_email(user, create, extracted, **kwargs):
        if create and user.email:
            verified = True if extracted is None else extracted
            EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=verified)


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
