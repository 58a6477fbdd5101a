"""Contacts between teachers: requests, the contacts they make, and blocks.

A contact is kept as two rows, one per side (`Contact.owner` sees `Contact.other`), so that "my contacts"
and "is X my contact" are one indexed lookup each. A block is made by one teacher: while it lasts neither
can ask or write to the other, and the blocked teacher no longer finds the blocker (contacts.rules).
Blocking ends the contact and the pending requests between the two.

Answering a request is a conditional update of a pending request, so that a request answered twice
(two tabs, a double click) is answered once."""

from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class ContactRequestQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=RequestStatus.PENDING)

    def between(self, a, b):
        """Requests either way between two teachers."""
        return self.filter(Q(sender=a, recipient=b) | Q(sender=b, recipient=a))


class ContactRequest(models.Model):
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("from"), on_delete=models.CASCADE, related_name="sent_contact_requests"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("to"),
        on_delete=models.CASCADE,
        related_name="received_contact_requests",
    )
    note = models.TextField(_("note"), max_length=1000, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=RequestStatus.choices, default=RequestStatus.PENDING)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    objects = ContactRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact request")
        verbose_name_plural = _("contact requests")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["sender", "recipient"],
                condition=Q(status="pending"),
                name="contacts_one_pending_request_per_pair",
                violation_error_message=_("You have already asked this teacher."),
            ),
            models.CheckConstraint(
                condition=~Q(sender=F("recipient")),
                name="contacts_request_not_to_oneself",
                violation_error_message=_("You cannot send a contact request to yourself."),
            ),
        ]
        indexes = [models.Index(fields=["recipient", "status"], name="contacts_request_inbox")]

    def __str__(self):
        return f"{self.sender} → {self.recipient} ({self.get_status_display()})"

    def answer(self, status):
        """Close the request with `status`; False if it was no longer pending."""
        still_pending = ContactRequest.objects.pending().filter(pk=self.pk)
        return bool(still_pending.update(status=status, answered_at=timezone.now()))

    def accept(self):
        """Make the two teachers contacts; a request the other way, if any, is accepted with this one."""
        with transaction.atomic():
            if not self.answer(RequestStatus.ACCEPTED):
                return False
            ContactRequest.objects.pending().filter(sender=self.recipient, recipient=self.sender).update(
                status=RequestStatus.ACCEPTED, answered_at=timezone.now()
            )
            Contact.objects.make(self.sender, self.recipient)
        return True


class ContactQuerySet(models.QuerySet):
    def make(self, a, b):
        """Both rows at once; making existing contacts again changes nothing."""
        self.bulk_create([Contact(owner=a, other=b), Contact(owner=b, other=a)], ignore_conflicts=True)

    def remove(self, a, b):
        """Both rows, in one DELETE (which QuerySet.delete runs in a transaction); the number of rows
        removed (0 if they were not contacts)."""
        removed, _by_model = self.filter(Q(owner=a, other=b) | Q(owner=b, other=a)).delete()
        return removed


class Contact(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contacts")
    other = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    since = models.DateTimeField(_("contact since"), auto_now_add=True)

    objects = ContactQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        constraints = [
            models.UniqueConstraint(fields=["owner", "other"], name="contacts_contact_once"),
            models.CheckConstraint(condition=~Q(owner=F("other")), name="contacts_contact_not_oneself"),
        ]

    def __str__(self):
        return f"{self.owner} → {self.other}"


class BlockQuerySet(models.QuerySet):
    def block(self, blocker, blocked):
        """Block, end the contact and remove the pending requests between the two, all or nothing."""
        with transaction.atomic():
            self.get_or_create(blocker=blocker, blocked=blocked)
            Contact.objects.remove(blocker, blocked)
            ContactRequest.objects.pending().between(blocker, blocked).delete()


class Block(models.Model):
    blocker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks")
    blocked = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocked_by")
    created_at = models.DateTimeField(_("blocked"), auto_now_add=True)

    objects = BlockQuerySet.as_manager()

    class Meta:
        verbose_name = _("block")
        verbose_name_plural = _("blocks")
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="contacts_block_once"),
            models.CheckConstraint(condition=~Q(blocker=F("blocked")), name="contacts_block_not_oneself"),
        ]
        indexes = [models.Index(fields=["blocked", "blocker"], name="contacts_blocked_by")]

    def __str__(self):
        return f"{self.blocker} ⊘ {self.blocked}"
