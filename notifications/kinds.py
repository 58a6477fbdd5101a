"""What a teacher can be notified of, and how they choose to hear about it.

A *kind* is what the preferences list: a teacher chooses, per kind, e-mails at once, a daily digest or
none (`Frequency`); the portal's list of notifications shows every kind whatever the choice.

A *notice* is one sentence a notification can say ("Anna invited you to the group “Climate”"), with the
kind it belongs to. Each app declares its notices in a dict on its config (`notices`, the dotted path of
a {name: Notice} dict; core.registry.notices), and a notification stores the notice's key
("groups.invited") and the values that fill it in, so that the sentence is translated when it is read,
in the reader's language, not when it is made."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    CONTACT_REQUEST = "contact_request", _("Contact requests")
    MESSAGE = "message", _("Messages")
    VALIDATION = "validation", _("Validation of your account")
    GROUP_INVITATION = "group_invitation", _("Group invitations and requests to join")
    GROUP_THREAD = "group_thread", _("New discussions in your groups")
    EVENT_REMINDER = "event_reminder", _("Event registrations and reminders")
    EVENT_CHANGE = "event_change", _("Changes to events you registered for")
    MODERATION = "moderation", _("Reports and moderation")


class Frequency(models.TextChoices):
    IMMEDIATELY = "immediately", _("An e-mail at once")
    DAILY = "daily", _("One e-mail a day, with the others")
    NEVER = "never", _("No e-mail (only on the portal)")


# What a teacher gets before choosing: at once for what waits on them or is about their account, a
# digest for what is only news.
DEFAULT_FREQUENCY = {
    Kind.CONTACT_REQUEST: Frequency.IMMEDIATELY,
    Kind.MESSAGE: Frequency.IMMEDIATELY,
    Kind.VALIDATION: Frequency.IMMEDIATELY,
    Kind.GROUP_INVITATION: Frequency.IMMEDIATELY,
    Kind.GROUP_THREAD: Frequency.DAILY,
    Kind.EVENT_REMINDER: Frequency.IMMEDIATELY,
    Kind.EVENT_CHANGE: Frequency.IMMEDIATELY,
    Kind.MODERATION: Frequency.IMMEDIATELY,
}


@dataclass(frozen=True)
class Notice:
    """A sentence with `%(name)s` placeholders, filled in from the notification's `params` (plain
    text: templates escape it), and the kind it belongs to.

    Optional: `note`, a sentence its e-mail adds below the link; `attachments`, a function of the
    notification giving the (file name, content, MIME type) its e-mail carries (an event's .ics)."""

    kind: Kind
    text: Promise
    note: Promise | None = None
    attachments: Callable | None = None
