""" "Download my data": a ZIP of the teacher's own data, as JSON and as a readable page, with their photo;
never anyone else's."""

import json
import zipfile
from io import BytesIO

import pytest
from django.urls import reverse
from django.utils import timezone

from live.models import Profile
from messaging.models import Message
from tests.helpers import translated

pytestmark = pytest.mark.django_db

DOWNLOAD = reverse("privacy:download")
APP_LABELS = {"accounts", "live", "contacts", "messaging", "forum", "validation", "privacy"}


def download(client, *args, **kwargs):
    response = client.post(DOWNLOAD, *args, **kwargs)
    assert response.status_code == 200
    return response, zipfile.ZipFile(BytesIO(response.content))


def data_of(archive):
    return json.loads(archive.read("data.json"))


def test_the_download_is_a_zip_named_with_the_date(claire_client, claires_world):
    response, archive = download(claire_client)
    assert response["Content-Type"] == "application/zip"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="twinning-data-{today}.zip"'
    assert "no-cache" in response["Cache-Control"]
    assert sorted(archive.namelist()) == ["data.html", "data.json", "files/live/photo.jpg"]


def test_the_json_holds_every_apps_data_under_its_label(claire_client, claires_world):
    data = data_of(download(claire_client)[1])
    assert set(data) >= APP_LABELS
    assert data["accounts"]["email"] == "claire@school.example"
    assert data["accounts"]["email_addresses"] == [
        {"email": "claire@school.example", "verified": True, "primary": True}
    ]
    assert data["live"]["presentation"] == "I teach <b>science</b> in Lyon."
    assert data["live"]["looking_for_partners"] is True
    assert sorted(data["live"]["languages"]) == ["English", "French"]
    assert [contact["teacher"] for contact in data["contacts"]["contacts"]] == ["Marco Bianchi"]
    assert data["contacts"]["requests_sent"][0]["note"] == "Shall we work together?"
    assert data["contacts"]["requests_received"][0]["note"] == "Hello Claire, may I be your contact?"
    assert len(data["contacts"]["blocked"]) == 1
    [conversation] = data["messaging"]["conversations"]
    assert conversation["with"] == "Marco Bianchi"
    assert [(message["from"], message["text"]) for message in conversation["messages"]] == [
        ("Claire Dubois", "Ciao Marco, our rivers project starts Monday."),
        ("Marco Bianchi", "Perfect, Claire! Our pupils are ready."),
    ]
    assert [post["title"] for post in data["forum"]["posts"]] == ["Rivers of Europe"]
    assert [(reply["post"], reply["text"]) for reply in data["forum"]["replies"]] == [("Marco's idea", "Count us in!")]
    assert data["validation"]["evidence"]["document"].startswith("staff-card")
    assert data["validation"]["decisions"][0]["reason"] == "Your first document was unreadable."
    assert data["privacy"] == {"inactivity_warning": None}


def test_dates_are_written_as_iso_8601(claire_client, claires_world):
    data = data_of(download(claire_client)[1])
    joined = data["accounts"]["date_joined"]
    assert joined.startswith(claires_world.date_joined.date().isoformat() + "T")


def test_the_photo_is_the_one_the_portal_keeps(claire_client, claires_world):
    archive = download(claire_client)[1]
    with Profile.objects.get(user=claires_world).photo.open("rb") as photo:
        assert archive.read("files/live/photo.jpg") == photo.read()
    assert data_of(archive)["live"]["photo"] == "photo.jpg"


def test_nothing_of_other_teachers_is_included(claire_client, claires_world, marco):
    archive = download(claire_client)[1]
    everything = archive.read("data.json").decode() + archive.read("data.html").decode()
    assert "Marco's own presentation" not in everything
    assert "marco@school.example" not in everything
    # Who blocked Claire is not announced to her.
    blocker = claires_world.blocked_by.get().blocker
    assert blocker.display_name not in everything


def test_an_id_in_the_request_changes_nothing(claire_client, claires_world, marco):
    archive = download(
        claire_client, {"user": marco.pk, "pk": marco.pk}, QUERY_STRING=f"user={marco.pk}&pk={marco.pk}"
    )[1]
    assert data_of(archive)["accounts"]["username"] == "claire"


def test_the_readable_page_stands_alone_and_escapes_what_teachers_wrote(claire_client, claires_world):
    html = download(claire_client)[1].read("data.html").decode()
    assert html.startswith("<!DOCTYPE html>")
    assert "I teach &lt;b&gt;science&lt;/b&gt; in Lyon." in html
    assert "<b>science</b>" not in html
    assert "<script" not in html and "<link" not in html and "src=" not in html
    assert "Claire Dubois" in html and "Rivers of Europe" in html and "staff-card" in html


def test_the_readable_page_is_in_the_teachers_language(client, claires_world):
    claires_world.language = "fr"
    claires_world.save(update_fields=["language"])
    client.force_login(claires_world)
    html = download(client)[1].read("data.html").decode()
    assert '<html lang="fr"' in html
    assert f"<dd>{translated('Yes', 'fr')}</dd>" in html


def test_a_teacher_with_nothing_yet_downloads_an_archive_all_the_same(client, marco):
    Profile.objects.filter(user=marco).delete()
    client.force_login(marco)
    archive = download(client)[1]
    assert sorted(archive.namelist()) == ["data.html", "data.json"]
    data = data_of(archive)
    assert data["live"] == {} and data["messaging"] == {"conversations": []}


def test_messages_a_moderator_hid_from_the_teacher_are_left_out(claire_client, claires_world):
    Message.objects.get(body="Perfect, Claire! Our pupils are ready.").hide("Spam")
    Message.objects.get(body="Ciao Marco, our rivers project starts Monday.").hide("Off topic")
    [conversation] = data_of(download(claire_client)[1])["messaging"]["conversations"]
    assert [message["text"] for message in conversation["messages"]] == [
        "Ciao Marco, our rivers project starts Monday."
    ]
