"""Language switcher, hreflang, canonical and the untranslated-page fallback."""

import pytest
from wagtail.models import Locale, Page

from core.factories import translate
from home.factories import StandardPageFactory
from home.models import MainMenuLink, NavigationSettings, StandardPage
from languages.codes import LANGUAGE_CODES
from tests.helpers import canonical, hreflangs, kept_for_the_module, soup, switcher_links, translated
from tests.world import world

pytestmark = pytest.mark.django_db
# The About page in English and its translations (none into Finnish, Maltese or Ukrainian, say).
ABOUT_TITLES = {
    "en": "About the portal",
    "fr": "À propos du portail",
    "de": "Über das Portal",
    "it": "Informazioni sul portale",
    "pl": "O portalu",
    "el": "Σχετικά με την πύλη",
    "bg": "За портала",
    "es": "Acerca del portal",
}
PAGE_LANGUAGES = set(ABOUT_TITLES)


@pytest.fixture(scope="module")
def about_page(django_db_setup, django_db_blocker):
    """The English About page, translated into PAGE_LANGUAGES, in the main menu and behind the call to
    action of the home page; built once for the module (tests.helpers.kept_for_the_module)."""
    with kept_for_the_module(django_db_blocker):
        yield about_in_every_page_language().pk


@pytest.fixture
def about(about_page):
    return StandardPage.objects.get(pk=about_page)


def about_in_every_page_language():
    home = world().home
    about = StandardPageFactory(parent=home, slug="about", title=ABOUT_TITLES["en"])
    for code in sorted(PAGE_LANGUAGES - {"en"}):
        translate(about, code, title=ABOUT_TITLES[code])
    MainMenuLink.objects.create(settings=NavigationSettings.load(), page=about, sort_order=0)
    call_to_action = {
        "title": "New to school collaboration?",
        "text": "Read how the portal works.",
        "button_label": ABOUT_TITLES["en"],
        "page": about,
        "url": "",
    }
    home.body = [("call_to_action", call_to_action)]
    home.save_revision().publish()  # the other languages' home pages are aliases: they follow
    return about


def translate_home(*codes):
    """The home page translated (no longer an alias) into `codes`, as editors translate it."""
    for code in codes:
        translate(world().home, code, headline=f"Headline in {code}")


def test_switcher_leads_to_the_same_page_in_every_language(client, about):
    page = soup(client.get("/fr/about/"))
    links = switcher_links(page)
    assert len(links) == len(LANGUAGE_CODES)
    assert links["el"]["href"] == "/el/about/"
    assert links["de"]["href"] == "/de/about/"
    assert links["fr"]["aria-current"] == "true"
    # Finnish has no translation of About: the link keeps the visitor in Finnish, marked as such.
    assert links["fi"]["href"] == "/fi/about/"
    assert translated("not translated", "fr") in links["fi"].get_text()
    assert "not translated" not in links["de"].get_text()


def test_switcher_follows_a_translated_slug(client, about):
    german_about = Page.objects.get(locale__language_code="de", url_path__endswith="/about/").specific
    german_about.slug = "ueber-uns"
    german_about.save_revision().publish()
    links = switcher_links(soup(client.get("/en/about/")))
    assert links["de"]["href"] == "/de/ueber-uns/"


def test_hreflang_lists_every_real_translation_and_x_default(client, about):
    page = soup(client.get("/en/about/"))
    alternates = hreflangs(page)
    assert set(alternates) == PAGE_LANGUAGES | {"x-default"}
    assert alternates["el"] == "http://localhost/el/about/"
    assert alternates["x-default"] == "http://localhost/en/about/"
    assert canonical(page) == "http://localhost/en/about/"


def test_translated_page_is_its_own_canonical(client, about):
    page = soup(client.get("/bg/about/"))
    assert canonical(page) == "http://localhost/bg/about/"
    assert page.main.get("lang") is None
    assert page.select_one(".notice--untranslated") is None


