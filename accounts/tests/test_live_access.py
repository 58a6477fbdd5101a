"""Who may use Live (accounts.access), checked on the server: teachers only."""

import pytest

from accounts.factories import EditorFactory, PupilFactory, TeacherFactory

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_log_in_and_back(client):
    response = client.get("/en/live/")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/en/live/"


def test_a_pupil_with_a_session_is_refused(client):
    client.force_login(PupilFactory())
    response = client.get("/en/live/")
    assert response.status_code == 403
    assert b"Pupils work in their project" in response.content


def test_an_editor_who_is_not_a_teacher_is_refused(client):
    client.force_login(EditorFactory())
    assert client.get("/en/live/").status_code == 403


def test_a_teacher_waiting_for_validation_is_sent_to_their_validation_page(client, france):
    client.force_login(TeacherFactory(country=france, validation_status="waiting"))
    assert client.get("/en/live/")["Location"] == "/en/live/validation/"
