"""A teacher's conversations as personal data (privacy app).

The export holds the messages of the teacher's conversations, theirs and those written to them, as the
teacher sees them (not those of the other teacher that a moderator hid). On erasure the conversations
stay for the other teacher, who still reads them with the deleted teacher signed "Former member"
(accounts.User.display_name); a conversation whose other teacher has deleted their account too has
nobody left to read it, and goes."""

from django.utils.translation import gettext_lazy as _

from core.moderated import shown_to
from messaging.models import Conversation, Message

LABELS = {
    "conversations": _("Conversations"),
    "with": _("With"),
    "messages": _("Messages"),
    "from": _("From"),
    "sent": _("Sent"),
    "text": _("Message"),
}


def export(user):
    conversations = Conversation.objects.of(user).select_related("first", "second").order_by("started_at", "pk")
    messages = (
        Message.objects.filter(conversation__in=conversations)
        .filter(shown_to(user, "sender"))
        .order_by("created_at", "pk")
    )
    by_conversation = {}
    for message in messages:
        by_conversation.setdefault(message.conversation_id, []).append(message)
    return {
        "conversations": [
            {
                "with": conversation.other(user).display_name,
                "messages": [
                    message_facts(message, conversation) for message in by_conversation.get(conversation.pk, [])
                ],
            }
            for conversation in conversations
        ]
    }


def message_facts(message, conversation):
    sender = conversation.first if message.sender_id == conversation.first_id else conversation.second
    return {"from": sender.display_name, "sent": message.created_at, "text": message.body}


def erase(user):
    for conversation in Conversation.objects.of(user).select_related("first", "second"):
        if conversation.other(user).erased_at:
            conversation.delete()
