"""Every public URL starts with the language; / picks the visitor's language."""

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from core.factories import translate
from tests.helpers import soup, translated
from tests.world import world

ALL_LANGUAGES = [code for code, _name in settings.LANGUAGES]
pytestmark = pytest.mark.django_db
# A line the interface catalogues translate into every language, used as the translated headline.
TAGLINE = "School collaboration in Europe and beyond"


@pytest.fixture
def home_in(code):
    """The home page in `code`: the English one, else its translation (no longer an alias of the English
    home page) with a headline in that language. Returns the headline."""
    if code == "en":
        return world().home.headline
    headline = translated(TAGLINE, code)
    translate(world().home, code, headline=headline)
    return headline


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("de-DE,de;q=0.9,en;q=0.8", "/de/"),
        ("fr-CH, fr;q=0.9, en;q=0.8", "/fr/"),
        ("mt", "/mt/"),
        ("nb-NO,nb;q=0.9", "/nb/"),
        ("sr", "/sr/"),
        ("ja-JP,ja;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_browsers_best_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("header", ["de;q=abc,,;;", "x" * 600, "!!!", "en;q=0.5;q=1;q="])
def test_malformed_accept_language_falls_back_to_english(client, header):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("code", ALL_LANGUAGES)
def test_each_home_page_is_in_its_language(client, code, home_in):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == code
    assert page.html["dir"] == "ltr"
    assert page.select_one(".skip-link").get_text(strip=True) == translated("Skip to main content", code)
    assert page.h1.get_text(strip=True) == home_in
    assert page.main.get("lang") is None  # the home page is translated, so no fallback marking


@pytest.mark.parametrize("code", [code for code in ALL_LANGUAGES if code != "en"])
def test_home_page_interface_and_content_are_not_left_in_english(client, code, home_in):
    page = soup(client.get(f"/{code}/"))
    assert page.select_one(".skip-link").get_text(strip=True) != "Skip to main content"
    assert page.h1.get_text(strip=True) != world().home.headline


def test_unknown_language_prefix_gives_a_translated_404(client):
    response = client.get("/xx/", HTTP_ACCEPT_LANGUAGE="fr", follow=True)
    assert response.status_code == 404
    assert response.redirect_chain == [("/fr/xx/", 302)]
    page = soup(response)
    assert page.html["lang"] == "fr"
    assert page.h1.get_text(strip=True) == translated("Page not found", "fr")


def test_missing_page_gives_a_404_in_the_prefix_language(client):
    response = client.get("/pl/no-such-page/")
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == "pl"
    assert page.h1.get_text(strip=True) == translated("Page not found", "pl")
    assert page.h1.get_text(strip=True) != "Page not found"


def test_server_error_page_speaks_the_visitors_language():
    with translation.override("hu"):
        html = render_to_string("500.html")
    assert '<html lang="hu" dir="ltr">' in html
    assert translated("Something went wrong", "hu") in html
    assert translated("Something went wrong", "hu") != "Something went wrong"


def test_root_redirect_is_cheap_and_varies_on_the_language_header(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(0):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="pl")
    assert response["Location"] == "/pl/"
    assert "Accept-Language" in response["Vary"]
