import datetime

import factory
from django.utils import timezone

from accounts.factories import TeacherFactory
from forum.models import Post, PostLanguage, Reply


class PostFactory(factory.django.DjangoModelFactory):
    """A current post by a new validated teacher, in English, wanting partners from any country. Give
    subjects=[...], age_ranges=[...], countries_wanted=[...] and languages=["fr", ...] to set them."""

    class Meta:
        model = Post
        skip_postgeneration_save = True

    author = factory.SubFactory(TeacherFactory)
    title = factory.Sequence(lambda n: f"Project idea number {n}")
    description = "Our pupils would like to compare the rivers of our towns with a partner class."
    ends_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=60))

    @factory.post_generation
    def subjects(post, create, subjects, **_kwargs):
        if create and subjects:
            post.subjects.set(subjects)

    @factory.post_generation
    def age_ranges(post, create, age_ranges, **_kwargs):
        if create and age_ranges:
            post.age_ranges.set(age_ranges)

    @factory.post_generation
    def countries_wanted(post, create, countries, **_kwargs):
        if create and countries:
            post.countries_wanted.set(countries)

    @factory.post_generation
    def languages(post, create, codes, **_kwargs):
        if create:
            PostLanguage.objects.bulk_create([PostLanguage(post=post, code=code) for code in codes or ["en"]])


class ReplyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reply

    post = factory.SubFactory(PostFactory)
    author = factory.SubFactory(TeacherFactory)
    body = "We would love to take part: our pupils live by the Danube."
