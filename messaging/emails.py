from django.utils.text import Truncator

from accounts.adapter import send_portal_mail
from contacts.emails import link_for

EXCERPT_LENGTH = 500


def send_new_message_mail(message, recipient):
    send_portal_mail(
        "messaging/email/new_message",
        recipient,
        {
            "sender_name": message.sender.display_name,
            "excerpt": Truncator(message.body).chars(EXCERPT_LENGTH),
            "conversation_url": link_for(recipient, "messaging:conversation", message.conversation_id),
        },
    )
