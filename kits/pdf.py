"""Project kits as PDF files, typeset with ReportLab (pure Python wheels: no system package, unlike
HTML-to-PDF tools that need Pango or a browser). Noto Sans is shipped in kits/fonts (SIL Open Font
License) because ReportLab's built-in fonts cannot show Greek or Cyrillic.

A kit's PDF is built once per page revision and language, kept in the default file storage and
served from there; publishing the kit again gives it a new revision, so the next request builds a
fresh file, and kits.signals removes the old ones."""

from functools import cache
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from wagtail.rich_text import expand_db_html

from core.renditions import spec
from core.site import absolute_url

FONT_DIR = Path(__file__).resolve().parent / "fonts"
STORAGE_DIR = "kit-pdfs"
ACCENT = colors.HexColor("#1d4f91")
MUTED = colors.HexColor("#4a5568")
MARGIN = 18 * mm


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
    body = ParagraphStyle("body", fontName="NotoSans", fontSize=10.5, leading=15, spaceAfter=6, alignment=TA_LEFT)
    return {
        "body": body,
        "title": ParagraphStyle("title", body, fontName="NotoSans-Bold", fontSize=22, leading=27, textColor=ACCENT),
        "lead": ParagraphStyle("lead", body, fontSize=12.5, leading=18, spaceAfter=10),
        "heading": ParagraphStyle(
            "heading", body, fontName="NotoSans-Bold", fontSize=14, leading=18, textColor=ACCENT, spaceBefore=12
        ),
        "step": ParagraphStyle("step", body, fontName="NotoSans-Bold", fontSize=12, leading=16, spaceBefore=8),
        "meta": ParagraphStyle("meta", body, fontSize=9.5, leading=13, textColor=MUTED, spaceAfter=2),
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
                self.flowables.append(bullet_list(self.items))
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
    """A bulleted list of paragraphs in ReportLab's markup (already escaped)."""
    body = styles()["body"]
    return ListFlowable(
        [ListItem(Paragraph(markup, body), leftIndent=12) for markup in items_markup],
        bulletType="bullet",
        start="•",
        leftIndent=12,
    )


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


def step_flowables(number, step, width):
    s = styles()
    value = step.value
    heading = _("Step %(number)d: %(title)s") % {"number": number, "title": value["title"]}
    flowables = [Paragraph(escape(heading), s["step"]), Paragraph(escape(value["duration"]), s["meta"])]
    flowables += RichTextFlowables.convert(value["instructions"])
    if value["tools"]:
        tools = ", ".join(escape(tool) for tool in value["tools"])
        flowables.append(Paragraph(f"<b>{escape(_('Tools'))}:</b> {tools}", s["body"]))
    if value["worksheet"]:
        link = link_markup(absolute_url(value["worksheet"].url), value["worksheet"].title)
        flowables.append(Paragraph(f"<b>{escape(_('Worksheet'))}:</b> {link}", s["body"]))
    if value["image"]:
        picture = image_flowable(value["image"], width * 0.6)
        if picture:
            flowables.append(picture)
    return [KeepTogether(flowables[:3]), *flowables[3:]]


def kit_story(kit, width):
    s = styles()
    story = [Paragraph(escape(kit.title), s["title"]), Spacer(1, 4)]
    if kit.cover_image:
        cover = image_flowable(kit.cover_image, width)
        if cover:
            story += [cover, Spacer(1, 8)]
    story += [Paragraph(escape(kit.introduction), s["lead"]), facts_table(kit)]
    story += [Paragraph(escape(_("Aims")), s["heading"]), *RichTextFlowables.convert(kit.aims)]
    story.append(Paragraph(escape(_("Activities step by step")), s["heading"]))
    for number, step in enumerate(kit.steps, start=1):
        story += step_flowables(number, step, width)
    for heading, html in ((_("Expected results"), kit.expected_results), (_("Evaluation"), kit.evaluation)):
        if html:
            story += [Paragraph(escape(heading), s["heading"]), *RichTextFlowables.convert(html)]
    attachments = [attachment.document for attachment in kit.attachments.select_related("document")]
    if attachments:
        story.append(Paragraph(escape(_("Attachments")), s["heading"]))
        story.append(bullet_list([link_markup(absolute_url(doc.url), doc.title) for doc in attachments]))
    return story


def render_document(story_builder, title, footer_text, link_url, language):
    """Typeset a story on A4 with a footer on every page that links back to `link_url`."""
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=title,
        author="Twinning",
        lang=language,
    )

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("NotoSans", 8)
        canvas.setFillColor(MUTED)
        text = f"{footer_text} · {doc.page}"
        canvas.drawString(MARGIN, 10 * mm, text)
        if link_url:
            canvas.drawRightString(A4[0] - MARGIN, 10 * mm, link_url)
            url_width = canvas.stringWidth(link_url, "NotoSans", 8)
            canvas.linkURL(link_url, (A4[0] - MARGIN - url_width, 9 * mm, A4[0] - MARGIN, 13 * mm), relative=0)
        canvas.restoreState()

    document.build(story_builder(document.width), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def build_kit_pdf(kit, request):
    register_fonts()
    page_url = absolute_url(request.path.removesuffix("pdf/"))
    footer_text = _("Project kit: %(title)s") % {"title": kit.title}
    return render_document(lambda width: kit_story(kit, width), kit.title, footer_text[:90], page_url, get_language())


def stored_pdf_name(kit):
    return f"{STORAGE_DIR}/{kit.pk}-{get_language()}-{kit.live_revision_id or 0}.pdf"


def kit_pdf_response(kit, request):
    name = stored_pdf_name(kit)
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(build_kit_pdf(kit, request)))
    response = FileResponse(default_storage.open(name, "rb"), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{kit.slug}.pdf"'
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

    return render_document(story, title, kit_title[:90], "", language)
