"""A teacher's notifications and e-mail choices, for "download my data" and account deletion (privacy)."""

from django.utils.translation import gettext_lazy as _

from notifications.kinds import Kind
from notifications.models import EmailChoice, Notification, frequencies_of

LABELS = {
    "email_choices": _("Your choice of e-mails"),
    "notifications": _("Notifications"),
    "text": _("Notification"),
    "date": _("Date"),
    "read": _("Read"),
    **{kind.value: kind.label for kind in Kind},
}


def export(user):
    return {
        "email_choices": {kind.value: frequency.value for kind, frequency in frequencies_of(user).items()},
        "notifications": [
            {
                "text": notification.text,
                "date": notification.created_at,
                "read": notification.read_at,
            }
            for notification in Notification.objects.filter(recipient=user).order_by("created_at", "pk")
        ],
    }


def erase(user):
    Notification.objects.filter(recipient=user).delete()
    EmailChoice.objects.filter(user=user).delete()
