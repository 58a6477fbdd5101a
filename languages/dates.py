"""Dates and times as the reader's language writes them, from the Unicode CLDR (Babel).

Django's formats put "Дек. 9, 2026, 5 след обяд" on a Bulgarian page; the CLDR writes "9 декември
2026 г., 17:00": the 24-hour clock where the language uses it, month names in the case the language
uses in a date (Greek, Czech and Polish genitives), its own punctuation. Dates in running text and
lists use the CLDR's "long" date ("9 December 2026"); lists of messages, where space is short, its
"short" date and time ("09/12/2026, 17:00").
"""

import datetime
import zoneinfo
from functools import cache
from typing import NamedTuple

from babel import Locale, UnknownLocaleError
from babel import dates as cldr
from django.utils import timezone
from django.utils.translation import get_language, to_locale

from languages.codes import DEFAULT_LANGUAGE

# The portal writes British English, as the EU institutions do: "9 December 2026, 17:00", not
# "December 9, 2026, 5:00 PM" (the CLDR's "en" is American English).
CLDR_LOCALE_NAMES = {"en": "en_GB"}


@cache
def cldr_locale(language_code):
    """The CLDR locale of a portal language code ("sr" is Serbian in Cyrillic, as in the CLDR); for a
    code the CLDR does not know, that of its language without the region or script, else English."""
    for code in (language_code, language_code.split("-")[0]):
        try:
            return Locale.parse(CLDR_LOCALE_NAMES.get(code) or to_locale(code))
        except (UnknownLocaleError, ValueError):
            pass
    return cldr_locale(DEFAULT_LANGUAGE)


def reader_locale(language_code=None):
    return cldr_locale(language_code or get_language() or DEFAULT_LANGUAGE)


def local_moment(value, time_zone=None):
    """An aware datetime in `time_zone` (a zone name or a tzinfo), else in the current time zone."""
    if isinstance(time_zone, str):
        time_zone = zoneinfo.ZoneInfo(time_zone)
    return timezone.localtime(value, time_zone)


def format_date(value, language_code=None, time_zone=None):
    """ "9 декември 2026 г.": a date, or the day of a datetime in `time_zone` (else the current one)."""
    if isinstance(value, datetime.datetime):
        value = local_moment(value, time_zone).date()
    return cldr.format_date(value, "long", locale=reader_locale(language_code))


def written_time(moment, locale):
    return cldr.format_time(moment.time(), "short", locale=locale)


def written_date_and_time(moment, locale):
    """ "9 декември 2026 г., 17:00" for a local datetime: the long date, then the short time ("17:00", or
    "5:00 pm" where the language uses the 12-hour clock)."""
    # The CLDR's "medium" pattern joins the two with a comma or a space ("{1}, {0}"); some "long" ones
    # add a word ("{1} 'at' {0}") that would not fit every sentence the date is put in.
    pattern = cldr.get_datetime_format("medium", locale=locale).replace("'", "")
    return pattern.replace("{0}", written_time(moment, locale)).replace(
        "{1}", cldr.format_date(moment, "long", locale=locale)
    )


def format_datetime(value, language_code=None, time_zone=None):
    """ "9 декември 2026 г., 17:00", in `time_zone` (a zone name or a tzinfo), else the current one."""
    return written_date_and_time(local_moment(value, time_zone), reader_locale(language_code))


def format_short_datetime(value, language_code=None, time_zone=None):
    """ "09.12.26, 17:00": the CLDR's short date and time, for lists of messages."""
    return cldr.format_datetime(local_moment(value, time_zone), "short", locale=reader_locale(language_code))


class DateTimeRange(NamedTuple):
    """A range as the language writes it, in parts so that a page can mark up each end: the end of
    a range within one day is its time only ("9 December 2026, 17:00", "–", "18:30")."""

    start: str
    between: str
    end: str

    def __str__(self):
        return f"{self.start}{self.between}{self.end}"


def datetime_range(start, end, language_code=None, time_zone=None):
    """The range from `start` to `end` in `time_zone` (else the current one); a range within one day
    shows its date once."""
    locale = reader_locale(language_code)
    start, end = local_moment(start, time_zone), local_moment(end, time_zone)
    # The CLDR's pattern for a range, "{0} – {1}" (with the language's dash and spaces); in each of the
    # portal's languages there is nothing before "{0}" or after "{1}".
    between = locale.interval_formats[None].replace("{0}", "").replace("{1}", "")
    if end.date() == start.date():
        return DateTimeRange(written_date_and_time(start, locale), between, written_time(end, locale))
    # Languages that set their dash tight ("18:00–19:30") space it between ends of several words, as
    # their typographers do: "9. desember 2026, 18:00 – 11. desember 2026, 18:00".
    return DateTimeRange(
        written_date_and_time(start, locale), f" {between.strip()} ", written_date_and_time(end, locale)
    )


def format_datetime_range(start, end, language_code=None, time_zone=None):
    """ "9 December 2026, 17:00 – 18:30", or with both dates when the range spans several days."""
    return str(datetime_range(start, end, language_code, time_zone))
