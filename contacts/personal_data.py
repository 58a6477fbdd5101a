"""A teacher's contacts, contact requests and blocks as personal data (privacy app).

The export names the other teachers (as the teacher sees them in Live) and leaves out the blocks others
made: a block is never announced to the teacher who is blocked. On erasure all of it goes, both ways, so
that nobody keeps a deleted account among their contacts, requests or blocks."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from contacts.models import Block, Contact, ContactRequest

LABELS = {
    "contacts": _("Contacts"),
    "requests_sent": _("Contact requests you sent"),
    "requests_received": _("Contact requests you received"),
    "blocked": _("Teachers you blocked"),
    "teacher": _("Teacher"),
    "since": _("Since"),
    "note": _("Note"),
    "status": _("Status"),
    "sent": _("Sent"),
    "answered": _("Answered"),
}


def export(user):
    sent = ContactRequest.objects.filter(sender=user).select_related("recipient")
    received = ContactRequest.objects.filter(recipient=user).select_related("sender")
    return {
        "contacts": [
            {"teacher": contact.other.display_name, "since": contact.since}
            for contact in Contact.objects.filter(owner=user).select_related("other").order_by("since", "pk")
        ],
        "requests_sent": [request_facts(request, request.recipient) for request in sent],
        "requests_received": [request_facts(request, request.sender) for request in received],
        "blocked": [
            {"teacher": block.blocked.display_name, "since": block.created_at}
            for block in Block.objects.filter(blocker=user).select_related("blocked").order_by("created_at", "pk")
        ],
    }


def request_facts(request, other):
    return {
        "teacher": other.display_name,
        "note": request.note,
        "status": request.get_status_display(),
        "sent": request.created_at,
        "answered": request.answered_at,
    }


def erase(user):
    Contact.objects.filter(Q(owner=user) | Q(other=user)).delete()
    ContactRequest.objects.filter(Q(sender=user) | Q(recipient=user)).delete()
    Block.objects.filter(Q(blocker=user) | Q(blocked=user)).delete()
