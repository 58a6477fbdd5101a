import factory
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.factories import PublishedPageFactory
from kits.models import KitIndexPage, KitPage
from taxonomy.factories import AgeRangeFactory, SubjectFactory


def a_step(title="Meet your partners"):
    return {
        "type": "step",
        "value": {
            "title": title,
            "duration": "Week 1, one lesson",
            "instructions": "<p>Pupils introduce themselves to the partner class.</p>",
            "tools": ["TwinSpace forum"],
            "image": None,
            "worksheet": None,
        },
    }


def a_document(title, name="sheet.pdf"):
    """A Wagtail document (a tiny PDF) for kits' attachments and step worksheets."""
    document = get_document_model()(title=title, file=ContentFile(b"%PDF-1.4\n%%EOF\n", name=name))
    document._set_document_file_metadata()  # its size, as the admin's upload form records it
    document.save()
    return document


class KitIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = KitIndexPage

    title = "Project kits"
    slug = "kits"


class KitPageFactory(PublishedPageFactory):
    """A kit with one step, one subject and one age range unless given (subjects=[...], age_ranges=[...],
    key_competences=[...])."""

    class Meta:
        model = KitPage

    title = factory.Sequence(lambda n: f"Kit number {n}")
    introduction = "Pupils compare their towns with their partners' towns."
    duration_value = 4
    aims = "<ul><li>Pupils describe their town in another language.</li></ul>"
    steps = factory.LazyFunction(lambda: [a_step()])

    subjects = factory.LazyFunction(lambda: [SubjectFactory()])
    age_ranges = factory.LazyFunction(lambda: [AgeRangeFactory()])
    key_competences = factory.LazyFunction(list)
