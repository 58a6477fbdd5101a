"""Bad input that once gave a server error: each test names the address that did. The fuzzing of
every public page type is in tests/test_fuzzing.py."""

from datetime import timedelta
from importlib import import_module

import pytest
from django.conf import settings
from django.utils import timezone

from events.factories import EventPageFactory
from kits.factories import KitPageFactory
from news.factories import NewsPageFactory
from news.models import NewsIndexPage
from tests.helpers import kept_for_the_module, served_media
from tests.world import world

pytestmark = pytest.mark.django_db

LISTS = ["/en/kits/", "/en/news/", "/en/events/?when=past", "/en/search/?q=water"]
# Digits of other scripts: superscript two, circled one, Ethiopic one, Arabic-Indic three, fullwidth
# three. str.isdigit() accepts all of them; int() refuses the first three and reads the others as 3.
OTHER_DIGITS = ["²", "①", "፩", "٣", "３"]


@pytest.fixture(scope="module")
def lists(django_db_setup, django_db_blocker):
    """Something in each list: a kit, two pages of news (all about water, for the search) and a past
    event; built once for the module (tests.helpers.kept_for_the_module)."""
    with kept_for_the_module(django_db_blocker):
        fill_the_lists()
        yield


def fill_the_lists():
    KitPageFactory(parent=world().kits, title="Water in our towns")
    for number in range(NewsIndexPage.items_per_page + 1):
        NewsPageFactory(parent=world().news, title=f"Water week, day {number + 1}")
    last_month = timezone.now().replace(microsecond=0) - timedelta(days=30)
    EventPageFactory(
        parent=world().events, title="Water seminar", start=last_month, end=last_month + timedelta(hours=1)
    )


@pytest.fixture
def kit():
    return KitPageFactory(parent=world().kits, title="Our towns compared")


@pytest.mark.parametrize("digit", OTHER_DIGITS)
@pytest.mark.parametrize("address", LISTS)
def test_page_numbers_in_other_scripts_show_the_first_page_with_a_message(client, lists, address, digit):
    """/en/kits/?page=² was a 500; /en/news/?page=٣ silently showed page 2 of 2."""
    separator = "&" if "?" in address else "?"
    response = client.get(f"{address}{separator}page={digit}")
    assert response.status_code == 200
    assert f"There is no page “{digit}”; here is the first page." in response.content.decode()


def test_ascii_page_numbers_still_turn_pages(client, lists):
    response = client.get("/en/news/?page=2")
    assert response.status_code == 200
    assert "There is no page" not in response.content.decode()
    assert 'aria-current="page">2<' in response.content.decode()


def test_media_names_too_long_for_the_file_system_are_not_found(client, tmp_path):
    """/media/ and a name of 3,000 characters was OSError "File name too long", a 500, under make run."""
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "cover.jpg").write_bytes(b"picture")
    with served_media(tmp_path):
        assert client.get("/media/images/cover.jpg").status_code == 200
        # (A name that could be a page's address is first sent to /en/media/..., which is not found either.)
        assert client.get("/media/" + "a" * 3000, follow=True).status_code == 404
        assert client.get("/media/images/" + "a" * 300 + ".jpg", follow=True).status_code == 404
        assert client.get("/media/" + "a/" * 3000 + "b", follow=True).status_code == 404  # longer than any path
        assert client.get("/media/images/missing.jpg", follow=True).status_code == 404


@pytest.mark.parametrize("address", ["/documents/1/" + "a" * 3000, "/static/" + "a" * 3000, "/static/a.css" * 300])
def test_documents_and_static_files_with_long_names_are_not_found(client, address):
    response = client.get(address, follow=True)
    assert response.status_code == 404


@pytest.mark.parametrize("session_key", ["aaaaaaaa\x00aaaaaaaa", "aaaaaaaa" * 100, "AAAAAAAAAAAA", "²²²²²²²²²"])
def test_forged_session_keys_are_no_session(session_key):
    """A session cookie holding a NUL byte (sent as sessionid="aaaaaaaa\\000aaaaaaaa") made every public
    page a 500 on PostgreSQL, which refuses NUL in a query; keys Django never issues are not looked up."""
    store = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    assert store.session_key is None
    assert not store.load()


