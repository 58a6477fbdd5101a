"""Every page type and taxonomy has a factory (tests and the demo build with them), and what each
makes is valid as an editor would have to save it, published and served."""

import pytest
from wagtail.models import Page

from countries.factories import CountryIndexPageFactory, NationalSectionPageFactory
from events.factories import EventIndexPageFactory, EventPageFactory
from home.factories import HomePageFactory, StandardPageFactory
from kits.factories import KitIndexPageFactory, KitPageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory, TopicFactory
from prizes.factories import PrizesIndexPageFactory, PrizeYearPageFactory
from taxonomy.factories import AgeRangeFactory, KeyCompetenceFactory, SubjectFactory
from tests.world import world

pytestmark = pytest.mark.django_db

# (factory, factory of its parent) for every page type the portal's apps define.
PAGE_FACTORIES = [
    (StandardPageFactory, None),
    (KitIndexPageFactory, None),
    (NewsIndexPageFactory, None),
    (EventIndexPageFactory, None),
    (CountryIndexPageFactory, None),
    (KitPageFactory, KitIndexPageFactory),
    (NewsPageFactory, NewsIndexPageFactory),
    (EventPageFactory, EventIndexPageFactory),
    (NationalSectionPageFactory, CountryIndexPageFactory),
    (PrizesIndexPageFactory, None),
    (PrizeYearPageFactory, PrizesIndexPageFactory),
]


@pytest.fixture
def home():
    return world().home


def another(factory, parent):
    """A page of `factory`'s under `parent`, with a slug of its own beside the world's sections."""
    return factory(parent=parent, slug=f"another-{factory._meta.model._meta.model_name}")


def test_every_page_type_has_a_factory():
    from django.apps import apps

    from core.registry import portal_apps

    page_types = {model for config in portal_apps() for model in config.get_models() if issubclass(model, Page)}
    made = {factory._meta.model for factory, _parent in PAGE_FACTORIES} | {HomePageFactory._meta.model}
    assert page_types == made, f"no factory for {page_types - made}"
    assert apps.get_model("home", "HomePage") in made


@pytest.mark.parametrize(("factory", "parent_factory"), PAGE_FACTORIES, ids=lambda f: getattr(f, "__name__", ""))
def test_a_factory_makes_a_valid_published_page(client, home, factory, parent_factory):
    parent = another(parent_factory, home) if parent_factory else home
    page = another(factory, parent)
    page.full_clean()
    assert page.live and page.live_revision_id and page.first_published_at
    assert client.get(page.url).status_code == 200


def test_a_home_page_factory_makes_a_valid_published_home_page():
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="another-home")
    home.full_clean()
    assert home.live and home.live_revision_id


def test_a_draft_is_never_published(home):
    page = StandardPageFactory(parent=home, publish=False)
    assert not page.live and page.first_published_at is None and page.latest_revision_id


@pytest.mark.parametrize("factory", [SubjectFactory, AgeRangeFactory, KeyCompetenceFactory, TopicFactory])
def test_a_factory_makes_a_valid_term(factory):
    term = factory()
    term.full_clean()
    assert str(term) == term.name_en
