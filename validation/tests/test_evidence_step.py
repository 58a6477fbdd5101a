"""The evidence step: a statement and an optional document (PDF, JPEG or PNG by content, 10 MB at most,
kept in private storage), sent for validation; a rejected teacher sends it again."""

import pytest
from django.core.files.storage import default_storage, storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from accounts.models import ValidationStatus
from schools.factories import SchoolFactory
from tests.helpers import soup
from validation.factories import PDF_BYTES, PNG_BYTES, DecisionFactory, EvidenceFactory, WaitingTeacherFactory
from validation.models import Evidence

pytestmark = pytest.mark.django_db

EVIDENCE = "/en/live/validation/evidence/"
STATEMENT = "I teach physics to pupils aged 12 to 15."
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 32


def upload(name, content, content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def notices(response):
    return " ".join(notice.text for notice in soup(response).select(".notice, .errorlist"))


@pytest.fixture
def teacher(new_teacher, france):
    """A new teacher who has chosen their school."""
    new_teacher.school = SchoolFactory(country=france)
    new_teacher.save()
    return new_teacher


def test_the_evidence_waits_for_a_school(login, new_teacher):
    response = login(new_teacher).get(EVIDENCE)
    assert response["Location"] == "/en/live/validation/school/"


def test_sending_a_statement_puts_the_teacher_in_the_queue(login, teacher):
    client = login(teacher)
    response = client.post(EVIDENCE, {"statement": STATEMENT})
    assert response["Location"] == "/en/live/validation/"
    evidence = Evidence.objects.get(teacher=teacher)
    assert evidence.statement == STATEMENT
    assert evidence.is_sent
    assert "You sent your request on" in soup(client.get("/en/live/validation/")).text


def test_the_document_is_kept_in_private_storage_under_the_name_of_what_it_is(login, teacher):
    jpeg_named_pdf = upload("My staff card (2024).pdf", JPEG_BYTES)
    login(teacher).post(EVIDENCE, {"statement": STATEMENT, "document": jpeg_named_pdf})
    document = Evidence.objects.get(teacher=teacher).document
    assert document.name == f"evidence/{teacher.pk}/My_staff_card_2024.jpg"
    assert storages["private"].exists(document.name)
    assert not default_storage.exists(document.name), "never under MEDIA_URL"


def test_a_document_alone_is_enough(login, teacher):
    login(teacher).post(EVIDENCE, {"statement": "", "document": upload("card.png", PNG_BYTES, "image/png")})
    assert Evidence.objects.get(teacher=teacher).is_sent


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (upload("card.pdf", b"MZ\x90\x00 a program, not a PDF"), "not a PDF, JPEG or PNG"),
        (upload("card.pdf", b"Just some text"), "not a PDF, JPEG or PNG"),
        (upload("card.gif", b"GIF89a" + b"\x00" * 20, "image/gif"), "not a PDF, JPEG or PNG"),
        (upload("card.pdf", PDF_BYTES + b"\x00" * (40 * 1024 * 1024)), "at most 10"),
    ],
)
def test_a_bad_document_gets_a_message_keeps_the_statement_and_saves_nothing(login, teacher, document, message):
    response = login(teacher).post(EVIDENCE, {"statement": STATEMENT, "document": document})
    assert response.status_code == 200
    assert message in notices(response)
    assert soup(response).select_one("textarea[name=statement]").text.strip() == STATEMENT
    assert "choose it again" in soup(response).text
    assert not Evidence.objects.filter(teacher=teacher).exists()
    teacher.refresh_from_db()
    assert teacher.validation_status == ValidationStatus.WAITING


def test_empty_evidence_is_refused(login, teacher):
    response = login(teacher).post(EVIDENCE, {"statement": "   "})
    assert "or attach a document" in notices(response)
    assert not Evidence.objects.filter(teacher=teacher).exists()


def test_a_new_document_replaces_the_old_one(login, django_capture_on_commit_callbacks):
    evidence = EvidenceFactory(with_document=True)
    old = evidence.document.name
    with django_capture_on_commit_callbacks(execute=True):
        login(evidence.teacher).post(EVIDENCE, {"statement": STATEMENT, "document": upload("letter.pdf", PDF_BYTES)})
    evidence.refresh_from_db()
    assert evidence.document_name == "letter.pdf"
    assert not storages["private"].exists(old)


def test_the_document_can_be_removed(login, django_capture_on_commit_callbacks):
    evidence = EvidenceFactory(with_document=True)
    old = evidence.document.name
    with django_capture_on_commit_callbacks(execute=True):
        login(evidence.teacher).post(EVIDENCE, {"statement": STATEMENT, "remove_document": "on"})
    evidence.refresh_from_db()
    assert not evidence.document
    assert not storages["private"].exists(old)


def test_a_teacher_in_the_queue_keeps_their_place_when_changing_their_evidence(login):
    sent = timezone.now() - timezone.timedelta(days=3)
    evidence = EvidenceFactory(submitted_at=sent)
    response = login(evidence.teacher).post(EVIDENCE, {"statement": "Also the school's drama club."}, follow=True)
    assert "Your place in the queue is kept" in notices(response)
    evidence.refresh_from_db()
    assert (evidence.statement, evidence.submitted_at) == ("Also the school's drama club.", sent)


def test_a_rejected_teacher_sends_their_evidence_again(login):
    evidence = EvidenceFactory(
        teacher__validation_status=ValidationStatus.REJECTED, submitted_at=timezone.now() - timezone.timedelta(days=9)
    )
    DecisionFactory(teacher=evidence.teacher, reason="Please add your staff card.")
    client = login(evidence.teacher)
    assert "Please add your staff card." in soup(client.get(EVIDENCE)).select_one(".validation__rejection").text
    client.post(EVIDENCE, {"statement": STATEMENT, "document": upload("card.pdf", PDF_BYTES)})
    evidence.teacher.refresh_from_db()
    evidence.refresh_from_db()
    assert evidence.teacher.validation_status == ValidationStatus.WAITING
    assert timezone.now() - evidence.submitted_at < timezone.timedelta(minutes=1), "in the queue again, from now"


def test_validated_teachers_have_no_evidence_to_send(login):
    evidence = EvidenceFactory(teacher__validation_status=ValidationStatus.VALIDATED)
    response = login(evidence.teacher).post(EVIDENCE, {"statement": "changed"})
    assert response["Location"] == "/en/live/validation/"
    evidence.refresh_from_db()
    assert evidence.statement != "changed"


def test_the_evidence_page_needs_few_queries(login, assert_few_queries):
    teacher = WaitingTeacherFactory()
    EvidenceFactory(teacher=teacher, with_document=True)
    DecisionFactory(teacher=teacher)
    assert_few_queries(login(teacher), EVIDENCE, most=9)
