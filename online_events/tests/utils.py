import datetime

from django.core import mail
from django.urls import reverse

from notifications.models import Notification


def url(name, event=None):
    return reverse(f"online_events:{name}", args=[event.pk] if event else [])


def hours(count):
    return datetime.timedelta(hours=count)


def notices_of(user):
    """The notices `user` was notified of, oldest first."""
    return list(Notification.objects.filter(recipient=user).order_by("pk").values_list("notice", flat=True))


def emails_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def calendar_attachment(message):
    """The .ics an e-mail carries, as text (None if it has none)."""
    for name, content, mimetype in message.attachments:
        if name.endswith(".ics"):
            assert mimetype == "text/calendar"
            return content.decode() if isinstance(content, bytes) else content
    return None
