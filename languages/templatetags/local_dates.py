"""Dates and times in the reader's language, from the Unicode CLDR (languages.dates), instead of
Django's `date` filter and its formats: `{{ post.created_at|local_date }}`, `|local_datetime`,
`|local_short_datetime`, and `{% event_times event as times %}` for an event's start and end."""

from django import template

from languages import dates

register = template.Library()


@register.filter
def local_date(value):
    """ "9 December 2026" (a date, or the day of a datetime in the current time zone)."""
    return dates.format_date(value) if value else ""


@register.filter
def local_datetime(value):
    """ "9 December 2026, 17:00", in the current time zone."""
    return dates.format_datetime(value) if value else ""


@register.filter
def local_short_datetime(value):
    """ "09/12/2026, 17:00", for lists of messages."""
    return dates.format_short_datetime(value) if value else ""


@register.simple_tag
def event_times(event):
    """The event's start and end in its own time zone, as parts (start, between, end) that the page
    marks up; an event within one day ends with its time only."""
    return dates.datetime_range(event.start, event.end, time_zone=event.time_zone)
