"""Kept HTML with the page cache off (core.cards, `{% page_body %}` and `{% cached %}` of core_tags): a
list's cards, a page's body, the footer and the language switcher are rendered once and then read from
the fragment cache, so that a list whose cards are kept loads no page; and every publication, setting or
picture change that they show reaches the next reader."""

import io

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from django.template import Context, Template, TemplateSyntaxError
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from core.factories import translate
from home.models import SiteSettings
from kits.factories import KitPageFactory
from news.factories import NewsPageFactory
from tests.helpers import soup
from tests.world import world

pytestmark = pytest.mark.django_db


def card_titles(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return [title.get_text(strip=True) for title in soup(response).select(".card__title")]


def a_photo(colour="teal"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (1600, 900), colour).save(buffer, "JPEG")
    return get_image_model().objects.create(title="Harbour", file=ImageFile(buffer, name="harbour.jpg"))


def test_a_list_whose_cards_are_kept_loads_no_page(client, django_assert_max_num_queries):
    for number in range(12):
        NewsPageFactory(parent=world().news, title=f"Article {number:02}", slug=f"article-{number}")
    card_titles(client, "/en/news/")  # the first visit also makes the settings' rows, which expires all
    first = card_titles(client, "/en/news/")
    assert len(first) == 10
    # The site and the index page are still read; the ten articles, their topics and images are not.
    with django_assert_max_num_queries(2):
        assert card_titles(client, "/en/news/") == first


def test_a_publication_reaches_the_cards_of_every_list_that_shows_it(client, publish):
    article = NewsPageFactory(parent=world().news, title="Schools plant a forest", slug="forest")
    kit = KitPageFactory(parent=world().kits, title="Harbours", slug="harbours")
    assert "Schools plant a forest" in card_titles(client, "/en/news/")
    assert "Harbours" in card_titles(client, "/en/kits/")
    assert "Harbours" in card_titles(client, "/en/")

    publish(article, title="Schools plant two forests")
    publish(kit, title="Harbours and ports")

    assert "Schools plant two forests" in card_titles(client, "/en/news/")
    assert "Harbours and ports" in card_titles(client, "/en/kits/")
    assert "Harbours and ports" in card_titles(client, "/en/")
    home_news = [item.get_text(strip=True) for item in soup(client.get("/en/")).select(".event-list__item h3")]
    assert "Schools plant two forests" in home_news


def test_a_new_translation_replaces_the_original_card_in_its_language(client, django_capture_on_commit_callbacks):
    article = NewsPageFactory(parent=world().news, title="Schools plant a forest", slug="forest")
    assert "Schools plant a forest" in card_titles(client, "/fr/news/")
    with django_capture_on_commit_callbacks(execute=True):
        translate(article, "fr", title="Des écoles plantent une forêt")
    titles = card_titles(client, "/fr/news/")
    assert "Des écoles plantent une forêt" in titles
    assert "Schools plant a forest" not in titles
    assert "Schools plant a forest" in card_titles(client, "/en/news/")


def test_each_list_keeps_its_own_kind_of_card(client):
    """The home page's kit card names the duration, the kit index's the subject: one page, two cards."""
    KitPageFactory(parent=world().kits, title="Harbours", slug="harbours")
    client.get("/en/")
    client.get("/en/kits/")
    home_card = soup(client.get("/en/")).select_one(".card")
    index_card = soup(client.get("/en/kits/")).select_one(".card")
    kickers = [card.select_one(".card__kicker").get_text(strip=True) for card in (home_card, index_card)]
    assert kickers[0] != kickers[1]
    assert index_card.select(".tags li"), "the kit index's card lists ages and duration"
    assert not home_card.select(".tags li")


def test_cards_are_kept_per_language(client):
    NewsPageFactory(parent=world().news, title="Schools plant a forest", slug="forest")
    english = soup(client.get("/en/news/")).select_one(".card .card__title a")["href"]
    german = soup(client.get("/de/news/")).select_one(".card .card__title a")["href"]
    assert english == "/en/news/forest/"
    assert german.startswith("/de/")


def test_a_replaced_picture_is_not_left_on_a_kept_card(client, django_capture_on_commit_callbacks):
    """Replacing an image's file deletes its renditions (Wagtail's image form); a kept card naming them
    would show broken pictures, so the deletion expires it."""
    photo = a_photo()
    KitPageFactory(parent=world().kits, title="Harbours", slug="harbours", cover_image=photo)
    client.get("/en/kits/")
    with django_capture_on_commit_callbacks(execute=True):
        photo.renditions.all().delete()
    shown = soup(client.get("/en/kits/")).select_one(".card img")["src"]
    assert photo.renditions.filter(file=shown.removeprefix(settings.MEDIA_URL)).exists()


def test_an_article_body_is_kept_until_the_article_is_published_again(client, publish, django_assert_max_num_queries):
    article = NewsPageFactory(parent=world().news, title="Forest", slug="forest")
    publish(article, body=[("paragraph", "<p>Pupils planted 300 trees.</p>")])
    assert "Pupils planted 300 trees." in client.get("/en/news/forest/").content.decode()

    publish(article, body=[("paragraph", "<p>Pupils planted 500 trees.</p>")])
    page = client.get("/en/news/forest/").content.decode()
    assert "Pupils planted 500 trees." in page
    assert "300 trees" not in page


def test_a_preview_shows_the_draft_body_while_readers_keep_the_published_one(client, publish):
    article = NewsPageFactory(parent=world().news, title="Forest", slug="forest")
    publish(article, body=[("paragraph", "<p>Pupils planted 300 trees.</p>")])
    client.get("/en/news/forest/")  # the published body is now kept

    article.body = [("paragraph", "<p>Draft: pupils planted 900 trees.</p>")]
    draft = article.save_revision().as_object()
    preview = draft.make_preview_request(preview_mode=draft.default_preview_mode)
    assert "Draft: pupils planted 900 trees." in preview.content.decode()
    assert "Pupils planted 300 trees." in client.get("/en/news/forest/").content.decode()


def test_a_changed_setting_reaches_the_kept_footer(client):
    settings_row = SiteSettings.load()
    settings_row.contact_email = "info@example.org"
    settings_row.save()
    assert "info@example.org" in client.get("/en/about/").content.decode()
    settings_row.contact_email = "help@example.org"
    settings_row.save()
    page = client.get("/en/about/").content.decode()
    assert "help@example.org" in page
    assert "info@example.org" not in page


def test_the_kept_language_switcher_follows_new_translations(client, django_capture_on_commit_callbacks):
    article = NewsPageFactory(parent=world().news, title="Forest", slug="forest")

    def switcher_note_for_french():
        link = soup(client.get("/en/news/forest/")).select_one('.language-switcher a[hreflang="fr"]')
        return link.select_one(".language-switcher__note")

    assert switcher_note_for_french() is not None  # "not translated"
    with django_capture_on_commit_callbacks(execute=True):
        translate(article, "fr", title="Forêt")
    assert switcher_note_for_french() is None


def test_the_cached_tag_says_how_it_is_used():
    with pytest.raises(TemplateSyntaxError, match="Usage"):
        Template("{% load core_tags %}{% cached footer %}x{% endcached %}")
    with pytest.raises(TemplateSyntaxError, match="Usage"):
        Template('{% load core_tags %}{% cached "switcher" of page %}x{% endcached %}')
    assert Template('{% load core_tags %}{% cached "x" for page %}text{% endcached %}').render(Context({})) == "text"
