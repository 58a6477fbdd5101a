"""A teacher's way to validation: where they stand, and the steps that move them on.

1. School: they choose a school of their country, or add one (the head teacher is told once).
2. Evidence: what their country asks for, their statement and an optional document.
3. They send it: they are in their country's validation queue until the support service decides.

A rejected teacher changes their evidence or their school and sends it again. Changing school sends any
account back to validation, a validated one too: the evidence spoke of the other school, so it must be
sent again (and the teacher confirms that first, `Progress.school_change_needs_confirmation`)."""

from functools import cached_property

from django.db import transaction
from django.utils import timezone

from accounts.models import ValidationStatus
from core.storage import private_storage
from schools.models import School
from validation.mail import mail_sent
from validation.models import Evidence, Outcome


class Progress:
    """Where `teacher` stands, for their status page and the steps' pages (two queries)."""

    def __init__(self, teacher):
        self.teacher = teacher

    @cached_property
    def evidence(self):
        # The reverse one-to-one: a query, unless the teacher came with select_related("evidence").
        return getattr(self.teacher, "evidence", None)

    @cached_property
    def last_decision(self):
        return self.teacher.validation_decisions.first()

    @property
    def has_school(self):
        return self.teacher.school_id is not None

    @property
    def evidence_sent(self):
        return self.evidence is not None and self.evidence.is_sent

    @property
    def is_validated(self):
        return self.teacher.validation_status == ValidationStatus.VALIDATED

    @property
    def is_in_queue(self):
        return self.teacher.validation_status == ValidationStatus.WAITING and self.evidence_sent

    @property
    def may_send(self):
        return self.has_school and not (self.is_validated or self.is_in_queue)

    @property
    def rejection(self):
        """The decision that refused the teacher, while they have not sent their evidence again."""
        decision = self.last_decision
        if decision and decision.outcome == Outcome.REJECTED and not (self.is_validated or self.is_in_queue):
            return decision
        return None

    @property
    def school_change_needs_confirmation(self):
        """Changing school takes the account out of validation or out of the queue."""
        return self.has_school and (self.teacher.validation_status != ValidationStatus.WAITING or self.evidence_sent)


@transaction.atomic
def move_to_school(teacher, school):
    """`teacher` teaches at `school` from now on: waiting for validation, their evidence to be sent again."""
    teacher.school = school
    teacher.validation_status = ValidationStatus.WAITING
    teacher.save(update_fields=["school", "validation_status"])
    Evidence.objects.filter(teacher=teacher).update(submitted_at=None)


def add_school(teacher, form):
    """Make the school of `form` (a valid NewSchoolForm) and move `teacher` there; the head
    teacher is told once the record is safely made. An IntegrityError means that someone else has just
    made the same school."""
    with transaction.atomic():
        school = form.save()
        move_to_school(teacher, school)
    tell_head_teacher(school, teacher)
    return school


def tell_head_teacher(school, teacher):
    """Tell the head teacher, once, that a teacher registered their school (in the teacher's language:
    the head teacher has no account, and the teacher likely writes in the school's language)."""
    if school.head_notified_at:
        return
    context = {"school": school, "teacher_name": teacher.display_name, "language": teacher.language}
    if mail_sent("schools/email/head_teacher", school.head_email, context):
        school.head_notified_at = timezone.now()
        School.objects.filter(pk=school.pk).update(head_notified_at=school.head_notified_at)


@transaction.atomic
def send_evidence(teacher, evidence, replaced_document=""):
    """Save `evidence` and put the teacher in the queue; a teacher already there keeps their place. The
    document it replaced leaves the storage once all is saved."""
    if not Progress(teacher).is_in_queue:
        evidence.submitted_at = timezone.now()
        teacher.validation_status = ValidationStatus.WAITING
        teacher.save(update_fields=["validation_status"])
    evidence.save()
    if replaced_document:
        transaction.on_commit(lambda: private_storage().delete(replaced_document))
