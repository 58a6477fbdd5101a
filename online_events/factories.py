"""Online events and registrations for tests and the demo.

OnlineEventFactory()                               # in a week, for an hour, 20 seats, in English
OnlineEventFactory(capacity=1, starts_in=datetime.timedelta(hours=3))
RegistrationFactory(event=event)                   # a seat for a new validated teacher
RegistrationFactory(event=event, status=Status.WAITING)
"""

import datetime

import factory
from django.utils import timezone

from accounts.factories import TeacherFactory
from online_events.models import EventKind, OnlineEvent, Registration, Status


class OnlineEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OnlineEvent

    class Params:
        starts_in = datetime.timedelta(days=7)
        lasts = datetime.timedelta(hours=1)

    organiser = factory.SubFactory(TeacherFactory)
    title = factory.Sequence(lambda n: f"Online seminar number {n}")
    description = "How to start a project with a partner school: the first steps, with examples."
    language = "en"
    kind = EventKind.SEMINAR
    start = factory.LazyAttribute(lambda event: timezone.now().replace(second=0, microsecond=0) + event.starts_in)
    end = factory.LazyAttribute(lambda event: event.start + event.lasts)
    time_zone = "Europe/Paris"
    capacity = 20
    registration_deadline = factory.LazyAttribute(lambda event: event.start)
    room_url = factory.Sequence(lambda n: f"https://meet.example.org/room-{n}")


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(OnlineEventFactory)
    participant = factory.SubFactory(TeacherFactory)
    status = Status.REGISTERED
