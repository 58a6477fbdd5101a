"""A kit's worksheets say which language they are in, and readers of a translated kit get the
worksheet in their language where the kit has one, on the page and in the PDF."""

import io

import pytest
from pypdf import PdfReader
from wagtail.documents import get_document_model

from core.factories import translate
from kits.factories import KitPageFactory, a_document, a_step
from kits.models import KitAttachment
from tests.helpers import soup
from tests.world import world

pytestmark = pytest.mark.django_db


@pytest.fixture
def kit():
    """'Bees, flowers and biodiversity': its second step's worksheet in English, attached with its
    Bulgarian version, and a teachers' guide in English only."""
    count = a_document("Pollinator count", name="pollinator-count.pdf")
    count_bg = a_document("Преброяване на опрашители", name="pollinator-count-bg.pdf")
    guide = a_document("Teachers' guide", name="guide.pdf")
    survey = a_step("Set up the survey")
    survey["value"]["worksheet"] = count.pk
    return KitPageFactory(
        parent=world().kits,
        title="Bees, flowers and biodiversity",
        slug="bees-flowers-biodiversity",
        steps=[a_step("Why do bees matter?"), survey],
        attachments=[
            KitAttachment(document=count, language="en"),
            KitAttachment(document=count_bg, language="bg", original=count),
            KitAttachment(document=guide, language="en"),
        ],
    )


def url_of(title):
    return get_document_model().objects.get(title=title).url


def attachment_links(page):
    """(title, hreflang, the language badge) of each attachment's main link."""
    return [
        (item.a.get_text(), item.a["hreflang"], item.abbr.get_text(), item.abbr["title"])
        for item in page.select(".attachments > li")
    ]


def test_attachments_show_their_language_and_file(client, kit):
    page = soup(client.get("/en/kits/bees-flowers-biodiversity/"))
    assert attachment_links(page) == [
        ("Pollinator count", "en", "EN", "English"),
        ("Teachers' guide", "en", "EN", "English"),
    ]
    first = page.select_one(".attachments > li")
    assert "EN · PDF, 15" in first.select_one(".attachment__meta").get_text()  # 15 bytes
    assert first.a["lang"] == "en"
    # The Bulgarian version is offered beside the English one, named in the reader's language.
    other = first.select_one(".attachment__versions a")
    assert (other.get_text(), other["hreflang"]) == ("Bulgarian", "bg")


def test_a_translated_kit_links_the_worksheet_in_the_readers_language(client, kit):
    translate(kit, "bg", title="Пчели, цветя и биологично разнообразие")
    page = soup(client.get("/bg/kits/bees-flowers-biodiversity/"))
    assert attachment_links(page) == [
        ("Преброяване на опрашители", "bg", "BG", "български"),
        ("Teachers' guide", "en", "EN", "английски"),  # no Bulgarian version: the original
    ]
    step_link = page.select_one(".step__worksheet a")
    assert (step_link.get_text(), step_link["hreflang"]) == ("Преброяване на опрашители", "bg")
    assert step_link["href"] == url_of("Преброяване на опрашители")
    english = page.select_one(".attachments > li .attachment__versions a")
    assert (english["hreflang"], english["href"]) == ("en", url_of("Pollinator count"))


def test_a_kit_in_a_language_without_its_version_links_the_original(client, kit):
    translate(kit, "fr", title="Abeilles, fleurs et biodiversité")
    page = soup(client.get("/fr/kits/bees-flowers-biodiversity/"))
    assert [link[:2] for link in attachment_links(page)] == [("Pollinator count", "en"), ("Teachers' guide", "en")]
    assert page.select_one(".step__worksheet a")["href"] == url_of("Pollinator count")


def test_the_pdf_of_a_translated_kit_lists_the_worksheet_in_the_readers_language(client, kit):
    translate(kit, "bg", title="Пчели, цветя и биологично разнообразие")
    response = client.get("/bg/kits/bees-flowers-biodiversity/pdf/")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(b"".join(response.streaming_content))).pages)
    assert "Преброяване на опрашители (BG · PDF" in text
    assert "Teachers' guide (EN · PDF" in text
