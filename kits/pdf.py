"""Project kits as PDF files, typeset with ReportLab (pure Python wheels: no system package, unlike
HTML-to-PDF tools that need Pango or a browser). Noto Sans is shipped in kits/fonts (SIL Open Font
License) because ReportLab's built-in fonts cannot show Greek or Cyrillic.

Layout rules: a heading always stands on the same page as what follows it (ReportLab's keepWithNext,
which only binds plain flowables: lists are therefore typeset as bulleted paragraphs, not as a
ListFlowable), and no paragraph leaves a single line alone at the foot or the head of a page. Every
page ends with the portal's name, the kit's licence, its address and "Page 2 of 5".

A kit's PDF is built once per page revision, language and footer, kept in the default file storage
and served from there; publishing the kit again gives it a new revision, so the next request builds
a fresh file, and kits.signals removes the old ones."""

import hashlib
import unicodedata
from dataclasses import dataclass
from functools import cache, partial
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path
from urllib.parse import quote
from xml.sax.saxutils import escape

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from wagtail.models import Site
from wagtail.rich_text import expand_db_html

from core.renditions import spec
from core.site import absolute_url
from kits.attachments import step_worksheet, worksheets_by_document
from kits.scripts import pdf_available_in, pdf_unavailable_response

FONT_DIR = Path(__file__).resolve().parent / "fonts"
STORAGE_DIR = "kit-pdfs"
ACCENT = colors.HexColor("#1d4f91")
MUTED = colors.HexColor("#4a5568")
MARGIN = 18 * mm
FOOTER_SIZE = 8
# Part of every stored file's name: change it when the layout changes, so that no file built by the
# older code is served again.
LAYOUT_VERSION = 2
DEFAULT_SITE_NAME = "Twinning"  # as templates/base.html names the portal when the Site has no name


