"""A kit page shows everything a teacher needs; its PDF is a real, cached, translated PDF."""

import io

import pytest
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from PIL import Image as PillowImage
from pypdf import PdfReader
from wagtail.images import get_image_model

from core.factories import translate
from kits.factories import KitPageFactory, a_document, a_step
from kits.models import KitAttachment, KitPage, RelatedKit
from kits.pdf import STORAGE_DIR
from taxonomy.factories import AgeRangeFactory, SubjectFactory
from tests.helpers import soup, translated
from tests.world import world

pytestmark = pytest.mark.django_db
KIT = "/en/kits/our-water-footprint/"

# The kit's title, summary and aims in languages of three scripts, for its translations.
TRANSLATIONS = {
    "el": ("Το αποτύπωμα νερού μας", "Οι μαθητές μετρούν το νερό που χρησιμοποιούν.", "Οι μαθητές συγκρίνουν."),
    "bg": ("Нашият воден отпечатък", "Учениците измерват водата, която използват.", "Учениците сравняват."),
    "fr": ("Notre empreinte eau", "Les élèves mesurent l'eau qu'ils utilisent.", "Les élèves comparent."),
}


def pdf_text(response):
    reader = PdfReader(io.BytesIO(b"".join(response.streaming_content)))
    return "\n".join(page.extract_text() for page in reader.pages)


def step(title, tools):
    block = a_step(title)
    block["value"]["tools"] = tools
    return block


def an_image(title):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (1200, 800), "teal").save(buffer, "JPEG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name="cover.jpg"))


@pytest.fixture
def kit():
    """'Our water footprint': a geography kit for 12 to 15 year olds, eight weeks, five steps, a
    worksheet, a cover image and two related kits."""
    index = world().kits
    related = [KitPageFactory(parent=index, title=title) for title in ("Rivers of Europe", "Rain in our towns")]
    return KitPageFactory(
        parent=index,
        title="Our water footprint",
        introduction="Pupils measure how much water their families use and compare it with partners.",
        subjects=[SubjectFactory(slug="geography", name_en="Geography")],
        age_ranges=[AgeRangeFactory(slug="12-15", name_en="12 to 15 years")],
        duration_value=8,
        cover_image=an_image("Water tower"),
        steps=[
            step("Meet your partners", ["Video call"]),
            step("Keep a water diary", ["Measuring jug"]),
            step("Compare the diaries", ["TwinSpace forum"]),
            step("Find ways to save water", ["Shared document"]),
            step("Present the results", ["Video call"]),
        ],
        attachments=[KitAttachment(document=a_document("Water diary worksheet"))],
        related_kits=[RelatedKit(page=page) for page in related],
    )


def test_kit_page_shows_facts_steps_attachments_and_related_kits(client, kit):
    page = soup(client.get(KIT))
    assert page.h1.get_text() == "Our water footprint"
    facts = page.select_one(".facts").get_text()
    assert "Geography" in facts and "8 weeks" in facts and "12 to 15 years" in facts
    assert len(page.select(".steps > li")) == 5
    assert [link.get_text() for link in page.select(".attachments a")] == ["Water diary worksheet"]
    assert [link.get_text() for link in page.select("#related ~ ul a")] == ["Rivers of Europe", "Rain in our towns"]
    assert page.select_one('a[href$="pdf/"]')


def test_kit_page_has_social_and_structured_data(client, kit):
    page = soup(client.get(KIT))
    assert page.select_one('meta[property="og:title"]')["content"] == "Our water footprint"
    assert page.select_one('meta[property="og:image"]')["content"].startswith("http")
    assert '"@type": "LearningResource"' in page.select_one('script[type="application/ld+json"]').string


def test_pdf_is_a_pdf_with_the_kit_title_and_steps(client, kit):
    response = client.get(KIT + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response)
    assert "Our water footprint" in text
    assert "Step 1" in text


@pytest.mark.parametrize("language", ["el", "bg", "fr"])
def test_pdf_in_the_readers_language_renders_its_script(client, kit, language):
    title, introduction, aim = TRANSLATIONS[language]
    translate(kit, language, title=title, introduction=introduction, aims=f"<ul><li>{aim}</li></ul>")
    text = pdf_text(client.get(f"/{language}/kits/our-water-footprint/pdf/"))
    assert title in text
    assert aim in text
    assert translated("Aims", language) in text


def test_untranslated_kit_still_gives_a_pdf_with_translated_labels(client, kit):
    response = client.get("/fi/kits/our-water-footprint/pdf/")
    assert response.status_code == 200
    text = pdf_text(response)
    assert "Our water footprint" in text  # the source text
    assert translated("Aims", "fi") in text and "Aims" not in text


def test_pdf_is_kept_and_rebuilt_after_a_new_publication(client):
    kit = KitPageFactory(parent=world().kits, title="Maths in our buildings")
    client.get("/en/kits/maths-in-our-buildings/pdf/")
    stored = [name for name in default_storage.listdir(STORAGE_DIR)[1] if name.startswith(f"{kit.pk}-en-")]
    assert len(stored) == 1
    kit.title = "Maths in our buildings and bridges"
    kit.save_revision().publish()
    assert not default_storage.exists(f"{STORAGE_DIR}/{stored[0]}")  # the old revision's file is gone
    response = client.get("/en/kits/maths-in-our-buildings/pdf/")
    assert "Maths in our buildings and bridges" in pdf_text(response)


def test_translated_kit_has_its_steps_and_tools_translated(client, kit):
    translate(
        kit,
        "de",
        title="Unser Wasser-Fußabdruck",
        steps=[step("Lernt eure Partner kennen", ["Videoanruf"]), step("Führt ein Wassertagebuch", ["Messbecher"])],
    )
    page = soup(client.get("/de/kits/our-water-footprint/"))
    steps = page.select_one(".steps").get_text()
    assert "Videoanruf" in steps and "Messbecher" in steps
    assert "Video call" not in steps and "Measuring jug" not in steps
    assert page.select_one("html")["lang"] == "de"


def test_unpublished_kit_and_its_pdf_are_not_found(client):
    kit = KitPageFactory(parent=world().kits, title="Code a city tour")
    translate(kit, "fr", title="Visite de ville codée")
    versions = list(KitPage.objects.filter(slug="code-a-city-tour"))
    assert len(versions) == 2
    for page in versions:
        page.unpublish()
    assert client.get("/en/kits/code-a-city-tour/").status_code == 404
    assert client.get("/en/kits/code-a-city-tour/pdf/").status_code == 404


def test_unpublished_source_shows_a_live_translation_never_the_draft(client):
    kit = KitPageFactory(parent=world().kits, title="Code a city tour")
    translate(kit, "fr", title="Visite de ville codée")
    kit.unpublish()
    page = soup(client.get("/en/kits/code-a-city-tour/"))
    assert page.main["lang"] == "fr"
    assert page.h1.get_text() == "Visite de ville codée"
