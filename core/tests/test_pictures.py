"""Pictures ({% picture %} of core_tags, sizes named in core.renditions): the cards of the lists, a kit's
cover, an article's lead image and the image blocks come in AVIF and WebP with a JPEG fallback, at the
widths of their size, and a page whose renditions are prefetched shows its pictures without making them
again, a list without a query."""

import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.images import ImageFile
from django.template import Context, Template
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from core.blocks import ImageBlock
from core.listing import prefetch_renditions
from core.renditions import PICTURES
from kits.factories import KitPageFactory
from kits.models import KitPage
from news.factories import NewsPageFactory
from tests.helpers import soup
from tests.world import world

pytestmark = pytest.mark.django_db

FILE_FORMATS = {"image/avif": "AVIF", "image/webp": "WEBP"}
WIDTHS = {"card": [400, 720, 1120], "cover": [720, 960, 1440]}
FALLBACK_SIZES = {"card": (400, 225), "cover": (720, 360)}


def a_photo():
    """A photo larger than every width shown, as editors upload them."""
    buffer = io.BytesIO()
    PillowImage.new("RGB", (1600, 900), "teal").save(buffer, "JPEG")
    return get_image_model().objects.create(title="Harbour", file=ImageFile(buffer, name="harbour.jpg"))


@pytest.fixture
def pages():
    """A kit and an article with their pictures."""
    KitPageFactory(parent=world().kits, title="Harbours", slug="harbours", cover_image=a_photo())
    NewsPageFactory(parent=world().news, title="Port visit", slug="port-visit", lead_image=a_photo())


def srcset(element):
    """(url, width) of each candidate of a srcset attribute."""
    candidates = [candidate.split() for candidate in element["srcset"].split(", ")]
    return [(url, int(width.removesuffix("w"))) for url, width in candidates]


def file_format(url):
    """The format of the rendition file at `url`, read from the file itself."""
    renditions = get_image_model().get_rendition_model().objects
    rendition = renditions.get(file=url.removeprefix(settings.MEDIA_URL))
    with rendition.file.open("rb") as file:
        return PillowImage.open(file).format


# (page, its picture, the picture's size)
PICTURES_SHOWN = [
    ("/en/", ".card picture", "card"),
    ("/en/kits/", ".card picture", "card"),
    ("/en/news/", ".card picture", "card"),
    ("/en/kits/harbours/", "picture:has(.kit__cover)", "cover"),
    ("/en/news/port-visit/", "picture:has(.kit__cover)", "cover"),
]


@pytest.mark.parametrize(("path", "selector", "size"), PICTURES_SHOWN)
def test_pictures_come_in_avif_and_webp_with_a_jpeg_fallback_at_the_sizes_shown(client, pages, path, selector, size):
    widths = WIDTHS[size]
    picture = soup(client.get(path)).select_one(selector)
    sources = picture.select("source")
    assert [source["type"] for source in sources] == ["image/avif", "image/webp"]
    for source in sources:
        assert source["sizes"] == PICTURES[size].sizes
        assert [width for _url, width in srcset(source)] == widths
        assert {file_format(url) for url, _width in srcset(source)} == {FILE_FORMATS[source["type"]]}
    fallback = picture.img
    # the smallest, which gives the layout its proportions
    assert (int(fallback["width"]), int(fallback["height"])) == FALLBACK_SIZES[size]
    assert fallback["sizes"] == PICTURES[size].sizes
    assert [width for _url, width in srcset(fallback)] == widths
    assert {file_format(url) for url, _width in srcset(fallback)} == {"JPEG"}
    assert file_format(fallback["src"]) == "JPEG"


def test_an_image_block_is_a_picture_with_the_editors_alternative_text():
    block = ImageBlock()
    value = block.to_python({"image": a_photo().pk, "alt_text": "A harbour at dawn", "caption": ""})
    picture = BeautifulSoup(block.render(value), "html.parser").select_one("figure picture")
    assert [source["type"] for source in picture.select("source")] == ["image/avif", "image/webp"]
    assert picture.img["alt"] == "A harbour at dawn"
    assert [width for _url, width in srcset(picture.img)] == [720, 960, 1440]


def test_a_list_that_prefetches_its_cards_renditions_shows_its_pictures_without_a_query(
    client, pages, django_assert_num_queries
):
    client.get("/en/kits/")  # makes the renditions, as a first visitor does
    kits = list(KitPage.objects.filter(slug="harbours"))
    prefetch_renditions(kits, "cover_image", "card")
    card = Template('{% load core_tags %}{% picture image "card" alt="" %}')
    with django_assert_num_queries(0):
        html = card.render(Context({"image": kits[0].cover_image}))
    assert 'type="image/avif"' in html


@pytest.mark.parametrize("path", [path for path, _selector, _size in PICTURES_SHOWN])
def test_a_page_shown_again_makes_none_of_its_pictures_anew(client, pages, monkeypatch, path):
    """Wagtail makes anew, on every request, a rendition missing from a prefetch (core.renditions)."""
    client.get(path)

    def make_rendition_file(*args, **kwargs):
        raise AssertionError(f"{path} made a rendition again: its prefetch lacks a size or format it shows")

    monkeypatch.setattr(get_image_model(), "generate_rendition_file", make_rendition_file)
    assert client.get(path).status_code == 200


def test_a_published_page_has_its_pictures_made_before_its_first_reader(client):
    """The background task (run at once in the tests) made the card's, the cover's and the social
    renditions when the kit was published: its list and its page make none."""
    photo = a_photo()
    KitPageFactory(parent=world().kits, title="Harbours", slug="harbours", cover_image=photo)
    made = photo.renditions.count()
    assert made == len(PICTURES["card"].specs) + len(PICTURES["cover"].specs) + 1
    for path in ("/en/kits/", "/en/kits/harbours/"):
        assert client.get(path).status_code == 200
    assert photo.renditions.count() == made
