"""A kit page shows everything a teacher needs; its PDF is a real, cached, translated PDF."""

import io

import pytest
from django.core.files.storage import default_storage
from pypdf import PdfReader

from kits.models import KitPage
from kits.pdf import STORAGE_DIR
from tests.helpers import soup, translated

pytestmark = pytest.mark.django_db
KIT = "/en/kits/our-water-footprint/"


def pdf_text(response):
    reader = PdfReader(io.BytesIO(b"".join(response.streaming_content)))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_kit_page_shows_facts_steps_attachments_and_related_kits(client):
    page = soup(client.get(KIT))
    assert page.h1.get_text() == "Our water footprint"
    facts = page.select_one(".facts").get_text()
    assert "Geography" in facts and "8 weeks" in facts and "12 to 15 years" in facts
    assert len(page.select(".steps > li")) >= 5
    assert page.select(".attachments a")
    assert len(page.select("#related ~ ul a")) == 2
    assert page.select_one('a[href$="pdf/"]')


def test_kit_page_has_social_and_structured_data(client):
    page = soup(client.get(KIT))
    assert page.select_one('meta[property="og:title"]')["content"] == "Our water footprint"
    assert page.select_one('meta[property="og:image"]')["content"].startswith("http")
    assert '"@type": "LearningResource"' in page.select_one('script[type="application/ld+json"]').string


def test_pdf_is_a_pdf_with_the_kit_title_and_steps(client):
    response = client.get(KIT + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response)
    assert "Our water footprint" in text
    assert "Step 1" in text


@pytest.mark.parametrize("language", ["el", "bg", "fr"])
def test_pdf_in_the_readers_language_renders_its_script(client, language):
    kit = KitPage.objects.get(slug="our-water-footprint", locale__language_code=language)
    text = pdf_text(client.get(f"/{language}/kits/our-water-footprint/pdf/"))
    assert kit.title in text
    assert translated("Aims", language) in text


def test_untranslated_kit_still_gives_a_pdf_with_translated_labels(client):
    response = client.get("/fi/kits/our-water-footprint/pdf/")
    assert response.status_code == 200
    text = pdf_text(response)
    assert "Our water footprint" in text  # the source text
    assert translated("Aims", "fi") in text and "Aims" not in text


def test_pdf_is_kept_and_rebuilt_after_a_new_publication(client):
    kit = KitPage.objects.get(slug="maths-in-our-buildings", locale__language_code="en")
    client.get("/en/kits/maths-in-our-buildings/pdf/")
    stored = [name for name in default_storage.listdir(STORAGE_DIR)[1] if name.startswith(f"{kit.pk}-en-")]
    assert len(stored) == 1
    kit.title = "Maths in our buildings and bridges"
    kit.save_revision().publish()
    assert not default_storage.exists(f"{STORAGE_DIR}/{stored[0]}")  # the old revision's file is gone
    response = client.get("/en/kits/maths-in-our-buildings/pdf/")
    assert "Maths in our buildings and bridges" in pdf_text(response)


def test_translated_kit_has_its_steps_and_tools_translated(client):
    page = soup(client.get("/de/kits/our-water-footprint/"))
    steps = page.select_one(".steps").get_text()
    assert "Video call" not in steps and "Measuring jug" not in steps
    assert page.select_one("html")["lang"] == "de"


def test_unpublished_kit_and_its_pdf_are_not_found(client):
    for kit in KitPage.objects.filter(slug="code-a-city-tour"):
        kit.unpublish()
    assert client.get("/en/kits/code-a-city-tour/").status_code == 404
    assert client.get("/en/kits/code-a-city-tour/pdf/").status_code == 404


def test_unpublished_source_shows_a_live_translation_never_the_draft(client):
    KitPage.objects.get(slug="code-a-city-tour", locale__language_code="en").unpublish()
    page = soup(client.get("/en/kits/code-a-city-tour/"))
    assert page.main["lang"] != "en"
    assert page.h1.get_text() != "Code a city tour"
