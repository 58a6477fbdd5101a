import factory

from core.factories import PublishedPageFactory
from home.models import HomePage, StandardPage


class HomePageFactory(PublishedPageFactory):
    class Meta:
        model = HomePage

    title = "Home"
    slug = "home"
    headline = "Schools working together across Europe"


class StandardPageFactory(PublishedPageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"A page written in English only {n}")
    introduction = "Nobody has translated this page yet."
