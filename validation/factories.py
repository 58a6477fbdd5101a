import factory
from django.utils import timezone

from accounts.factories import TeacherFactory
from accounts.models import ValidationStatus
from schools.factories import SchoolFactory
from validation.models import Decision, Evidence, Outcome

# The smallest files `filetype` recognises by their first bytes (validation.documents).
PDF_BYTES = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


class WaitingTeacherFactory(TeacherFactory):
    """A teacher who has chosen a school of their country and waits for validation."""

    validation_status = ValidationStatus.WAITING
    school = factory.SubFactory(SchoolFactory, country=factory.SelfAttribute("..country"))


class EvidenceFactory(factory.django.DjangoModelFactory):
    """Evidence sent for validation: the teacher is in their country's queue."""

    class Meta:
        model = Evidence

    teacher = factory.SubFactory(WaitingTeacherFactory)
    statement = "I teach English to pupils aged 12 to 15 at this school since 2019."
    submitted_at = factory.LazyFunction(timezone.now)

    class Params:
        with_document = factory.Trait(document=factory.django.FileField(filename="staff-card.pdf", data=PDF_BYTES))


class DecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Decision

    teacher = factory.SubFactory(WaitingTeacherFactory)
    school = factory.SelfAttribute("teacher.school")
    outcome = Outcome.REJECTED
    reason = "We could not find you in the school's staff list."
