"""Notifications: what the portal tells a teacher, on the portal (the bell in the header and the
notifications page) and by e-mail, at once or in a daily digest, as the teacher chose per kind.

The e-mail's state lives on the notification itself (`email_status`, `email_attempts`,
`email_due_at`): the background tasks that send it are only the trigger. A send that fails is tried again
later, and the hourly sweep (notifications.tasks.send_overdue_emails) picks up any notification whose
e-mail is overdue, whatever became of its task (a worker stopped in the middle, the retries used up), so
an e-mail is never lost, only late."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.registry import notices
from notifications.kinds import DEFAULT_FREQUENCY, Frequency, Kind


class EmailStatus(models.TextChoices):
    PENDING = "pending", _("to send")
    DIGEST = "digest", _("waiting for the daily digest")
    SENT = "sent", _("sent")
    FAILED = "failed", _("could not be sent")
    NONE = "none", _("no e-mail")


class NotificationQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at__isnull=True)

    def overdue_emails(self, now=None):
        return self.filter(email_status=EmailStatus.PENDING, email_due_at__lte=now or timezone.now())


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recipient"), on_delete=models.CASCADE, related_name="notifications"
    )
    # The key of a Notice (app label and name: "groups.invited"), see notifications.kinds.
    notice = models.CharField(_("notice"), max_length=64)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    # The values that fill in the notice's sentence, as plain text.
    params = models.JSONField(_("details"), default=dict, blank=True)
    # A longer text the e-mail quotes (a message, a thread's first lines), plain text.
    excerpt = models.TextField(_("excerpt"), blank=True)
    # Where the notification leads: a URL name and its arguments, reversed in the reader's language.
    url_name = models.CharField(max_length=64, blank=True)
    url_args = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(_("date"), default=timezone.now, editable=False)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)

    email_status = models.CharField(max_length=16, choices=EmailStatus.choices, default=EmailStatus.NONE)
    # When the next try at sending is due (pending e-mails only), and how many tries failed so far.
    email_due_at = models.DateTimeField(null=True, blank=True)
    email_attempts = models.PositiveSmallIntegerField(default=0)
    emailed_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [
            # The notifications page, newest first, and the bell's unread count.
            models.Index(fields=["recipient", "-created_at"], name="notifications_newest"),
            models.Index(fields=["recipient"], name="notifications_unread", condition=Q(read_at__isnull=True)),
            # The sweep and the digest read only e-mails still to send.
            models.Index(
                fields=["email_status", "email_due_at"],
                name="notifications_email_todo",
                condition=Q(email_status__in=["pending", "digest"]),
            ),
        ]

    def __str__(self):
        return self.text

    @property
    def text(self):
        """The notice's sentence in the current language, filled in."""
        notice = notices().get(self.notice)
        if notice is None:  # an app that no longer declares it
            return ""
        try:
            return str(notice.text) % self.params
        except (KeyError, TypeError, ValueError):  # a translation that names a value the notice lacks
            return str(notice.text)

    @property
    def url(self):
        """The path it leads to, in the current language ("" if that page no longer exists)."""
        if not self.url_name:
            return ""
        try:
            return reverse(self.url_name, args=self.url_args)
        except NoReverseMatch:
            return ""

    @property
    def is_unread(self):
        return self.read_at is None


class EmailChoice(models.Model):
    """A teacher's choice of e-mails for one kind; a kind without a row has DEFAULT_FREQUENCY."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="email_choices")
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    frequency = models.CharField(_("e-mails"), max_length=16, choices=Frequency.choices)

    class Meta:
        verbose_name = _("e-mail choice")
        verbose_name_plural = _("e-mail choices")
        constraints = [models.UniqueConstraint(fields=["user", "kind"], name="notifications_one_choice_per_kind")]

    def __str__(self):
        return f"{self.user}: {self.kind} {self.frequency}"


def frequencies_of(user):
    """{kind: frequency} of every kind for `user` (one query)."""
    chosen = dict(EmailChoice.objects.filter(user=user).values_list("kind", "frequency"))
    return {kind: Frequency(chosen.get(kind, DEFAULT_FREQUENCY[kind])) for kind in Kind}


def can_be_emailed(user):
    return bool(user.email) and user.is_active
