"""Demo taxonomies: subjects, age ranges and key competences, named in every portal language."""

import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.documents.models import Document

from demo import catalog
from demo import content as home_content
from demo.images import demo_image
from demo.kits import content
from demo.pages import ensure_child, paragraphs_html, translate
from kits.factories import KitPageFactory
from kits.models import KitAttachment, KitPage, RelatedKit
from kits.pdf import worksheet_pdf
from languages.panels import translated_field_name, translated_languages
from taxonomy.models import AgeRange, KeyCompetence, Subject


def translated_names(english):
    names = {}
    for code in translated_languages():
        translation = english if code == settings.LANGUAGE_CODE else catalog.translations(code).get(english)
        if translation:
            names[translated_field_name("name", code)] = translation
    return names


def load_taxonomy(model, terms):
    existing = set(model.objects.values_list("slug", flat=True))
    created = 0
    for order, (slug, english) in enumerate(terms):
        if slug in existing:
            continue
        names = translated_names(english)
        model.objects.create(slug=slug, sort_order=order, **names)
        created += 1
    return created


def load_taxonomies():
    return sum(
        load_taxonomy(model, terms)
        for model, terms in (
            (Subject, home_content.SUBJECTS),
            (AgeRange, home_content.AGE_RANGES),
            (KeyCompetence, home_content.KEY_COMPETENCES),
        )
    )


KIT_TRANSLATION_LANGUAGES = ["fr", "de", "it", "es", "pl", "el", "bg"]
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def list_html(texts):
    return "<ul>" + "".join(f"<li>{escape(text)}</li>" for text in texts) + "</ul>"


def worksheet_document(kit_spec, worksheet, language=settings.LANGUAGE_CODE):
    """The worksheet in `language` (the English one, or one of its "translations") as a PDF
    document (made once, found by title)."""
    text = worksheet if language == settings.LANGUAGE_CODE else worksheet["translations"][language]
    kit_title = catalog.translations(language, LOCALE_DIR).get(kit_spec["title"], kit_spec["title"])
    title = f"{kit_title}: {text['title']}"
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    data = worksheet_pdf(kit_title, text["title"], text["instructions"], text["items"], language)
    suffix = "" if language == settings.LANGUAGE_CODE else f"-{language}"
    name = f"{kit_spec['slug']}-{slugify(worksheet['title'])}{suffix}.pdf"
    document = Document(title=title, file=ContentFile(data, name=name))
    document.save()
    return document


def worksheet_attachments(kit_spec, steps):
    """The kit's attachments: each step's worksheet, followed by its versions in other languages."""
    attachments = []
    for step_spec, step in zip(kit_spec["steps"], steps, strict=True):
        original = step["value"]["worksheet"]
        if not original:
            continue
        attachments.append(KitAttachment(document_id=original, language=settings.LANGUAGE_CODE))
        for language in step_spec["worksheet"].get("translations", {}):
            document = worksheet_document(kit_spec, step_spec["worksheet"], language)
            attachments.append(KitAttachment(document=document, language=language, original_id=original))
    return attachments


def step_value(kit_spec, step):
    worksheet = worksheet_document(kit_spec, step["worksheet"]) if step.get("worksheet") else None
    return {
        "title": step["title"],
        "duration": step["duration"],
        "instructions": paragraphs_html(step["instructions"]),
        # In ListBlock's item format: wagtail-localize only extracts list items stored that way.
        "tools": [{"type": "item", "value": tool, "id": str(uuid.uuid4())} for tool in step["tools"]],
        "image": None,
        "worksheet": worksheet.pk if worksheet else None,
    }


def kit_fields(spec):
    """The KitPageFactory fields of a kit of content.KITS."""
    steps = [{"type": "step", "value": step_value(spec, step)} for step in spec["steps"]]
    return {
        "title": spec["title"],
        "slug": spec["slug"],
        "introduction": spec["summary"],
        "cover_image": demo_image(spec["slug"], spec["title"]),
        "duration_value": spec["duration_value"],
        "duration_unit": spec["duration_unit"],
        "level": spec["level"],
        "partners": spec["partners"],
        "aims": list_html(spec["aims"]),
        "steps": steps,
        "expected_results": list_html(spec["expected_results"]),
        "evaluation": list_html(spec["evaluation"]),
        "subjects": list(Subject.objects.filter(slug__in=spec["subjects"])),
        "age_ranges": list(AgeRange.objects.filter(slug__in=spec["age_ranges"])),
        "key_competences": list(KeyCompetence.objects.filter(slug__in=spec["key_competences"])),
        "attachments": worksheet_attachments(spec, steps),
    }


def link_related_kits(kits):
    for spec in content.KITS:
        kit = kits[spec["slug"]]
        if kit.related_kits.exists():
            continue
        kit.related_kits = [RelatedKit(page=kits[slug]) for slug in spec["related"] if slug in kits]
        kit.save_revision().publish()


def load_kits(index):
    """The twelve demo kits under `index`, translated into KIT_TRANSLATION_LANGUAGES."""
    kits = {kit.slug: kit for kit in KitPage.objects.child_of(index)}
    missing = [spec for spec in content.KITS if spec["slug"] not in kits]
    for spec in missing:
        kits[spec["slug"]] = ensure_child(index, KitPageFactory, **kit_fields(spec))[0]
    link_related_kits(kits)
    changed = bool(missing)
    for code in KIT_TRANSLATION_LANGUAGES:
        strings = catalog.translations(code, LOCALE_DIR)
        for kit in kits.values() if strings else []:
            changed |= translate(kit, code, strings)
    return changed
