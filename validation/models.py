"""What a new teacher shows their country's support service, and what the service decides.

A teacher is in their country's validation queue once they have chosen their school and sent their
evidence (`Evidence.submitted_at`). Each decision is kept (`Decision`), the reason of the last one is what a
rejected teacher reads. The evidence document is kept in private storage and only the support service of the
teacher's country can open it (validation.views)."""

from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.storage import private_storage


def evidence_path(evidence, filename):
    # The teacher's id, not their name, in the path; the storage adds a suffix to repeated names.
    return f"evidence/{evidence.teacher_id}/{filename}"


class Evidence(models.Model):
    teacher = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("teacher"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="evidence",
        help_text=_("The teacher who shows it."),
    )
    statement = models.TextField(
        _("your role at the school"),
        max_length=2000,
        blank=True,
        help_text=_("What you teach at the school, since when, and anything your support service should know."),
    )
    document = models.FileField(
        _("document"),
        upload_to=evidence_path,
        storage=private_storage,
        blank=True,
        help_text=_("A PDF, JPEG or PNG file of at most 10 MB, seen only by the teacher's support service."),
    )
    submitted_at = models.DateTimeField(
        _("sent for validation"),
        null=True,
        blank=True,
        help_text=_("Empty until the teacher sends it, and again after they change school."),
    )

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        # The validation queue: oldest first.
        indexes = [models.Index(fields=["submitted_at"], name="validation_evidence_sent")]

    def __str__(self):
        return str(self.teacher)

    @property
    def is_sent(self):
        return self.submitted_at is not None

    @property
    def document_name(self):
        return PurePosixPath(self.document.name).name if self.document else ""


class Outcome(models.TextChoices):
    VALIDATED = "validated", _("Validated")
    REJECTED = "rejected", _("Rejected")


class Decision(models.Model):
    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("teacher"),
        on_delete=models.CASCADE,
        related_name="validation_decisions",
        help_text=_("The teacher decided on."),
    )
    school = models.ForeignKey(
        "schools.School",
        verbose_name=_("school"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text=_("The teacher's school when the decision was taken."),
    )
    outcome = models.CharField(
        _("decision"), max_length=16, choices=Outcome.choices, help_text=_("Validated, or rejected with a reason.")
    )
    reason = models.TextField(
        _("reason"), max_length=2000, blank=True, help_text=_("Why the teacher was rejected: they read it.")
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text=_("Who in the support service decided."),
    )
    decided_at = models.DateTimeField(_("decided"), auto_now_add=True)

    class Meta:
        verbose_name = _("validation decision")
        verbose_name_plural = _("validation decisions")
        ordering = ["-decided_at", "-pk"]
        permissions = [("validate_teachers", _("Can validate the teachers and schools of their country"))]

    def __str__(self):
        return f"{self.teacher}: {self.get_outcome_display()}"
