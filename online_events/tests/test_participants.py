"""The organiser's list of participants and its CSV export."""

import csv
import datetime
import io

import pytest

from live.tests.helpers import teacher
from online_events.factories import OnlineEventFactory, RegistrationFactory
from online_events.models import Status
from online_events.tests.utils import url
from schools.factories import SchoolFactory

pytestmark = pytest.mark.django_db


def rows(response):
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_the_organiser_sees_registered_teachers_then_the_waiting_list(organiser_client, organiser):
    event = OnlineEventFactory(organiser=organiser, capacity=1)
    school = SchoolFactory(name="Lycée Ampère", town="Lyon")
    RegistrationFactory(event=event, status=Status.WAITING, participant=teacher(first_name="Zoé", last_name="Waits"))
    RegistrationFactory(event=event, participant=teacher(first_name="Anne", last_name="Seat", school=school))

    html = organiser_client.get(url("participants", event)).content.decode()

    assert html.index("Anne Seat") < html.index("Zoé Waits")
    assert "Lycée Ampère, Lyon" in html
    assert "On the waiting list" in html
    assert "Full: new registrations join the waiting list" in html


def test_the_csv_has_a_header_and_one_row_per_participant(organiser_client, organiser):
    event = OnlineEventFactory(organiser=organiser)
    school = SchoolFactory(name="Istituto Galilei", town="Firenze")
    participant = teacher("IT", first_name="Giulia", last_name="Rossi", school=school)
    RegistrationFactory(
        event=event, participant=participant, registered_at=datetime.datetime(2030, 2, 1, 9, 5, tzinfo=datetime.UTC)
    )

    response = organiser_client.get(url("participants_csv", event))

    assert f'filename="participants-{event.pk}.csv"' in response["Content-Disposition"]
    assert rows(response) == [
        ["Name", "Country", "School", "Town", "Registered", "Status"],
        ["Giulia Rossi", "Italy", "Istituto Galilei", "Firenze", "2030-02-01 09:05 UTC", "Registered"],
    ]


@pytest.mark.parametrize("typed", ['=HYPERLINK("http://evil.example")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"])
def test_cells_that_a_spreadsheet_would_run_as_formulas_are_made_text(organiser_client, organiser, typed):
    event = OnlineEventFactory(organiser=organiser)
    school = SchoolFactory(name=typed, town=typed)
    RegistrationFactory(event=event, participant=teacher(first_name=typed, last_name="", school=school))

    [_header, row] = rows(organiser_client.get(url("participants_csv", event)))

    assert row[0] == "'" + typed.strip()  # the full name, stripped of spaces
    assert row[2] == "'" + typed
    assert row[3] == "'" + typed
