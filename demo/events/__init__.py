"""Demo events: eight events in English, dated relative to the day the demo is loaded so that the
upcoming list is never empty on a fresh installation."""

from datetime import UTC, datetime, time, timedelta

from django.utils import timezone

from countries.models import Country
from demo.events.content import EVENTS
from demo.pages import ensure_child, paragraphs_html
from events.factories import EventPageFactory
from events.models import EventPage


def start_of(spec, today):
    hours, minutes = (int(part) for part in spec["start_time"].split(":"))
    day = today + timedelta(days=spec["start_in_days"])
    return datetime.combine(day, time(hours, minutes), tzinfo=UTC)


def load_events(index):
    existing = set(EventPage.objects.child_of(index).values_list("slug", flat=True))
    countries = {country.iso2.lower(): country for country in Country.objects.all()}
    today = timezone.now().date()
    created = False
    for spec in EVENTS:
        if spec["slug"] in existing:
            continue
        start = start_of(spec, today)
        ensure_child(
            index,
            EventPageFactory,
            title=spec["title"],
            slug=spec["slug"],
            introduction=spec["introduction"],
            body=[{"type": "paragraph", "value": paragraphs_html(spec["body"])}],
            kind=spec["kind"],
            format=spec["format"],
            start=start,
            end=start + timedelta(minutes=spec["duration_minutes"]),
            time_zone=spec["time_zone"],
            location=spec["location"],
            organiser=countries.get(spec["organiser"]) if spec["organiser"] else None,
            registration_url=spec["registration_url"],
        )
        created = True
    return created