def test_untranslated_page_is_shown_in_its_source_language_with_a_notice(client, about):
    response = client.get("/fi/about/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "fi"
    assert page.main["lang"] == "en"
    assert page.h1.get_text(strip=True) == "About the portal"
    notice = page.select_one(".notice--untranslated p").get_text(" ", strip=True)
    message = "This page is not yet available in your language. It is shown in its original language: %(language)s."
    assert notice == translated(message, "fi") % {"language": "englanti"}  # "English" in Finnish, from CLDR
    assert notice != message % {"language": "English"}
    assert page.select_one(".skip-link").get_text(strip=True) == translated("Skip to main content", "fi")
    # The fallback points search engines at the source and is not an alternate of anything.
    assert canonical(page) == "http://localhost/en/about/"
    assert "fi" not in hreflangs(page)


def test_fallback_address_is_not_listed_as_an_alternate_of_the_source(client, about):
    alternates = hreflangs(soup(client.get("/en/about/")))
    assert "fi" not in alternates
    assert not any("/fi/" in url for url in alternates.values())


def test_page_that_exists_only_in_english_is_reachable_under_every_prefix(client):
    english_home = Page.objects.get(depth=2, locale=Locale.get_default())
    StandardPageFactory(parent=english_home, slug="english-only", title="Written in English only")
    for code in ("en", "de", "mt", "uk"):
        response = client.get(f"/{code}/english-only/")
        assert response.status_code == 200, code
        page = soup(response)
        assert page.html["lang"] == code
        assert page.h1.get_text(strip=True) == "Written in English only"
        assert (page.select_one(".notice--untranslated") is not None) == (code != "en")
        assert canonical(page) == "http://localhost/en/english-only/"
    assert set(hreflangs(soup(client.get("/de/english-only/")))) == {"en", "x-default"}


def test_page_written_in_french_only_is_reachable_in_german(client):
    french_home = Page.objects.get(depth=2, locale__language_code="fr")
    StandardPageFactory(parent=french_home, slug="seulement-en-francais", title="Écrit en français seulement")
    page = soup(client.get("/de/seulement-en-francais/"))
    assert page.main["lang"] == "fr"
    assert canonical(page) == "http://localhost/fr/seulement-en-francais/"


def test_draft_pages_are_not_served_through_the_fallback(client):
    english_home = Page.objects.get(depth=2, locale=Locale.get_default())
    StandardPageFactory(parent=english_home, slug="draft", publish=False)
    assert client.get("/de/draft/").status_code == 404
    assert client.get("/en/draft/").status_code == 404


def test_menu_links_stay_in_the_visitors_language(client, about):
    translate_home("fi", "el")
    page = soup(client.get("/fi/"))
    menu = {link.get_text(strip=True): link for link in page.select(".main-nav a")}
    assert menu["About the portal"]["href"] == "/fi/about/"
    assert menu["About the portal"]["lang"] == "en"
    greek = soup(client.get("/el/"))
    assert "/el/about/" in [link["href"] for link in greek.select(".main-nav a")]


def test_breadcrumbs_of_an_untranslated_page_lead_back_in_the_visitors_language(client, about):
    StandardPageFactory(parent=about, slug="team", title="Our team")
    page = soup(client.get("/de/about/team/"))
    crumbs = page.select(".breadcrumbs a")
    assert [crumb["href"] for crumb in crumbs] == ["/de/", "/de/about/"]
    assert crumbs[0].get_text(strip=True) == translated("Home", "de")
    assert crumbs[1].get_text(strip=True) == ABOUT_TITLES["de"]  # the German title of About
    assert page.select_one('.breadcrumbs [aria-current="page"]')["lang"] == "en"
    finnish = soup(client.get("/fi/about/")).select(".breadcrumbs a")
    assert [crumb["href"] for crumb in finnish] == ["/fi/"]


def test_home_page_call_to_action_leads_to_about_in_the_visitors_language(client, about):
    translate_home("bg", "fi")
    for code in ("bg", "fi"):
        button = soup(client.get(f"/{code}/")).select_one(".cta a.button")
        assert button["href"] == f"/{code}/about/"
