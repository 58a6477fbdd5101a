import pytest
from django.conf import settings
from wagtail.models import PageViewRestriction

from core.factories import translate
from home.factories import StandardPageFactory
from tests.world import world

pytestmark = pytest.mark.django_db


@pytest.fixture
def german_about_page():
    """/de/about/: a page translated into German."""
    about = StandardPageFactory(parent=world().home, title="About", slug="about")
    return translate(about, "de", title="Über uns")


def test_public_pages_are_cacheable_for_anonymous_visitors(client, german_about_page):
    response = client.get("/de/about/")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert f"max-age={settings.PUBLIC_PAGE_CACHE_SECONDS}" in response["Cache-Control"]


def test_pages_seen_by_a_logged_in_user_are_never_cached(client, german_about_page):
    client.login(username="admin", password=settings.DEMO_PASSWORD)
    response = client.get("/de/about/")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_restricted_pages_are_never_cached(client):
    faq = StandardPageFactory(parent=world().home, title="Frequently asked questions", slug="faq")
    restriction = PageViewRestriction.objects.create(page=faq, restriction_type="password", password="x")
    password_form = client.get("/en/faq/")
    assert "Frequently asked questions</h1>" not in password_form.content.decode()
    login = f"/en/_util/authenticate_with_password/{restriction.id}/{faq.id}/"
    assert client.post(login, {"password": "x", "return_url": "/en/faq/"}).status_code == 302
    response = client.get("/en/faq/")
    assert "Frequently asked questions</h1>" in response.content.decode()
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
