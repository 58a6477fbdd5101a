"""Notifications for tests and the demo.

NotificationFactory(recipient=teacher)                    # "Anna Rossi would like to be your contact."
NotificationFactory(recipient=teacher, read_at=now)       # already read
NotificationFactory(notice="messaging.new_message", params={"name": "Marco"})
"""

import factory

from accounts.factories import TeacherFactory
from notifications.models import Notification


class NotificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Notification

    recipient = factory.SubFactory(TeacherFactory)
    notice = "contacts.request"
    kind = factory.LazyAttribute(lambda notification: notification_kind(notification.notice))
    params = factory.LazyFunction(lambda: {"name": "Anna Rossi"})
    url_name = "contacts:list"


def notification_kind(notice):
    from core.registry import notices

    return notices()[notice].kind
