"""E-mails about contacts, and the absolute links e-mails carry, in the recipient's language."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from accounts.adapter import send_portal_mail


def link_for(user, view_name, *args):
    """The absolute URL of a view in `user`'s preferred language, for an e-mail to them."""
    with translation.override(user.language):
        return settings.BASE_URL + reverse(view_name, args=args)


def send_contact_request_mail(contact_request):
    recipient = contact_request.recipient
    send_portal_mail(
        "contacts/email/request",
        recipient,
        {
            "sender_name": contact_request.sender.display_name,
            "note": contact_request.note,
            "contacts_url": link_for(recipient, "contacts:list"),
        },
    )
