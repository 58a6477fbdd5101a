"""The header's counts for a teacher, in one query for the page: unread notifications (the bell) and
conversations with unread messages (the account menu).

    {% load header_counts %}{% header_counts as counts %}{{ counts.notifications }} {{ counts.conversations }}
"""

from types import SimpleNamespace

from django import template
from django.db.models import Count, IntegerField, Subquery, Value
from django.db.models.functions import Coalesce

from accounts.models import User
from messaging.models import Conversation
from notifications.models import Notification

register = template.Library()

NONE = SimpleNamespace(notifications=0, conversations=0)


def count_of(queryset):
    """COUNT(*) of `queryset` as a subquery (0 when it has no rows)."""
    counted = queryset.order_by().annotate(one=Value(1)).values("one").annotate(total=Count("*")).values("total")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


@register.simple_tag(takes_context=True)
def header_counts(context):
    """None for visitors, pupils and editors (no query); conversations only for validated teachers,
    who alone read messages. Both counts read partial or leading indexes (notifications_unread,
    messaging_inbox_*)."""
    user = getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated or not user.is_teacher:
        return NONE
    conversations = count_of(Conversation.objects.unread_for(user)) if user.is_validated_teacher else Value(0)
    # Not named after the counts: the user model has a relation called `notifications`.
    counts = User.objects.filter(pk=user.pk).values_list(
        count_of(Notification.objects.filter(recipient=user).unread()), conversations
    )
    notifications, conversations = counts.first() or (0, 0)
    return SimpleNamespace(notifications=notifications, conversations=conversations)
