"""Editors can open every new page type in the Wagtail admin, and a bad event is refused with a
message while the form keeps what was typed."""

import pytest
from wagtail.models import Page

from countries.models import CountryIndexPage, NationalSectionPage
from events.factories import EventPageFactory
from events.models import EventIndexPage, EventPage
from kits.factories import KitPageFactory
from kits.models import KitIndexPage, KitPage
from news.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from tests.world import world

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages_of_every_type():
    """A kit, an article and an event, besides the world's index pages and national sections."""
    KitPageFactory(parent=world().kits, title="Our towns compared")
    NewsPageFactory(parent=world().news, title="Schools meet online")
    EventPageFactory(parent=world().events, title="Online seminar on partner finding")


@pytest.mark.parametrize(
    "model",
    [KitIndexPage, KitPage, NewsIndexPage, NewsPage, EventIndexPage, EventPage, CountryIndexPage, NationalSectionPage],
)
def test_every_page_type_opens_in_the_editor(admin_client, pages_of_every_type, model):
    page = model.objects.filter(locale__language_code="en").first()
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200


def test_kit_can_be_added_under_the_kit_index(admin_client):
    index = KitIndexPage.objects.get(locale__language_code="en")
    response = admin_client.get(f"/admin/pages/add/kits/kitpage/{index.pk}/")
    assert response.status_code == 200


def test_event_ending_before_it_starts_is_refused_and_the_form_keeps_the_input(admin_client):
    index = EventIndexPage.objects.get(locale__language_code="en")
    before = Page.objects.count()
    response = admin_client.post(
        f"/admin/pages/add/events/eventpage/{index.pk}/",
        {
            "title": "Spring seminar on outdoor learning",
            "slug": "spring-seminar",
            "kind": "online-seminar",
            "format": "online",
            "start": "2027-03-10 15:00",
            "end": "2027-03-10 14:00",
            "time_zone": "Europe/Brussels",
            "introduction": "An hour on lessons outside.",
            "body-count": "0",
        },
    )
    assert response.status_code == 200
    assert "The end must be after the start." in response.content.decode()
    assert "Spring seminar on outdoor learning" in response.content.decode()
    assert Page.objects.count() == before
