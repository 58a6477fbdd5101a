"""Dates and times in the reader's language, from the Unicode CLDR: its words, its order, its clock."""

from datetime import UTC, date, datetime

import pytest

from events.factories import EventPageFactory
from languages.codes import LANGUAGE_CODES
from languages.dates import cldr_locale, format_date, format_datetime, format_datetime_range
from tests.helpers import soup
from tests.world import world

DAY = date(2026, 12, 9)
FIVE_PM_UTC = datetime(2026, 12, 9, 17, 0, tzinfo=UTC)
HALF_PAST_SIX_UTC = datetime(2026, 12, 9, 18, 30, tzinfo=UTC)


def plain(text):
    """The text with the CLDR's narrow and no-break spaces as plain ones, as a reader sees them."""
    return text.replace("\u202f", " ").replace("\u2009", " ").replace("\xa0", " ")


@pytest.mark.parametrize(
    ("language_code", "written"),
    [
        ("bg", "9 декември 2026 г."),
        ("el", "9 Δεκεμβρίου 2026"),  # the genitive: "of December"
        ("en", "9 December 2026"),
        ("fr", "9 décembre 2026"),
        ("mt", "9 ta’ Diċembru 2026"),
        ("sr", "9. децембар 2026."),
        ("pl", "9 grudnia 2026"),
    ],
)
def test_a_date_is_written_as_the_language_writes_it(language_code, written):
    assert plain(format_date(DAY, language_code)) == written


@pytest.mark.parametrize(
    ("language_code", "time_zone", "written"),
    [
        ("bg", "Europe/Sofia", "9 декември 2026 г., 19:00"),
        ("de", "Europe/Berlin", "9. Dezember 2026, 18:00"),
        ("fr", "Europe/Paris", "9 décembre 2026, 18:00"),
        ("en", "Europe/London", "9 December 2026, 17:00"),
        ("el", "Europe/Athens", "9 Δεκεμβρίου 2026, 7:00 μ.μ."),  # Greek keeps the 12-hour clock
    ],
)
def test_a_datetime_is_written_in_the_time_zone_with_the_languages_clock(language_code, time_zone, written):
    assert plain(format_datetime(FIVE_PM_UTC, language_code, time_zone)) == written


@pytest.mark.parametrize("language_code", LANGUAGE_CODES)
def test_every_portal_language_has_its_own_cldr_locale(language_code):
    """No language falls back to English dates (Django knows neither Maltese nor Bokmål's formats)."""
    assert cldr_locale(language_code).language == language_code


def test_an_unknown_language_falls_back_to_its_base_language_then_english():
    assert plain(format_date(DAY, "pt-br")) == "9 de dezembro de 2026"
    assert format_date(DAY, "xx") == "9 December 2026"


def test_an_event_within_a_day_shows_its_date_once():
    written = plain(format_datetime_range(FIVE_PM_UTC, HALF_PAST_SIX_UTC, "en", "UTC"))
    assert written == "9 December 2026, 17:00 – 18:30"


def test_the_day_of_a_range_is_the_day_in_its_time_zone():
    late_evening_utc, after_midnight_utc = (
        datetime(2026, 12, 9, 23, 0, tzinfo=UTC),
        datetime(2026, 12, 10, 0, 30, tzinfo=UTC),
    )
    in_berlin = plain(format_datetime_range(late_evening_utc, after_midnight_utc, "de", "Europe/Berlin"))
    assert in_berlin == "10. Dezember 2026, 00:00 – 01:30"
    in_utc = plain(format_datetime_range(late_evening_utc, after_midnight_utc, "de", "UTC"))
    assert in_utc == "9. Dezember 2026, 23:00 – 10. Dezember 2026, 00:30"


def test_a_range_over_several_days_shows_both_dates():
    end = datetime(2026, 12, 11, 12, 0, tzinfo=UTC)
    assert plain(format_datetime_range(FIVE_PM_UTC, end, "nb", "Europe/Oslo")) == (
        "9. desember 2026, 18:00 – 11. desember 2026, 13:00"
    )


@pytest.mark.django_db
def test_an_event_page_in_bulgarian_shows_the_bulgarian_date(client):
    event = EventPageFactory(
        parent=world().events,
        start=datetime(2030, 12, 9, 15, 0, tzinfo=UTC),
        end=datetime(2030, 12, 9, 16, 30, tzinfo=UTC),
        time_zone="Europe/Sofia",
    )
    when = soup(client.get(f"/bg/events/{event.slug}/")).select_one(".event-time")
    assert "9 декември 2030 г., 17:00 – 18:30" in plain(when.get_text(" ", strip=True))
    assert [time["datetime"] for time in when.select("time")] == [
        "2030-12-09T15:00:00+00:00",
        "2030-12-09T16:30:00+00:00",
    ]
