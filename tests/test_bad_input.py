"""Bad input that gave a server error (issue 9): each test names the address that did. The fuzzing of
every public page type is in tests/test_fuzzing.py."""

from importlib import import_module

import pytest
from django.conf import settings

from tests.helpers import served_media

pytestmark = pytest.mark.django_db

LISTS = ["/en/kits/", "/en/news/", "/en/events/?when=past", "/en/search/?q=water"]
# Digits of other scripts: superscript two, circled one, Ethiopic one, Arabic-Indic three, fullwidth
# three. str.isdigit() accepts all of them; int() refuses the first three and reads the others as 3.
OTHER_DIGITS = ["²", "①", "፩", "٣", "３"]


@pytest.mark.parametrize("digit", OTHER_DIGITS)
@pytest.mark.parametrize("address", LISTS)
def test_page_numbers_in_other_scripts_show_the_first_page_with_a_message(client, address, digit):
    """/en/kits/?page=² was a 500; /en/news/?page=٣ silently showed page 2 of 2."""
    separator = "&" if "?" in address else "?"
    response = client.get(f"{address}{separator}page={digit}")
    assert response.status_code == 200
    assert f"There is no page “{digit}”; here is the first page." in response.content.decode()


def test_ascii_page_numbers_still_turn_pages(client):
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
