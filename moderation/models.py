"""Reports of abuse and what moderators decide about them (see core.moderated for hidden content).

A report points at what was reported through a generic relation (any model an app declares in
`reportable_models`, moderation.reportable). The reported author and their country are copied when the
report is made: the report stays in the right country's queue, and says whom it was about, even if the
content is deleted or the author moves. So is the reported text (`excerpt`), what the moderator judges if
the author edits or deletes it meanwhile.

A teacher has at most one open report per object (a database constraint); once it is decided they may
report the object again. Every report on one object is decided together (moderation.decisions)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

ALREADY_REPORTED = _("You already reported this. A moderator will look at it.")


class Reason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    HARASSMENT = "harassment", _("Harassment or hate")
    NOT_FOR_SCHOOLS = "not_for_schools", _("Not suitable for schools")
    PERSONAL_DATA = "personal_data", _("Personal data shared")
    OTHER = "other", _("Something else")


class Status(models.TextChoices):
    OPEN = "open", _("Waiting for a moderator")
    DISMISSED = "dismissed", _("Dismissed")
    ACTIONED = "actioned", _("Action taken")


class Action(models.TextChoices):
    DISMISS = "dismiss", _("Dismissed")
    HIDE = "hide", _("Content hidden")
    WARN = "warn", _("Author warned")
    SUSPEND = "suspend", _("Account suspended")


class ReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Status.OPEN)

    def about(self, content):
        """The reports on `content` (any reportable object)."""
        return self.filter(content_type=ContentType.objects.get_for_model(content), object_id=content.pk)


class Report(models.Model):
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reported by"), on_delete=models.CASCADE, related_name="reports_made"
    )
    content_type = models.ForeignKey(ContentType, verbose_name=_("type of content"), on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField(_("content id"))
    content = GenericForeignKey("content_type", "object_id")
    excerpt = models.TextField(_("reported text"), blank=True)
    reported_author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.CASCADE, related_name="reports_received"
    )
    reported_country = models.ForeignKey(
        "countries.Country",
        verbose_name=_("author's country"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reason = models.CharField(_("reason"), max_length=32, choices=Reason.choices)
    note = models.TextField(_("note"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.OPEN)
    action = models.CharField(_("decision"), max_length=16, choices=Action.choices, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderator"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decision_message = models.TextField(_("message to the author"), blank=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["created_at", "pk"]
        permissions = [("moderate", _("Can decide on the reports of their country"))]
        constraints = [
            models.UniqueConstraint(
                fields=["reporter", "content_type", "object_id"],
                condition=Q(status=Status.OPEN),
                name="moderation_one_open_report_per_reporter",
                violation_error_message=ALREADY_REPORTED,
            )
        ]
        indexes = [
            # The queues: open reports of some countries, oldest first.
            models.Index(fields=["status", "reported_country", "created_at"], name="moderation_queue"),
            models.Index(fields=["content_type", "object_id"], name="moderation_report_content"),
        ]

    def __str__(self):
        # Also the name the admin's audit log shows, to moderators of every country: no one's name.
        return _("Report #%(number)s (%(type)s)") % {"number": self.pk, "type": self.content_type.name}

    @property
    def is_open(self):
        return self.status == Status.OPEN
