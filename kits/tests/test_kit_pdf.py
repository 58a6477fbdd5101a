"""A kit's PDF reads like a printed document: headings stay with their text, no paragraph leaves a
line alone on a page, every page says whose it is, where it lives and under which licence, and the
file is named after the kit and its language."""

import io
from collections import defaultdict

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph
from wagtail.models import Site

from core.factories import translate
from core.site import absolute_url
from kits.factories import KitPageFactory
from kits.models import Licence
from kits.pdf import styles
from tests.world import world

pytestmark = pytest.mark.django_db

SECTION_HEADINGS = ["Aims", "Activities step by step", "Expected results", "Evaluation"]
FOOTER_TOP = 20 * mm  # the footer's lines are below this height; the body's are above it


def sentences(count, seed):
    return " ".join(
        f"Pupils record observation {seed}.{n} in their shared notebook and compare it." for n in range(count)
    )


def long_step(number):
    """Steps of uneven lengths, so that page breaks fall before, within and after their headings."""
    paragraphs = "".join(f"<p>{sentences(2 + (number * 7 + p) % 9, number)}</p>" for p in range(1 + number % 3))
    return {
        "type": "step",
        "value": {
            "title": f"Activity number {number}",
            "duration": f"Week {number}",
            "instructions": paragraphs,
            "tools": ["Shared document"],
            "image": None,
            "worksheet": None,
        },
    }


@pytest.fixture
def long_kit():
    return KitPageFactory(
        parent=world().kits,
        title="A year of observations",
        slug="a-year-of-observations",
        licence=Licence.CC_BY_SA,
        steps=[long_step(number) for number in range(1, 41)],
        expected_results="<ul>" + "".join(f"<li>{sentences(1, n)}</li>" for n in range(12)) + "</ul>",
        evaluation=f"<p>{sentences(6, 99)}</p>",
    )


def pdf_pages(response):
    return PdfReader(io.BytesIO(b"".join(response.streaming_content))).pages


def body_lines(page):
    """The page's lines of text above the footer, from the top of the page down."""
    lines = defaultdict(str)

    def visit(text, cm, tm, _font, _size):
        height = tm[5] * cm[3] + cm[5]
        if text.strip() and height > FOOTER_TOP:
            lines[round(height)] += text

    page.extract_text(visitor_text=visit)
    return [lines[height].strip() for height in sorted(lines, reverse=True)]


def rename_site(name):
    """As in the admin: saving the site expires its cached copy (core.caching)."""
    site = Site.objects.get(is_default_site=True)
    site.site_name = name
    site.save()


def test_every_page_names_the_portal_the_kit_address_the_licence_and_the_page(client, long_kit):
    rename_site("Schools Together")
    pages = pdf_pages(client.get("/en/kits/a-year-of-observations/pdf/"))
    assert len(pages) >= 4
    address = absolute_url("/en/kits/a-year-of-observations/")
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert "Schools Together · Licence: CC BY-SA 4.0" in text
        assert address in text
        assert f"Page {number} of {len(pages)}" in text


def test_no_page_ends_with_a_heading(client, long_kit):
    headings = {f"Step {number}: Activity number {number}" for number in range(1, 41)}
    headings |= {f"Week {number}" for number in range(1, 41)} | set(SECTION_HEADINGS)
    pages = pdf_pages(client.get("/en/kits/a-year-of-observations/pdf/"))
    last_lines = [body_lines(page)[-1] for page in pages]
    assert sum(line.startswith("Step ") for page in pages for line in body_lines(page)) == 40  # all read
    assert [line for line in last_lines if line in headings] == []


def test_a_paragraph_leaves_no_single_line_at_the_foot_or_head_of_a_page():
    body = styles()["body"]
    width = 120 * mm
    four_lines = Paragraph(sentences(3, 1), body)
    assert len(four_lines.breakLines(width).lines) == 4
    # Room for one line: the paragraph goes to the next page whole rather than leave one behind.
    assert four_lines.split(width, body.leading * 1.5) == []
    # Room for three lines: two stay, two go, rather than one alone on the next page.
    first, rest = Paragraph(sentences(3, 1), body).split(width, body.leading * 3.5)
    assert len(first.blPara.lines) == 2 and len(rest.breakLines(width).lines) == 2


def test_download_is_named_after_the_kit_and_the_language(client, long_kit):
    translate(long_kit, "bg", title="Година наблюдения")
    response = client.get("/bg/kits/a-year-of-observations/pdf/")
    assert response["Content-Disposition"] == (
        "inline; filename=\"a-year-of-observations-bg.pdf\"; filename*=UTF-8''a-year-of-observations-bg.pdf"
    )


def test_a_slug_in_another_script_is_kept_in_the_utf8_file_name(client, long_kit):
    translate(long_kit, "bg", title="Година наблюдения", slug="година-наблюдения")
    response = client.get("/bg/kits/година-наблюдения/pdf/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'inline; filename="kit-bg.pdf"; '
        "filename*=UTF-8''%D0%B3%D0%BE%D0%B4%D0%B8%D0%BD%D0%B0-%D0%BD%D0%B0%D0%B1%D0%BB%D1%8E%D0%B4%D0%B5%D0%BD%D0%B8%D1%8F-bg.pdf"
    )


def test_a_new_site_name_gives_a_new_file(client, long_kit):
    first = pdf_pages(client.get("/en/kits/a-year-of-observations/pdf/"))[0].extract_text()
    rename_site("Schools Together")
    second = pdf_pages(client.get("/en/kits/a-year-of-observations/pdf/"))[0].extract_text()
    assert "Schools Together" not in first and "Schools Together" in second
