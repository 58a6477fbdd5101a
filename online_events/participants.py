"""The organiser's list of participants as a CSV file, for a spreadsheet.

Names, schools and towns are typed by teachers, and a spreadsheet runs a cell that starts with = + - @
(or a tab or carriage return before one) as a formula: such a cell gets a leading apostrophe, which
spreadsheets show as text (OWASP, "CSV injection")."""

import csv
import datetime
import io

from django.utils.translation import gettext as _

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def participant_row(registration):
    participant = registration.participant
    school = participant.school
    return [
        participant.display_name,
        participant.country.name if participant.country else "",
        school.name if school else "",
        school.town if school else "",
        registration.registered_at.astimezone(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        registration.get_status_display(),
    ]


def participants_csv(registrations):
    """The CSV text: a header row, then one row per registration. It starts with a byte order mark,
    without which Excel reads UTF-8 as the computer's old code page and garbles accented names."""
    output = io.StringIO()
    output.write("\ufeff")
    writer = csv.writer(output)
    writer.writerow([_("Name"), _("Country"), _("School"), _("Town"), _("Registered"), _("Status")])
    for registration in registrations:
        writer.writerow([safe_cell(value) for value in participant_row(registration)])
    return output.getvalue()
