"""What messages tell teachers (notifications): a new message, once per conversation until it is read."""

from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from notifications.kinds import Kind, Notice
from notifications.sending import notify

EXCERPT_LENGTH = 500

NOTICES = {
    "new_message": Notice(
        Kind.MESSAGE,
        _("%(name)s sent you a message."),
        note=_(
            "Until you have read this conversation, you will not be notified again about it, "
            "however many messages arrive."
        ),
    ),
}


def notify_new_message(message, recipient):
    notify(
        recipient,
        "messaging.new_message",
        params={"name": message.sender.display_name},
        excerpt=Truncator(message.body).chars(EXCERPT_LENGTH),
        url_name="messaging:conversation",
        url_args=[message.conversation_id],
    )
