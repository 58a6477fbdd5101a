"""What a reader sees of languages: a badge on every listed item not in their language, the choice of
their own language only, the fallback notice that names and links the languages a page exists in, the
switcher's autonyms, and countries named in the reader's language."""

import pytest

from core.factories import translate
from events.factories import EventPageFactory
from home.factories import StandardPageFactory
from languages.codes import language_name_in
from news.factories import NewsPageFactory
from tests.helpers import soup, switcher_links
from tests.world import world

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_and_french_news():
    english = NewsPageFactory(parent=world().news, title="Europe Day in schools")
    french_source = NewsPageFactory(parent=world().news, title="Spring seminar")
    translate(french_source, "fr", title="Séminaire de printemps")
    return english


def badges(element):
    return [badge.select_one("[aria-hidden]").get_text() for badge in element.select(".language-badge")]


def titles(page_soup):
    return [title.get_text(strip=True) for title in page_soup.select(".card__title")]


def test_a_listed_item_in_another_language_has_a_visible_badge(client, english_and_french_news):
    page = soup(client.get("/fr/news/"))
    cards = {card.select_one(".card__title").get_text(strip=True): card for card in page.select(".card")}
    assert badges(cards["Europe Day in schools"]) == ["EN"]
    assert language_name_in("en", "fr") in cards["Europe Day in schools"].select_one(".language-badge").get_text()
    assert badges(cards["Séminaire de printemps"]) == [], "an item in the reader's language needs no badge"


def test_the_home_page_lists_mark_items_in_another_language(client, english_and_french_news):
    EventPageFactory(parent=world().events, title="Online seminar on robots")
    world().home.specific.save_revision().publish()
    page = soup(client.get("/fr/"))
    news = page.select_one('[aria-labelledby="home-news"]')
    events = page.select_one('[aria-labelledby="home-events"]')
    assert "EN" in badges(news) and badges(events) == ["EN"]


def test_the_reader_can_ask_for_items_in_their_own_language_only(client, english_and_french_news):
    everything = soup(client.get("/fr/news/"))
    assert set(titles(everything)) == {"Europe Day in schools", "Séminaire de printemps"}
    assert not everything.select_one("#id_own_language").has_attr("checked")

    own = soup(client.get("/fr/news/", {"own_language": "1"}))
    assert titles(own) == ["Séminaire de printemps"]
    assert own.select_one("#id_own_language").has_attr("checked"), "the choice stays ticked"


def test_the_events_list_offers_the_same_choice(client):
    EventPageFactory(parent=world().events, title="Online seminar on robots")
    french_source = EventPageFactory(parent=world().events, title="Coding week")
    translate(french_source, "fr", title="Semaine du code")
    page = soup(client.get("/fr/events/"))
    assert badges(page.select_one(".event-list")) == ["EN"]
    own = soup(client.get("/fr/events/", {"own_language": "1"}))
    assert [title.get_text(strip=True) for title in own.select(".event-list .card__title")] == ["Semaine du code"]


def test_the_fallback_notice_names_and_links_the_languages_the_page_is_in(client):
    about = StandardPageFactory(parent=world().home, slug="about", title="About the portal")
    translate(about, "de", title="Über das Portal")
    notice = soup(client.get("/fi/about/")).select_one(".notice--untranslated")
    links = {link["hreflang"]: link for link in notice.select("a[hreflang]")}
    assert set(links) == {"en", "de"}
    assert links["de"]["href"] == "/de/about/" and links["de"].get_text() == "Deutsch"
    assert notice.select_one("svg.notice__icon"), "the icon is drawn, not a character some fonts lack"
    assert soup(client.get("/de/about/")).select_one(".notice--untranslated") is None


def test_the_switcher_names_each_language_as_its_speakers_do(client):
    links = switcher_links(soup(client.get("/en/")))
    names = {code: links[code].select_one(".language-switcher__name").contents[0].strip() for code in links}
    assert (names["cs"], names["sk"], names["lt"]) == ("čeština", "slovenčina", "lietuvių")


def test_a_national_section_is_titled_with_the_country_name_in_the_readers_language(client):
    page = soup(client.get("/it/countries/it/"))
    assert page.title.get_text().startswith("Italia |")
    assert page.select_one('.breadcrumbs [aria-current="page"]').get_text(strip=True) == "Italia"
    assert page.select_one('meta[property="og:title"]')["content"] == "Italia"