def test_forged_session_cookie_shows_the_page_as_to_any_visitor(client):
    response = client.get("/en/", HTTP_COOKIE='sessionid="aaaaaaaa\\000aaaaaaaa"')
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]


def test_real_sessions_still_log_in(admin_client):
    key = admin_client.cookies[settings.SESSION_COOKIE_NAME].value
    assert import_module(settings.SESSION_ENGINE).SessionStore(key).load()
    assert "private" in admin_client.get("/en/")["Cache-Control"]


# The same mistakes in the editors' admin (crafted or stale addresses; logged-in editors only).
BAD_PAGE_IDS = ["²", "٣", "abc", "99999999999999999999999"]


@pytest.mark.parametrize("page_id", BAD_PAGE_IDS)
def test_page_chooser_with_an_id_that_is_no_page_id_is_not_found(admin_client, page_id):
    """/admin/choose-page/?id=² was a 500 (int() in editors.patches), and so was ?id=99999999999999999999999
    on SQLite (too large for it) and, in Wagtail's view, /admin/choose-page/chosen-multiple/?id=abc."""
    assert admin_client.get("/admin/choose-page/", {"id": page_id}).status_code == 404
    assert admin_client.get("/admin/choose-page/chosen-multiple/", {"id": page_id}).status_code == 404


def test_page_chooser_still_browses_and_chooses(admin_client):
    from wagtail.models import Page

    home = Page.objects.get(depth=2, locale__language_code="en")
    assert admin_client.get(f"/admin/choose-page/{home.pk}/").status_code == 200
    assert admin_client.get("/admin/choose-page/chosen-multiple/", {"id": home.pk}).status_code == 200
    assert admin_client.get("/admin/choose-page/99999999999999999999999/", follow=True).status_code == 404


@pytest.mark.parametrize("parent_id", [*BAD_PAGE_IDS, "", "2147483647"])
@pytest.mark.parametrize("option", [{}, {"publish_copies": "on"}])
def test_copying_under_a_parent_that_is_no_page_is_not_found(admin_client, kit, parent_id, option):
    """POST /admin/pages/<id>/copy/ with new_parent_page=² was a 500 (editors' hook, then Wagtail's view,
    which looks the parent up before checking its form: "abc", "" and a deleted page's id too)."""
    from kits.models import KitPage

    data = {"new_title": "Copy", "new_slug": "copy-of-a-kit", "new_parent_page": parent_id, **option}
    assert admin_client.post(f"/admin/pages/{kit.pk}/copy/", data, follow=True).status_code == 404
    assert not KitPage.objects.filter(slug="copy-of-a-kit").exists()


def test_copying_under_a_real_parent_still_works(admin_client, kit):
    from kits.models import KitPage

    data = {"new_title": "Copy", "new_slug": "copy-of-a-kit", "new_parent_page": kit.get_parent().pk}
    assert admin_client.post(f"/admin/pages/{kit.pk}/copy/", data).status_code == 302
    assert KitPage.objects.filter(slug="copy-of-a-kit").exists()


def test_translation_overview_of_a_language_that_is_no_language_code_is_not_found(admin_client):
    """/admin/translations/language/a%00b/ was a 500 on PostgreSQL (NUL in the Locale query)."""
    assert admin_client.get("/admin/translations/language/a%00b/", follow=True).status_code == 404
    assert admin_client.get("/admin/translations/language/fr/").status_code == 200


def test_a_form_with_too_many_values_gets_the_portals_400_page_in_the_readers_language(client):
    """More values than DATA_UPLOAD_MAX_NUMBER_FIELDS are refused by Django before any view: the page says
    what happened, in the reader's language, rather than Django's bare "Bad Request (400)"."""
    values = {"subjects": [str(n) for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)]}
    response = client.post("/fr/accounts/signup/", values)
    assert response.status_code == 400
    assert '<html lang="fr"' in response.text
    assert "The form could not be read" not in response.text, "the page is translated"
    assert "<h1>" in response.text
