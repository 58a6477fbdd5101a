"""What contacts tell teachers (notifications): a request to become contacts, and its acceptance."""

from django.utils.translation import gettext_lazy as _

from notifications.kinds import Kind, Notice
from notifications.sending import notify

NOTICES = {
    "request": Notice(
        Kind.CONTACT_REQUEST,
        _("%(name)s would like to be your contact."),
        note=_(
            "Contacts can write to each other and find a project together. "
            "Accept or decline the request in your list of contacts."
        ),
    ),
    "accepted": Notice(
        Kind.CONTACT_REQUEST, _("%(name)s accepted your contact request: you can now write to each other.")
    ),
}


def notify_contact_request(contact_request):
    notify(
        contact_request.recipient,
        "contacts.request",
        params={"name": contact_request.sender.display_name},
        excerpt=contact_request.note,
        url_name="contacts:list",
    )


def notify_acceptance(contact_request):
    notify(
        contact_request.sender,
        "contacts.accepted",
        params={"name": contact_request.recipient.display_name},
        url_name="messaging:conversation_with",
        url_args=[contact_request.recipient_id],
    )
