"""Editors can open every form of this app in the Wagtail admin."""

import pytest
from wagtail.models import Page

from core.factories import translate
from home.factories import StandardPageFactory
from home.models import HomePage, MainMenuLink, NavigationSettings
from tests.world import world

pytestmark = pytest.mark.django_db


def test_page_edit_forms_open(admin_client):
    home = HomePage.objects.get(locale__language_code="en")
    about = translate(StandardPageFactory(parent=home, title="About", slug="about"), "fr", title="À propos")
    for page in (home, about):
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
        assert page.title in response.content.decode()


def test_a_standard_page_can_be_added_under_the_home_page(admin_client):
    home = Page.objects.get(depth=2, locale__language_code="en")
    response = admin_client.get(f"/admin/pages/add/home/standardpage/{home.pk}/")
    assert response.status_code == 200
    for block in ("heading", "paragraph", "image", "quote", "call_to_action", "embed"):
        assert block in response.content.decode()


def test_menus_and_site_settings_are_editable(admin_client):
    for path in ("/admin/settings/home/navigationsettings/", "/admin/settings/home/sitesettings/"):
        response = admin_client.get(path, follow=True)
        assert response.status_code == 200, path
    response = admin_client.get("/admin/settings/home/navigationsettings/", follow=True)
    assert "main_menu_links" in response.content.decode()


def test_visitors_see_a_menu_change_at_once(client):
    navigation = NavigationSettings.load()
    navigation.main_menu_links = [MainMenuLink(page=world().kits), MainMenuLink(page=world().news)]
    navigation.save()
    assert "main-nav" in client.get("/en/").content.decode()
    navigation.main_menu_links.all().delete()
    assert "main-nav" not in client.get("/en/").content.decode()
