"""The validation queue in the admin, over HTTP: each support service sees and decides on its own
country's teachers only (nss-it never reaches a French teacher), those without the permission get
nothing, the teacher learns the decision by e-mail and on their page, and their school is validated with
its first teacher."""

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from accounts.factories import TeacherFactory
from accounts.models import User, ValidationStatus
from notifications.models import EmailStatus, Notification
from schools.factories import SchoolFactory
from tests.helpers import soup, translated
from validation.factories import DecisionFactory, EvidenceFactory, WaitingTeacherFactory
from validation.models import Decision, Outcome

pytestmark = pytest.mark.django_db

QUEUE = "/admin/validation/"


def request_url(teacher):
    return f"/admin/validation/teacher/{teacher.pk}/"


def document_url(teacher):
    return f"/admin/validation/teacher/{teacher.pk}/document/"


def in_queue(country, days_ago=0, **teacher):
    """A teacher of `country` whose evidence (with a document) was sent `days_ago` days ago."""
    sent = timezone.now() - timezone.timedelta(days=days_ago)
    return EvidenceFactory(
        teacher__country=country, teacher__language="fr", submitted_at=sent, with_document=True, **teacher
    ).teacher


@pytest.fixture
def french_teacher(france):
    return in_queue(france, teacher__first_name="Claire", teacher__last_name="Dubois")


@pytest.fixture
def italian_teacher(italy):
    return in_queue(italy, teacher__first_name="Marco", teacher__last_name="Rossi")


def queue_rows(response):
    rows = soup(response).select("table.listing tbody tr")
    return [row.select_one("td").text.strip() for row in rows if not row.select_one("td[colspan]")]


def messages_of(response):
    return " ".join(message.text.strip() for message in soup(response).select(".messages li, .help-critical"))


# Who sees what


def test_nss_fr_sees_the_french_teachers_waiting_the_oldest_first(login, france, french_teacher, italian_teacher):
    in_queue(france, days_ago=5, teacher__first_name="Paul", teacher__last_name="Petit")
    WaitingTeacherFactory(country=france, first_name="Not", last_name="Sent")  # no evidence sent yet
    response = login("nss-fr").get(QUEUE)
    assert queue_rows(response) == ["Paul Petit", "Claire Dubois"]
    row = soup(response).select("table.listing tbody tr")[1].text
    assert french_teacher.email in row and "France" in row and str(french_teacher.school) in row
    assert "new school" not in row, "the factory's school was not made by the teacher"


def test_the_queue_tells_a_new_school_from_an_existing_one(login, france):
    teacher = in_queue(france)
    teacher.school.created_by = teacher
    teacher.school.save()
    row = soup(login("nss-fr").get(QUEUE)).select_one("table.listing tbody tr").text
    assert "new school" in row and "school not validated yet" in row


def test_the_central_team_sees_every_country_and_filters_by_one(login, french_teacher, italian_teacher):
    client = login("admin")
    assert set(queue_rows(client.get(QUEUE))) == {"Claire Dubois", "Marco Rossi"}
    assert queue_rows(client.get(QUEUE, {"country": "IT"})) == ["Marco Rossi"]
    response = client.get(QUEUE, {"country": "XX<script>"})
    assert "There is no country" in messages_of(response)
    assert set(queue_rows(response)) == {"Claire Dubois", "Marco Rossi"}


def test_the_queue_is_paginated(login, france):
    for days in range(26):
        in_queue(france, days_ago=days)
    client = login("nss-fr")
    assert len(queue_rows(client.get(QUEUE))) == 25
    assert len(queue_rows(client.get(QUEUE, {"page": "2"}))) == 1
    assert client.get(QUEUE, {"page": "²"}).status_code == 200


def test_nss_it_cannot_see_open_act_on_or_download_a_french_teacher(login, french_teacher, italian_teacher):
    client = login("nss-it")
    assert queue_rows(client.get(QUEUE)) == ["Marco Rossi"]
    assert client.get(request_url(french_teacher)).status_code == 404
    assert client.get(document_url(french_teacher)).status_code == 404
    assert client.post(request_url(french_teacher), {"outcome": "validated"}).status_code == 404
    assert client.get(QUEUE, {"country": "FR"}).status_code == 200
    french_teacher.refresh_from_db()
    assert french_teacher.validation_status == ValidationStatus.WAITING
    assert not Decision.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("username", ["translator-de", None])
def test_without_the_permission_every_validation_address_is_refused(client, login, username, french_teacher):
    if username:
        client = login(username)
    for url in (QUEUE, request_url(french_teacher), document_url(french_teacher)):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response["Location"].startswith("/admin/login/")
    assert client.post(request_url(french_teacher), {"outcome": "validated"}).status_code in (302, 403)
    french_teacher.refresh_from_db()
    assert french_teacher.validation_status == ValidationStatus.WAITING


def test_the_menu_item_is_shown_to_those_who_validate_only(login):
    menu_item = '"label": "Teacher validation"'
    assert menu_item in login("nss-fr").get("/admin/").content.decode()
    assert menu_item not in login("translator-de").get("/admin/").content.decode()


@pytest.mark.parametrize("pk", ["0", "99999999999999999999"])
def test_a_crafted_teacher_address_is_a_404(login, pk):
    assert login("admin").get(f"/admin/validation/teacher/{pk}/").status_code == 404


def test_an_editor_is_not_a_teacher_to_validate(login):
    editor = User.objects.get(username="nss-fr")
    assert login("admin").get(request_url(editor)).status_code == 404


# A teacher's request


