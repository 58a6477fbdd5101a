"""The support service's decision on a teacher in its queue: validate or reject (with a reason).

A decision is taken once: the teacher's row is locked while it is made, and a teacher no longer in the
queue (decided meanwhile by a colleague, or a form sent twice) is refused with `AlreadyDecided`, so the
teacher is never told twice. The teacher is told by a notification (validation.notices), e-mailed in
the background. Schools are validated with their first teacher."""

from django.db import transaction

from accounts.models import User, ValidationStatus
from schools.models import School
from validation.models import Decision, Outcome
from validation.notices import notify_decision
from validation.teachers import Progress

STATUS_AFTER = {Outcome.VALIDATED: ValidationStatus.VALIDATED, Outcome.REJECTED: ValidationStatus.REJECTED}


class AlreadyDecided(Exception):
    """The teacher is not waiting for a decision (any more)."""


def decide(teacher, outcome, reason, decided_by):
    """Record the decision and tell the teacher; returns the decision."""
    with transaction.atomic():
        # Locked without joins: PostgreSQL locks no row on the nullable side of an outer join.
        teacher = User.objects.select_for_update().get(pk=teacher.pk)
        if not Progress(teacher).is_in_queue:
            raise AlreadyDecided
        decision = Decision.objects.create(
            teacher=teacher, school_id=teacher.school_id, outcome=outcome, reason=reason, decided_by=decided_by
        )
        teacher.validation_status = STATUS_AFTER[outcome]
        teacher.save(update_fields=["validation_status"])
        if outcome == Outcome.VALIDATED and teacher.school_id:
            School.objects.filter(pk=teacher.school_id, is_validated=False).update(is_validated=True)
        notify_decision(decision)
    return decision
