"""The national sections' own content, written by each country's team in its language: one module per
language family, each with a SECTIONS dict keyed by ISO code (its format is in the modules), gathered
here. Countries without an entry have an English section made from demo.countries.organisations."""

import importlib
import pkgutil
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from wagtail.models import Locale

from countries.factories import NationalSectionPageFactory
from countries.models import NationalSectionPage
from demo.countries.organisations import ORGANISATIONS
from demo.images import demo_image
from demo.pages import ensure_child, paragraphs_html, translate
from events.factories import EventPageFactory
from home.factories import StandardPageFactory
from news.factories import NewsPageFactory


def gather_sections():
    sections = {}
    for module in pkgutil.iter_modules(__path__):
        sections.update(importlib.import_module(f"{__name__}.{module.name}").SECTIONS)
    return sections


SECTIONS = gather_sections()


def section_language(iso2):
    """The language the country's team writes in (Country.language in the demo)."""
    return SECTIONS.get(iso2, {}).get("language", "en")


def body(paragraphs):
    return [{"type": "paragraph", "value": paragraphs_html(paragraphs)}]


def ensure_national_section(country, english_index):
    """The country's section written in its language, under the countries page of that language, with
    its pages, news and events, and the versions in other languages its team made. A section an older
    demo wrote in English for a country that now writes in its own language is made again."""
    locale = Locale.objects.get(language_code=country.language)
    index = english_index.get_translation(locale)
    sections = NationalSectionPage.objects.filter(country=country)
    original = sections.order_by("pk").first()
    if original is not None and original.locale_id != locale.pk:
        for section in sections.order_by("-pk"):
            section.delete()
    spec = SECTIONS.get(country.iso2, {})
    section, changed = ensure_child(
        index,
        NationalSectionPageFactory,
        title=country.name_in(country.language),
        slug=country.iso2.lower(),
        country=country,
        introduction=spec.get("introduction") or ORGANISATIONS[country.iso2]["introduction"],
    )
    children = [ensure_section_page(section, page) for page in spec.get("pages", [])]
    children += [ensure_section_news(section, article) for article in spec.get("news", [])]
    children += [ensure_section_event(section, event) for event in spec.get("events", [])]
    changed |= any(created for _page, created in children)
    for code, strings in spec.get("translations", {}).items():
        changed |= translate_section(section, [page for page, _created in children], code, strings)
    return changed


def ensure_section_page(section, spec):
    return ensure_child(
        section,
        StandardPageFactory,
        title=spec["title"],
        slug=spec["slug"],
        introduction=spec["introduction"],
        body=body(spec["body"]),
        show_in_menus=True,
    )


def ensure_section_news(section, spec):
    return ensure_child(
        section,
        NewsPageFactory,
        title=spec["title"],
        slug=spec["slug"],
        date=date.fromisoformat(spec["date"]),
        introduction=spec["introduction"],
        body=body(spec["body"]),
        lead_image=demo_image(spec["slug"], spec["title"]),
    )


def ensure_section_event(section, spec):
    start = datetime.fromisoformat(spec["start"]).replace(tzinfo=ZoneInfo(spec["time_zone"]))
    return ensure_child(
        section,
        EventPageFactory,
        title=spec["title"],
        slug=spec["slug"],
        introduction=spec["introduction"],
        body=body(spec["body"]),
        start=start,
        end=start + timedelta(minutes=spec["minutes"]),
        time_zone=spec["time_zone"],
        kind=spec["kind"],
        format=spec["format"],
        location=spec.get("location", ""),
    )


def translate_section(section, children, language_code, strings):
    """The section and its pages in another language, as its team's translator made them (wagtail-localize);
    the section first, since a translated page needs its parent in that language. The section's title is
    the country's name in that language."""
    strings = {section.title: section.country.name_in(language_code), **strings}
    changed = translate(section, language_code, strings)
    for page in children:
        changed |= translate(page, language_code, strings)
    return changed
