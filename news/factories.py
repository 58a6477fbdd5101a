import factory

from core.factories import PublishedPageFactory
from news.models import NewsIndexPage, NewsPage, Topic


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name_en = factory.LazyAttribute(lambda topic: topic.slug.replace("-", " ").capitalize())


class NewsIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"


class NewsPageFactory(PublishedPageFactory):
    """An article; `country=` makes it national news, `topics=[...]` files it under topics."""

    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"News article {n}")
    introduction = "What happened, in one sentence."
    topics = factory.LazyFunction(list)
