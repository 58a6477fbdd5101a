"""Notifications for the demo teachers, told of what the demo data made happen to them, as the portal
would have told them: their validation (read long ago), a contact request, a message, their seats and
places on waiting lists at online events, and the latest discussion in each of their groups. Idempotent:
a notice a teacher already has about the same thing is not made again. Called inside
`emails_suppressed`: none is e-mailed."""

from django.utils import timezone

from contacts.models import ContactRequest, RequestStatus
from contacts.notices import notify_contact_request
from groups.models import Thread
from groups.tasks import tell_of_thread
from messaging.models import Conversation, Message
from messaging.notices import notify_new_message
from notifications.models import Notification
from notifications.sending import notify
from online_events.models import Registration
from online_events.registration import tell
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
    demo_teachers = [teachers[username] for username in DEMO_TEACHERS if username in teachers]
    tell_of_registrations(demo_teachers)
    tell_of_latest_threads(demo_teachers)
    return Notification.objects.count() - before


def tell_of_registrations(demo_teachers):
    registrations = Registration.objects.filter(participant__in=demo_teachers).select_related("event", "participant")
    for registration in registrations:
        notice = "registered" if registration.has_seat else "waiting"
        if not has(registration.participant, f"online_events.{notice}", [registration.event_id]):
            tell(registration, notice)


def tell_of_latest_threads(demo_teachers):
    for teacher in demo_teachers:
        threads = Thread.objects.filter(group__memberships__user=teacher).exclude(author=teacher)
        for thread in latest_per_group(threads.select_related("group", "author").order_by("-created_at", "-pk")):
            if not has(teacher, "groups.new_thread", [thread.group_id, thread.pk]):
                tell_of_thread(teacher, thread)


def latest_per_group(threads):
    """The first thread of each group among `threads` (newest first)."""
    latest = {}
    for thread in threads:
        latest.setdefault(thread.group_id, thread)
    return latest.values()


def has(user, notice, url_args=None):
    """Whether `user` was told `notice` already (about the object of `url_args`, if given)."""
    told = Notification.objects.filter(recipient=user, notice=notice)
    return (told.filter(url_args=url_args) if url_args is not None else told).exists()
