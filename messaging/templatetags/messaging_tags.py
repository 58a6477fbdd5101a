"""The unread count for the header: {% load messaging_tags %}{% unread_conversation_count as unread %}."""

from django import template

from messaging.models import Conversation

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_conversation_count(context):
    """How many conversations have a message the user has not read: one COUNT, none for anyone who
    cannot read messages (visitors, pupils, editors, teachers not validated)."""
    user = getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated or not user.is_validated_teacher:
        return 0
    return Conversation.objects.unread_for(user).count()
