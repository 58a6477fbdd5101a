"""/<lang>/live/validation/: where a teacher stands, for teachers only, in each state of validation."""

import pytest

from accounts.factories import PupilFactory, TeacherFactory
from accounts.models import ValidationStatus
from tests.helpers import soup
from validation.factories import DecisionFactory, EvidenceFactory, WaitingTeacherFactory
from validation.models import Outcome

pytestmark = pytest.mark.django_db

TEACHER_PAGES = [
    "/en/live/validation/",
    "/en/live/validation/school/",
    "/en/live/validation/school/new/",
    "/en/live/validation/evidence/",
]


@pytest.mark.parametrize("url", TEACHER_PAGES)
def test_anonymous_visitors_are_sent_to_log_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


@pytest.mark.parametrize("url", TEACHER_PAGES)
def test_pupils_and_editors_are_refused(login, url):
    assert login(PupilFactory()).get(url).status_code == 403
    assert login("nss-fr").get(url).status_code == 403
    assert login("nss-fr").post(url, {"school": "1"}).status_code == 403


@pytest.mark.parametrize("url", TEACHER_PAGES)
def test_teacher_pages_are_never_cached(login, new_teacher, url):
    response = login(new_teacher).get(url, follow=True)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]


def test_a_new_teacher_is_shown_the_three_steps_and_what_their_country_asks(login, new_teacher, france):
    france.validation_evidence_en = "A staff card or a letter from your head teacher."
    france.validation_evidence_fr = "Une carte professionnelle ou une lettre du chef d'établissement."
    france.save()
    page = soup(login(new_teacher).get("/fr/live/validation/"))
    steps = page.select(".steps > li")
    assert len(steps) == 3
    assert "Une carte professionnelle" in steps[1].text, "in the reader's language"
    assert page.select_one('a[href="/fr/live/validation/school/"]')
    assert page.select_one('a[href="/fr/live/profile/"]'), "a link to edit their profile"
    assert not page.select_one('main a[href="/fr/live/"]'), "no way into Live yet"


def test_a_teacher_in_the_queue_sees_their_school_evidence_and_the_date_sent(login):
    evidence = EvidenceFactory(with_document=True, teacher__school__name="Lycée Victor-Hugo")
    text = soup(login(evidence.teacher).get("/en/live/validation/")).select_one("main").text
    assert "Lycée Victor-Hugo" in text
    assert evidence.statement in text
    assert evidence.document_name in text
    assert "You sent your request on" in text


def test_a_rejected_teacher_reads_why_and_how_to_try_again(login):
    evidence = EvidenceFactory(teacher__validation_status=ValidationStatus.REJECTED)
    DecisionFactory(teacher=evidence.teacher, outcome=Outcome.REJECTED, reason="Your school's stamp is missing.")
    page = soup(login(evidence.teacher).get("/en/live/validation/"))
    assert "Your school's stamp is missing." in page.select_one(".validation__rejection").text
    assert page.select_one('a[href="/en/live/validation/evidence/"]'), "send the evidence again"
    assert page.select_one('a[href="/en/live/validation/school/"]'), "or change school"


def test_a_validated_teacher_is_shown_the_way_into_live(login):
    teacher = TeacherFactory()
    page = soup(login(teacher).get("/en/live/validation/"))
    assert page.select_one('main a[href="/en/live/"]')
    assert "Your account is validated" in page.text


def test_waiting_teachers_are_sent_from_live_to_their_validation_page(login):
    response = login(WaitingTeacherFactory()).get("/en/live/")
    assert response.status_code == 302
    assert response["Location"] == "/en/live/validation/"


def test_the_status_page_needs_few_queries(login, assert_few_queries):
    evidence = EvidenceFactory(with_document=True)
    DecisionFactory(teacher=evidence.teacher)
    assert_few_queries(login(evidence.teacher), "/en/live/validation/", most=8)