def test_the_request_shows_the_teacher_school_evidence_and_earlier_decisions(login, france, french_teacher):
    france.validation_evidence_en = "A staff card, please."
    france.save()
    colleague = TeacherFactory(country=france, school=french_teacher.school, first_name="Léa", last_name="Blanc")
    DecisionFactory(teacher=french_teacher, reason="The document was unreadable.")
    page = soup(login("nss-fr").get(request_url(french_teacher))).select_one("main").text
    school = french_teacher.school
    for shown in (school.name, school.address, school.postcode, school.head_name, school.head_email):
        assert shown in page
    assert colleague.display_name in page
    assert "A staff card, please." in page
    assert french_teacher.evidence.statement in page
    assert f"Download {french_teacher.evidence.document_name}" in page
    assert "The document was unreadable." in page


def test_the_document_is_a_download_for_the_teachers_support_service(login, french_teacher):
    response = login("nss-fr").get(document_url(french_teacher))
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{french_teacher.evidence.document_name}"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_no_document_is_a_404(login, france):
    teacher = EvidenceFactory(teacher__country=france).teacher
    assert login("nss-fr").get(document_url(teacher)).status_code == 404


def test_validating_tells_the_teacher_in_their_language_and_validates_the_school(login, french_teacher):
    client = login("nss-fr")
    response = client.post(request_url(french_teacher), {"outcome": "validated", "reason": ""}, follow=True)
    assert "is validated" in messages_of(response)
    french_teacher.refresh_from_db()
    assert french_teacher.validation_status == ValidationStatus.VALIDATED
    assert french_teacher.school.is_validated, "schools are validated with their first teacher"
    decision = Decision.objects.get(teacher=french_teacher)
    assert (decision.outcome, decision.decided_by.username, decision.school) == (
        Outcome.VALIDATED,
        "nss-fr",
        french_teacher.school,
    )
    (message,) = mail.outbox
    assert message.to == [french_teacher.email]
    assert f"{settings.BASE_URL}/fr/live/" in message.body, "a link in the teacher's language"
    assert Notification.objects.get(recipient=french_teacher).notice == "validation.validated"
    assert queue_rows(client.get(QUEUE)) == []
    client.force_login(french_teacher)
    welcome = translated("Your account is validated by the support service of %(country)s. Welcome to Live!", "fr")
    assert welcome % {"country": "France"} in soup(client.get("/fr/live/validation/")).get_text(" ", strip=True)


def test_rejecting_needs_a_reason(login, french_teacher):
    response = login("nss-fr").post(request_url(french_teacher), {"outcome": "rejected", "reason": "  "})
    assert response.status_code == 200
    assert "Say why you reject" in messages_of(response)
    french_teacher.refresh_from_db()
    assert french_teacher.validation_status == ValidationStatus.WAITING
    assert not Decision.objects.exists() and mail.outbox == []


def test_a_rejected_teacher_reads_the_reason_in_the_email_and_on_their_page(login, client, french_teacher):
    reason = "We could not find you in the staff list of this school."
    login("nss-fr").post(request_url(french_teacher), {"outcome": "rejected", "reason": reason})
    french_teacher.refresh_from_db()
    assert french_teacher.validation_status == ValidationStatus.REJECTED
    assert not french_teacher.school.is_validated
    (message,) = mail.outbox
    assert reason in message.body and f"{settings.BASE_URL}/fr/live/validation/" in message.body
    client.force_login(french_teacher)
    assert reason in soup(client.get("/en/live/validation/")).select_one(".validation__rejection").text


def test_deciding_twice_gets_a_message_and_no_second_email(login, french_teacher):
    client = login("nss-fr")
    client.post(request_url(french_teacher), {"outcome": "validated"})
    response = client.post(request_url(french_teacher), {"outcome": "rejected", "reason": "Oops"}, follow=True)
    assert "is not waiting for a decision any more" in messages_of(response)
    assert Decision.objects.filter(teacher=french_teacher).count() == 1
    assert len(mail.outbox) == 1
    french_teacher.refresh_from_db()
    assert french_teacher.validation_status == ValidationStatus.VALIDATED


def test_a_crafted_outcome_changes_nothing(login, french_teacher):
    response = login("nss-fr").post(request_url(french_teacher), {"outcome": "promoted"})
    assert response.status_code == 200
    french_teacher.refresh_from_db()
    assert french_teacher.validation_status == ValidationStatus.WAITING


def test_a_school_already_validated_stays_so(login, france):
    school = SchoolFactory(country=france, is_validated=True)
    teacher = in_queue(france, teacher__school=school)
    login("nss-fr").post(request_url(teacher), {"outcome": "validated"})
    school.refresh_from_db()
    assert school.is_validated


def test_a_mail_server_that_fails_leaves_the_decision_made_and_the_email_to_retry(login, french_teacher, settings):
    settings.EMAIL_BACKEND = "validation.tests.failing_mail.FailingBackend"
    response = login("nss-fr").post(request_url(french_teacher), {"outcome": "validated"}, follow=True)
    assert response.status_code == 200
    assert "is validated" in messages_of(response)
    french_teacher.refresh_from_db()
    assert french_teacher.validation_status == ValidationStatus.VALIDATED
    notification = Notification.objects.get(recipient=french_teacher)
    assert (notification.email_status, notification.email_attempts) == (EmailStatus.PENDING, 1)


@pytest.mark.parametrize("username", ["nss-fr", "admin"])
def test_the_queue_and_a_request_need_few_queries(login, france, username, django_assert_max_num_queries):
    for days in range(10):
        in_queue(france, days_ago=days)
    teacher = in_queue(france)
    DecisionFactory(teacher=teacher)
    TeacherFactory(country=france, school=teacher.school)
    client = login(username)
    # The admin's own frame (menu, sidebar, the user's teams and rights) takes 11 of them.
    for url, most in ((QUEUE, 14), (request_url(teacher), 15)):
        client.get(url)
        with django_assert_max_num_queries(most):
            assert client.get(url).status_code == 200