@cache
def register_fonts():
    for name, file in (
        ("NotoSans", "NotoSans-Regular.ttf"),
        ("NotoSans-Bold", "NotoSans-Bold.ttf"),
        ("NotoSans-Italic", "NotoSans-Italic.ttf"),
        ("NotoSans-BoldItalic", "NotoSans-BoldItalic.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily(
        "NotoSans", normal="NotoSans", bold="NotoSans-Bold", italic="NotoSans-Italic", boldItalic="NotoSans-BoldItalic"
    )


@cache
def styles():
    register_fonts()
    # No widows and no orphans: a paragraph that would leave one line alone on a page moves lines over.
    body = ParagraphStyle(
        "body",
        fontName="NotoSans",
        fontSize=10.5,
        leading=15,
        spaceAfter=6,
        alignment=TA_LEFT,
        allowWidows=0,
        allowOrphans=0,
    )
    meta = ParagraphStyle("meta", body, fontSize=9.5, leading=13, textColor=MUTED, spaceAfter=2)
    return {
        "body": body,
        "bullet": ParagraphStyle(
            "bullet", body, leftIndent=14, bulletIndent=3, bulletFontName="NotoSans", spaceAfter=3
        ),
        "title": ParagraphStyle("title", body, fontName="NotoSans-Bold", fontSize=22, leading=27, textColor=ACCENT),
        "lead": ParagraphStyle("lead", body, fontSize=12.5, leading=18, spaceAfter=10),
        "heading": ParagraphStyle(
            "heading",
            body,
            fontName="NotoSans-Bold",
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=12,
            keepWithNext=1,
        ),
        "step": ParagraphStyle(
            "step", body, fontName="NotoSans-Bold", fontSize=12, leading=16, spaceBefore=8, keepWithNext=1
        ),
        "timing": ParagraphStyle("timing", meta, keepWithNext=1),
        "meta": meta,
        "label": ParagraphStyle("label", body, fontName="NotoSans-Bold", fontSize=9.5, leading=13, spaceAfter=2),
    }


class RichTextFlowables(HTMLParser):
    """Wagtail rich text (paragraphs, lists, bold, italic, links) as ReportLab flowables. ReportLab's
    paragraphs understand <b>, <i> and <a>, so inline markup is passed on and block markup mapped."""

    INLINE = {"b": "b", "strong": "b", "i": "i", "em": "i"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.flowables, self.items, self.text, self.list_depth, self.in_link = [], [], "", 0, False

    def handle_starttag(self, tag, attrs):
        if tag in self.INLINE:
            self.text += f"<{self.INLINE[tag]}>"
        elif tag == "a" and dict(attrs).get("href"):
            self.text += link_start(dict(attrs)["href"])
            self.in_link = True
        elif tag == "br":
            self.text += "<br/>"
        elif tag in ("ul", "ol"):
            self.flush()
            self.list_depth += 1

    def handle_endtag(self, tag):
        if tag in self.INLINE:
            self.text += f"</{self.INLINE[tag]}>"
        elif tag == "a" and self.in_link:
            self.text += "</a>"
            self.in_link = False
        elif tag in ("p", "h2", "h3", "h4"):
            self.flush()
        elif tag == "li":
            if self.text.strip():
                self.items.append(self.text.strip())
            self.text = ""
        elif tag in ("ul", "ol"):
            self.list_depth -= 1
            if self.items:
                self.flowables += bullet_list(self.items)
            self.items = []

    def handle_data(self, data):
        self.text += escape(data)

    def flush(self):
        if self.text.strip() and not self.list_depth:
            self.flowables.append(Paragraph(self.text.strip(), styles()["body"]))
            self.text = ""

    @classmethod
    def convert(cls, html):
        parser = cls()
        parser.feed(expand_db_html(str(html)))
        parser.close()
        parser.flush()
        return parser.flowables


def image_flowable(image, width):
    """A rendition of `image` scaled to `width`, or None when its file cannot be read."""
    try:
        rendition = image.get_rendition(spec("cover"))
        with rendition.file.open("rb") as file:
            data = BytesIO(file.read())
    except (OSError, ValueError):
        return None
    return Image(data, width=width, height=width * rendition.height / rendition.width)


def bullet_list(items_markup):
    """Bulleted paragraphs of ReportLab's markup (already escaped): plain paragraphs, which a heading
    before them can keep with it, where a ListFlowable cannot."""
    return [Paragraph(markup, styles()["bullet"], bulletText="•") for markup in items_markup]


def link_start(url):
    return f'<a href="{escape(url, {chr(34): "&quot;"})}" color="#1d4f91">'


def link_markup(url, text):
    return f"{link_start(url)}{escape(text)}</a>"


def facts_table(kit):
    s = styles()
    rows = kit.facts()
    data = [[Paragraph(escape(label), s["label"]), Paragraph(escape(text), s["meta"])] for label, text in rows]
    table = Table(data, colWidths=[42 * mm, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#cbd5e0")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f7fb")),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def worksheet_markup(worksheet):
    """The reader's version linked, its language and file ("EN · PDF, 120.0 KB"), then the other
    languages, each linked."""
    version = worksheet.version
    markup = f"{link_markup(absolute_url(version.document.url), version.document.title)} ({escape(version.label)})"
    if worksheet.other_versions:
        others = ", ".join(
            link_markup(absolute_url(other.document.url), other.language_name(get_language()))
            for other in worksheet.other_versions
        )
        markup += f" {escape(_('Also in:'))} {others}"
    return markup


def step_flowables(number, step, width, worksheets):
    """The step's title and timing are kept with the start of its instructions (keepWithNext)."""
    s = styles()
    value = step.value
    heading = _("Step %(number)d: %(title)s") % {"number": number, "title": value["title"]}
    flowables = [Paragraph(escape(heading), s["step"]), Paragraph(escape(value["duration"]), s["timing"])]
    flowables += RichTextFlowables.convert(value["instructions"])
    if value["tools"]:
        tools = ", ".join(escape(tool) for tool in value["tools"])
        flowables.append(Paragraph(f"<b>{escape(_('Tools'))}:</b> {tools}", s["body"]))
    if value["worksheet"]:
        markup = worksheet_markup(step_worksheet(value["worksheet"], worksheets))
        flowables.append(Paragraph(f"<b>{escape(_('Worksheet'))}:</b> {markup}", s["body"]))
    if value["image"]:
        picture = image_flowable(value["image"], width * 0.6)
        if picture:
            flowables.append(picture)
    return flowables


def kit_story(kit, width):
    s = styles()
    worksheets = kit.worksheets(get_language())
    by_document = worksheets_by_document(worksheets)
    story = [Paragraph(escape(kit.title), s["title"]), Spacer(1, 4)]
    if kit.cover_image:
        cover = image_flowable(kit.cover_image, width)
        if cover:
            story += [cover, Spacer(1, 8)]
    story += [Paragraph(escape(kit.introduction), s["lead"]), facts_table(kit)]
    story += [Paragraph(escape(_("Aims")), s["heading"]), *RichTextFlowables.convert(kit.aims)]
    story.append(Paragraph(escape(_("Activities step by step")), s["heading"]))
    for number, step in enumerate(kit.steps, start=1):
        story += step_flowables(number, step, width, by_document)
    for heading, html in ((_("Expected results"), kit.expected_results), (_("Evaluation"), kit.evaluation)):
        if html:
            story += [Paragraph(escape(heading), s["heading"]), *RichTextFlowables.convert(html)]
    if worksheets:
        story.append(Paragraph(escape(_("Attachments")), s["heading"]))
        story += bullet_list([worksheet_markup(worksheet) for worksheet in worksheets])
    return story


@dataclass(frozen=True)
class Footer:
    """What the foot of every page says: who publishes the document and on which terms (`credit`),
    and where it lives online (`url`, linked; empty for a document that has no page)."""

    credit: str
    url: str = ""

    def fingerprint(self):
        """Short, and different whenever the footer or the layout changes (see stored_pdf_name)."""
        return hashlib.sha256(f"{LAYOUT_VERSION}|{self.credit}|{self.url}".encode()).hexdigest()[:12]


class FooterCanvas(Canvas):
    """A canvas that draws the footers when the document is saved, once it knows how many pages there
    are ("Page 2 of 5"). ReportLab's usual recipe: keep the state of each finished page instead of
    writing it out, then replay the pages with their footers."""

    def __init__(self, *args, footer, **kwargs):
        super().__init__(*args, **kwargs)
        self.footer = footer
        self.page_states = []

    def showPage(self):
        self.page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for state in self.page_states:
            # The links' names count through the document: a page's saved count would repeat them.
            annotation_count = self._annotationCount
            self.__dict__.update(state)
            self._annotationCount = annotation_count
            self.draw_footer(len(self.page_states))
            super().showPage()
        super().save()

    def draw_footer(self, page_count):
        right, upper_line, lower_line = A4[0] - MARGIN, 14 * mm, 10 * mm
        page_number = _("Page %(number)d of %(count)d") % {"number": self.getPageNumber(), "count": page_count}
        self.saveState()
        self.setFont("NotoSans", FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.drawString(MARGIN, upper_line, self.footer.credit)
        self.drawRightString(right, upper_line, page_number)
        if self.footer.url:
            self.drawString(MARGIN, lower_line, self.footer.url)
            url_width = self.stringWidth(self.footer.url, "NotoSans", FOOTER_SIZE)
            self.linkURL(self.footer.url, (MARGIN, lower_line - 1 * mm, MARGIN + url_width, lower_line + 3 * mm))
        self.restoreState()


def render_document(story_builder, title, footer, language, author=DEFAULT_SITE_NAME):
    """Typeset a story on A4 with `footer` at the foot of every page."""
    register_fonts()
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=title,
        author=author,
        lang=language,
    )
    document.build(story_builder(document.width), canvasmaker=partial(FooterCanvas, footer=footer))
    return buffer.getvalue()


def site_name(request):
    """The portal's name as the page templates show it (templates/base.html)."""
    site = Site.find_for_request(request)
    return (site and site.site_name) or DEFAULT_SITE_NAME


def kit_footer(kit, request):
    licence = pgettext("terms of reuse", "Licence: %(licence)s") % {"licence": kit.get_licence_display()}
    return Footer(f"{site_name(request)} · {licence}", absolute_url(request.path.removesuffix("pdf/")))


def build_kit_pdf(kit, request, footer):
    story = partial(kit_story, kit)
    return render_document(story, kit.title, footer, get_language(), author=site_name(request))


def stored_pdf_name(kit, footer):
    """One file per kit, language, revision and footer: a new publication, another address or site
    name, or a new layout (LAYOUT_VERSION) never serves an older file."""
    return f"{STORAGE_DIR}/{kit.pk}-{get_language()}-{kit.live_revision_id or 0}-{footer.fingerprint()}.pdf"


def content_disposition(kit):
    """The download is named after the kit and the language: bees-flowers-biodiversity-bg.pdf;
    `filename` in ASCII for old clients, `filename*` (RFC 6266) with the slug as it is."""
    language = get_language()
    ascii_slug = unicodedata.normalize("NFKD", kit.slug).encode("ascii", "ignore").decode().strip("-") or "kit"
    name = f"{kit.slug}-{language}.pdf"
    return f"inline; filename=\"{ascii_slug}-{language}.pdf\"; filename*=UTF-8''{quote(name)}"


def kit_pdf_response(kit, request):
    if not pdf_available_in(get_language()):
        return pdf_unavailable_response(request)
    footer = kit_footer(kit, request)
    name = stored_pdf_name(kit, footer)
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(build_kit_pdf(kit, request, footer)))
    response = FileResponse(default_storage.open(name, "rb"), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition(kit)
    return response


def delete_stored_pdfs(kit):
    """Remove the PDFs built from older revisions of `kit` (every language)."""
    try:
        _directories, files = default_storage.listdir(STORAGE_DIR)
    except (FileNotFoundError, NotImplementedError):
        return
    for file in files:
        if file.startswith(f"{kit.pk}-"):
            default_storage.delete(f"{STORAGE_DIR}/{file}")


def worksheet_pdf(kit_title, title, instructions, items, language):
    """A one-page worksheet (used for the demo kits' attachments): numbered prompts with space to write."""
    s = styles()

    def story(width):
        flowables = [Paragraph(escape(title), s["title"]), Paragraph(escape(kit_title), s["meta"]), Spacer(1, 6)]
        flowables.append(Paragraph(escape(instructions), s["lead"]))
        for number, item in enumerate(items, start=1):
            flowables.append(Paragraph(f"<b>{number}.</b> {escape(item)}", s["body"]))
            flowables.append(
                Table(
                    [[""]],
                    colWidths=[width],
                    rowHeights=[16 * mm],
                    style=[("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#a0aec0"))],
                )
            )
            flowables.append(Spacer(1, 4))
        return flowables

    return render_document(story, title, Footer(kit_title[:90]), language)
