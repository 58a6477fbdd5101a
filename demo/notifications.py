"""Notifications for the demo teachers, told of what the demo data made happen to them (their
validation, a contact request, a message), as the portal would have told them; read or not. Groups and
online events notify their demo members themselves (demo.groups, demo.online_events). Idempotent: a
notice a teacher already has is not made again."""

from django.utils import timezone

from contacts.models import ContactRequest, RequestStatus
from contacts.notices import notify_contact_request
from messaging.models import Conversation, Message
from messaging.notices import notify_new_message
from notifications.models import Notification
from notifications.sending import notify
from validation.notices import DESTINATION

# The demo teachers one logs in as (demo.accounts); the generated ones get none.
DEMO_TEACHERS = ("teacher-fr", "teacher-it", "teacher-pl")


def load_notifications(teachers):
    """`teachers`: {username: user} of the validated teachers. The number of notifications made."""
    before = Notification.objects.count()
    for username in DEMO_TEACHERS:
        teacher = teachers.get(username)
        if teacher and not has(teacher, "validation.validated"):
            welcome = notify(
                teacher,
                "validation.validated",
                params={"country": teacher.country.name_in(teacher.language)},
                url_name=DESTINATION["validated"],
            )
            Notification.objects.filter(pk=welcome.pk).update(read_at=timezone.now())  # long since read
    for contact_request in ContactRequest.objects.filter(status=RequestStatus.PENDING).select_related("sender"):
        if not has(contact_request.recipient, "contacts.request"):
            notify_contact_request(contact_request)
    for conversation in Conversation.objects.filter(last_message_at__isnull=False):
        last = Message.objects.filter(conversation=conversation).select_related("sender").latest("created_at")
        recipient = conversation.other(last.sender)
        if not has(recipient, "messaging.new_message"):
            notify_new_message(last, recipient)
    return Notification.objects.count() - before


def has(user, notice):
    return Notification.objects.filter(recipient=user, notice=notice).exists()
