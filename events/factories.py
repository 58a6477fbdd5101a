from datetime import timedelta

import factory
from django.utils import timezone

from core.factories import PublishedPageFactory
from events.models import EventIndexPage, EventKind, EventPage


class EventIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"
    slug = "events"


class EventPageFactory(PublishedPageFactory):
    """An online seminar a week from now, lasting an hour; `start=`/`end=` move it, `organiser=` makes
    it a country's event."""

    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Online seminar {n}")
    introduction = "An hour on how to start a project."
    kind = EventKind.ONLINE_SEMINAR
    start = factory.LazyFunction(lambda: (timezone.now() + timedelta(days=7)).replace(microsecond=0))
    end = factory.LazyAttribute(lambda event: event.start + timedelta(hours=1))
