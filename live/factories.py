"""Profiles for tests and the demo.

    ProfileFactory()                                   # a validated teacher's empty profile
    ProfileFactory(user__country=france, user__first_name="Anne", user__last_name="Martin")
    ProfileFactory(subjects=["science", "maths"], age_ranges=["12-15"], languages=["fr", "en"])
    ProfileFactory(looking=True)                       # looking for partners, with a topic
    ProfileFactory(with_photo=True)                    # a small square JPEG

Subjects and age ranges are terms or slugs (a slug's term is made if missing); languages are CLDR codes.
A teacher's account gets its profile as it is made (live.signals), so the factory fills in that profile, and
keeps its search copies right as the portal does. Texts are fixed, not random: a search test must not match
by chance."""

import factory

from accounts.factories import TeacherFactory
from live.models import LANGUAGES, Profile, SpokenLanguage, note_languages_added
from live.photos import PHOTO_SIZE
from taxonomy.factories import AgeRangeFactory, SubjectFactory


def terms(factory_class, values):
    return [factory_class(slug=value) if isinstance(value, str) else value for value in values]


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile
        # The declarations below keep the search copies right themselves.
        skip_postgeneration_save = True

    class Params:
        looking = factory.Trait(looking_for_partners=True, partner_topic="Climate and our rivers")
        with_photo = factory.Trait(
            photo=factory.django.ImageField(width=PHOTO_SIZE, height=PHOTO_SIZE, format="JPEG", filename="photo.jpg")
        )

    user = factory.SubFactory(TeacherFactory)

    @classmethod
    def _create(cls, model_class, user, **fields):
        profile, _created = model_class.objects.update_or_create(user=user, defaults=fields)
        return profile

    @factory.post_generation
    def subjects(profile, create, extracted, **kwargs):
        if create and extracted:
            profile.subjects.set(terms(SubjectFactory, extracted))

    @factory.post_generation
    def age_ranges(profile, create, extracted, **kwargs):
        if create and extracted:
            profile.age_ranges.set(terms(AgeRangeFactory, extracted))

    @factory.post_generation
    def languages(profile, create, extracted, **kwargs):
        if create and extracted:
            SpokenLanguage.objects.bulk_create(SpokenLanguage(profile=profile, code=code) for code in extracted)
            profile.refresh_search_fields([LANGUAGES])
            note_languages_added(profile.pk, extracted)
