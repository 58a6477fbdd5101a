"""Uploads: checked by content and size, and only into the team's own collection."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def png_bytes(size=(40, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "teal").save(buffer, "PNG")
    return buffer.getvalue()


def france():
    return Collection.objects.get(name="France")


def upload_document(client, name, content, collection):
    return client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": collection.pk},
    )


def test_a_national_editor_uploads_a_document_into_their_collection(login):
    response = upload_document(login("nss-fr"), "programme.pdf", PDF, france())
    assert response.status_code == 302
    assert Document.objects.get(title="programme.pdf").collection == france()


def test_a_document_whose_content_does_not_match_its_name_is_refused(login):
    response = upload_document(login("admin"), "lesson.pdf", b"MZ\x90\x00 a Windows program", france())
    assert response.status_code == 200
    assert "does not match its extension (.pdf)" in response.content.decode()
    assert 'value="lesson.pdf"' in response.content.decode(), "the title typed is kept"
    assert not Document.objects.filter(title="lesson.pdf").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.txt", "Plain text, accents: é ü ł".encode()),
        ("marks.csv", b"name,mark\nAnna,5\n"),
        ("excel-export.csv", "nom;note\nRené;5\n".encode("cp1252")),
        ("plan.pdf", PDF),
    ],
)
def test_documents_that_are_what_they_say_are_accepted(login, name, content):
    assert upload_document(login("admin"), name, content, france()).status_code == 302


@pytest.mark.parametrize(("name", "content"), [("table.csv", PDF), ("notes.txt", b"\x00\x01binary")])
def test_binary_content_under_a_text_name_is_refused(login, name, content):
    response = upload_document(login("admin"), name, content, france())
    assert response.status_code == 200
    assert not Document.objects.filter(title=name).exists()


def test_a_document_over_the_size_limit_is_refused(login, settings):
    response = upload_document(login("admin"), "big.pdf", PDF + b"0" * settings.WAGTAILDOCS_MAX_UPLOAD_SIZE, france())
    assert response.status_code == 200
    assert "too big" in response.content.decode()
    assert not Document.objects.filter(title="big.pdf").exists()


def test_a_national_editor_cannot_upload_into_another_countrys_collection(login):
    """With one collection to add to, Wagtail does not even offer the choice: a crafted
    collection is ignored and the file lands in the team's own."""
    italy = Collection.objects.get(name="Italy")
    upload_document(login("nss-fr"), "intruder.pdf", PDF, italy)
    assert not Document.objects.filter(collection=italy).exists()
    assert Document.objects.get(title="intruder.pdf").collection == france()


def test_an_image_whose_content_does_not_match_its_name_is_refused(login):
    response = login("nss-fr").post(
        "/admin/images/add/",
        {"title": "photo", "file": SimpleUploadedFile("photo.jpg", b"not an image"), "collection": france().pk},
    )
    assert response.status_code == 200
    assert not Image.objects.filter(title="photo").exists()
    assert "photo" in response.content.decode()


def test_a_national_editor_uploads_an_image_into_their_collection(login):
    response = login("nss-fr").post(
        "/admin/images/add/",
        {"title": "classe", "file": SimpleUploadedFile("classe.png", png_bytes()), "collection": france().pk},
    )
    assert response.status_code == 302
    assert Image.objects.get(title="classe").collection == france()


def test_an_image_over_the_size_limit_is_refused(login, settings):
    huge = png_bytes() + b"\0" * settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    response = login("admin").post(
        "/admin/images/add/",
        {"title": "huge", "file": SimpleUploadedFile("huge.png", huge), "collection": france().pk},
    )
    assert response.status_code == 200
    assert "too big" in response.content.decode()
    assert not Image.objects.filter(title="huge").exists()
