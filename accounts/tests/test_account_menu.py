"""The header's personal part: the same two links for every visitor, so that public pages stay
cacheable; a logged-in user's name and menu only on pages no shared cache keeps (docs/caching.md)."""

import pytest
from django.utils.cache import get_max_age

from accounts.factories import EditorFactory, TeacherFactory
from accounts.tests.helpers import is_logged_in
from messaging.factories import MessageFactory
from tests.helpers import soup, translated

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ["/en/", "/en/kits/", "/fr/search/"]


@pytest.fixture
def teacher(france):
    return TeacherFactory(username="claire", first_name="Claire", last_name="Dubois", country=france)


def menu(response):
    return soup(response).select_one(".site-header .account-menu")


def cache_control(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


def varies_on_cookie(response):
    return "cookie" in {part.strip().lower() for part in response["Vary"].split(",")}


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_anonymous_visitors_get_log_in_and_register_on_a_cacheable_page(client, path):
    language = path.split("/")[1]
    response = client.get(path)
    links = [(link.get_text(strip=True), link["href"]) for link in menu(response).select("a")]
    assert links == [
        (translated("Log in", language), f"/{language}/accounts/login/"),
        (translated("Register", language), f"/{language}/accounts/signup/"),
    ]
    assert "public" in cache_control(response)
    assert get_max_age(response) > 0
    assert varies_on_cookie(response), "a shared cache keeps the anonymous copy apart from logged-in ones"
    assert b"csrfmiddlewaretoken" not in response.content, "nothing personal on a page a cache may share"
    assert "Set-Cookie" not in response or not response.cookies


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_a_logged_in_teacher_gets_their_menu_on_a_private_page(client, teacher, path):
    client.force_login(teacher)
    response = client.get(path)
    header_menu = menu(response)
    assert header_menu.summary.get_text(" ", strip=True).endswith(": Claire Dubois")
    assert {"private", "no-cache"} <= cache_control(response)
    assert "public" not in cache_control(response)
    assert varies_on_cookie(response)


def test_the_teachers_menu(client, teacher):
    client.force_login(teacher)
    items = menu(client.get("/en/")).select(".account-menu__list li")
    assert [item.get_text(" ", strip=True) for item in items] == [
        "Live",
        "My profile",
        "Notifications",
        "Messages",
        "Account settings",
        "Your data",
        "Log out",
    ]
    hrefs = [link["href"] for link in menu(client.get("/en/")).select(".account-menu__list a")]
    assert hrefs == [
        "/en/live/",
        "/en/live/profile/",
        "/en/live/notifications/",
        "/en/live/messages/",
        "/en/accounts/preferences/",
        "/en/live/my-data/",
    ]
    log_out = items[-1].form
    assert (log_out["method"], log_out["action"]) == ("post", "/en/accounts/logout/")


def test_the_menu_shows_how_many_conversations_are_unread(client, teacher, france):
    other = TeacherFactory(country=france)
    MessageFactory(conversation__first=other, conversation__second=teacher, sender=other)
    client.force_login(teacher)
    header_menu = menu(client.get("/en/"))
    assert header_menu.select_one(".account-menu__summary .account-menu__count").get_text() == "1"
    assert header_menu.select_one('a[href="/en/live/messages/"]').get_text(" ", strip=True) == "Messages 1 unread"


def test_a_teacher_waiting_for_validation_has_no_messages_yet(client, france):
    client.force_login(TeacherFactory(country=france, validation_status="waiting"))
    labels = [link.get_text(strip=True) for link in menu(client.get("/en/")).select(".account-menu__list a")]
    assert labels == ["Live", "My profile", "Notifications", "Account settings", "Your data"]


def test_an_editor_has_no_live_in_the_menu(client):
    client.force_login(EditorFactory(username="editor-x"))
    labels = [item.get_text(" ", strip=True) for item in menu(client.get("/en/")).select(".account-menu__list li")]
    assert labels == ["Account settings", "Log out"]


def test_the_menus_log_out_logs_out(client, teacher):
    client.force_login(teacher)
    action = menu(client.get("/de/")).select_one("form")["action"]
    response = client.post(action)
    assert response["Location"] == "/de/"
    assert not is_logged_in(client)
    assert menu(client.get("/de/")).select("a")[0]["href"] == "/de/accounts/login/"


def test_the_anonymous_page_is_the_same_for_everyone(client, teacher):
    """What a shared cache may keep: byte for byte the same before and after someone logs in elsewhere."""
    first = client.get("/en/").content
    client.force_login(teacher)
    assert b"Claire" in client.get("/en/").content
    client.logout()
    assert client.get("/en/").content == first
