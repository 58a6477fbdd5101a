"""The school step: search the schools of one's country, choose one, or add a new one (one school, one
record; the head teacher told once); changing school sends the account back to validation."""

import pytest
from django.core import mail

from accounts.factories import TeacherFactory
from accounts.models import ValidationStatus
from schools.factories import SchoolFactory
from schools.models import School
from tests.helpers import soup
from validation.factories import DecisionFactory, EvidenceFactory
from validation.models import Evidence, Outcome
from validation.teachers import tell_head_teacher

pytestmark = pytest.mark.django_db

SEARCH = "/en/live/validation/school/"
NEW = "/en/live/validation/school/new/"


def new_school_data(**changes):
    return {
        "name": "Lycée Victor-Hugo",
        "address": "2 rue de la République",
        "town": "Besançon",
        "postcode": "25000",
        "type": "secondary",
        "official_number": "0250007X",
        "head_name": "Anne Martin",
        "head_email": "anne.martin@ac-besancon.example",
        **changes,
    }


def notices(response):
    return " ".join(notice.text for notice in soup(response).select(".notice, .errorlist"))


# Search


def test_the_search_finds_schools_of_the_teachers_country_without_accents(login, new_teacher, france, italy):
    SchoolFactory(country=france, name="Lycée Victor-Hugo", town="Besançon")
    SchoolFactory(country=italy, name="Liceo Victor Hugo", town="Besançon")
    page = soup(login(new_teacher).get(SEARCH, {"name": "VICTOR hugo", "town": "besancon"}))
    assert [title.text for title in page.select(".search-results .card__title")] == ["Lycée Victor-Hugo"]
    assert page.select_one("form[method=get] input[name=name]")["value"] == "VICTOR hugo", "what was typed is kept"


def test_the_search_is_paginated(login, new_teacher, france):
    for number in range(21):
        SchoolFactory(country=france, name=f"École {number:02}", town="Lyon")
    client = login(new_teacher)
    first = soup(client.get(SEARCH, {"town": "lyon"}))
    assert len(first.select(".search-results > li")) == 20
    assert first.select_one('.pagination a[rel="next"]')["href"] == "?town=lyon&page=2"
    assert len(soup(client.get(SEARCH, {"town": "lyon", "page": "2"})).select(".search-results > li")) == 1
    assert "There is no page" in notices(client.get(SEARCH, {"town": "lyon", "page": "٣"}))


def test_a_search_of_ten_thousand_characters_is_refused_with_a_message(login, new_teacher):
    response = login(new_teacher).get(SEARCH, {"name": "x" * 10_000})
    assert response.status_code == 200
    assert "at most 200 characters" in notices(response)


def test_the_search_page_needs_few_queries(login, new_teacher, france, assert_few_queries):
    for number in range(25):
        SchoolFactory(country=france, name=f"École {number}", town="Lyon")
    assert_few_queries(login(new_teacher), SEARCH, {"town": "lyon", "page": "2"}, most=8)


# Choosing a school


def test_choosing_a_school_makes_it_the_teachers_and_leads_to_the_evidence(login, new_teacher, france):
    school = SchoolFactory(country=france)
    response = login(new_teacher).post(SEARCH, {"school": school.pk})
    assert response.status_code == 302
    assert response["Location"] == "/en/live/validation/evidence/"
    new_teacher.refresh_from_db()
    assert new_teacher.school == school
    assert len(mail.outbox) == 0, "the head teacher was told when the school was registered"


@pytest.mark.parametrize("crafted", ["", "abc", "-1", "1.0", "٣", "99999999999999999999999", "0x10"])
def test_a_crafted_school_id_gets_a_message_and_changes_nothing(login, new_teacher, france, crafted):
    SchoolFactory(country=france)
    response = login(new_teacher).post(SEARCH, {"school": crafted})
    assert response.status_code == 200
    assert "not one of your country's schools" in notices(response)
    new_teacher.refresh_from_db()
    assert new_teacher.school is None


def test_a_school_of_another_country_cannot_be_chosen(login, new_teacher, italy):
    italian = SchoolFactory(country=italy)
    response = login(new_teacher).post(SEARCH, {"school": italian.pk})
    assert "not one of your country's schools" in notices(response)
    new_teacher.refresh_from_db()
    assert new_teacher.school is None


def test_choosing_ones_own_school_again_changes_nothing(login):
    teacher = TeacherFactory(school=SchoolFactory())
    teacher.school.country = teacher.country
    teacher.school.save()
    response = login(teacher).post(SEARCH, {"school": teacher.school.pk}, follow=True)
    assert "is already your school" in notices(response)
    teacher.refresh_from_db()
    assert teacher.validation_status == ValidationStatus.VALIDATED


# Changing school


@pytest.fixture
def validated_teacher(france):
    teacher = TeacherFactory(country=france, school=SchoolFactory(country=france, name="Collège Jean Moulin"))
    EvidenceFactory(teacher=teacher)
    DecisionFactory(teacher=teacher, outcome=Outcome.VALIDATED, reason="")
    return teacher


def test_changing_school_asks_for_confirmation_first(login, validated_teacher, france):
    other = SchoolFactory(country=france, name="Lycée Pasteur")
    response = login(validated_teacher).post(SEARCH, {"school": other.pk})
    assert response.status_code == 200
    page = soup(response)
    assert "goes back to validation" in page.select_one("main").text
    assert page.select_one('button[name="confirm_change"]')
    validated_teacher.refresh_from_db()
    assert validated_teacher.school.name == "Collège Jean Moulin"
    assert validated_teacher.validation_status == ValidationStatus.VALIDATED


def test_a_confirmed_change_of_school_sends_the_account_back_to_validation(login, validated_teacher, france):
    other = SchoolFactory(country=france, name="Lycée Pasteur")
    client = login(validated_teacher)
    response = client.post(SEARCH, {"school": other.pk, "confirm_change": "on"}, follow=True)
    assert "Your account is back in validation" in notices(response)
    validated_teacher.refresh_from_db()
    assert validated_teacher.school == other
    assert validated_teacher.validation_status == ValidationStatus.WAITING
    assert not Evidence.objects.get(teacher=validated_teacher).is_sent, "to be sent again, for the new school"
    assert "waits for validation again" in soup(client.get("/en/live/validation/")).select_one("main").text
    assert client.get("/en/live/")["Location"] == "/en/live/validation/", "no more Live until validated again"


def test_a_teacher_who_has_not_sent_anything_changes_school_without_confirming(login, new_teacher, france):
    new_teacher.school = SchoolFactory(country=france)
    new_teacher.save()
    other = SchoolFactory(country=france)
    assert login(new_teacher).post(SEARCH, {"school": other.pk}).status_code == 302
    new_teacher.refresh_from_db()
    assert new_teacher.school == other


# Adding a school


def test_adding_a_school_makes_one_record_and_tells_the_head_teacher_once(login, new_teacher, france):
    response = login(new_teacher).post(NEW, new_school_data())
    assert response.status_code == 302
    assert response["Location"] == "/en/live/validation/evidence/"
    school = School.objects.get(country=france, name="Lycée Victor-Hugo")
    assert (school.created_by, school.is_validated, school.town_key) == (new_teacher, False, "besancon")
    new_teacher.refresh_from_db()
    assert new_teacher.school == school
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["anne.martin@ac-besancon.example"]
    assert "Claire Dubois" in message.body and "Lycée Victor-Hugo" in message.body
    assert message.alternatives, "text and HTML"
    school.refresh_from_db()
    assert school.head_notified_at is not None
    tell_head_teacher(school, TeacherFactory(country=france))
    assert len(mail.outbox) == 1, "told once"


def test_the_head_teacher_is_written_to_in_the_teachers_language(login, new_teacher, monkeypatch):
    languages = []
    monkeypatch.setattr("accounts.adapter.mail_language", lambda context: languages.append(context["language"]) or "fr")
    login(new_teacher).post(NEW, new_school_data())
    assert languages == ["fr"]


def test_a_mail_server_that_fails_leaves_the_school_registered(login, new_teacher, settings):
    settings.EMAIL_BACKEND = "validation.tests.failing_mail.FailingBackend"
    response = login(new_teacher).post(NEW, new_school_data(), follow=True)
    assert "head teacher was told" not in notices(response)
    school = School.objects.get(name="Lycée Victor-Hugo")
    assert school.head_notified_at is None
    new_teacher.refresh_from_db()
    assert new_teacher.school == school


def test_a_school_already_registered_is_refused_and_the_record_offered(login, new_teacher, france):
    existing = SchoolFactory(country=france, name="Lycée Victor Hugo", town="BESANCON")
    response = login(new_teacher).post(NEW, new_school_data())
    assert response.status_code == 200
    assert "is already registered" in notices(response)
    assert soup(response).select_one(f'.validation__offer input[name="school"][value="{existing.pk}"]')
    assert School.objects.filter(country=france).count() == 1
    assert len(mail.outbox) == 0


def test_similar_schools_of_the_town_are_offered_before_a_new_record_is_made(login, new_teacher, france):
    annexe = SchoolFactory(country=france, name="Lycée Victor-Hugo annexe", town="Besançon")
    client = login(new_teacher)
    response = client.post(NEW, new_school_data())
    page = soup(response)
    assert "Is your school one of these?" in notices(response)
    assert page.select_one(f'.validation__offer input[name="school"][value="{annexe.pk}"]')
    assert page.select_one('input[name="name"]')["value"] == "Lycée Victor-Hugo", "what was typed is kept"
    assert not School.objects.filter(name="Lycée Victor-Hugo").exists()
    confirmed = new_school_data(none_of_these="on", offered=page.select_one('input[name="offered"]')["value"])
    assert client.post(NEW, confirmed).status_code == 302
    assert School.objects.filter(name="Lycée Victor-Hugo").exists()


def test_none_of_these_covers_only_the_schools_shown(login, new_teacher, france):
    SchoolFactory(country=france, name="Lycée Victor-Hugo annexe", town="Besançon")
    response = login(new_teacher).post(NEW, new_school_data(none_of_these="on", offered="abc,-1,"))
    assert "Is your school one of these?" in notices(response)
    assert not School.objects.filter(name="Lycée Victor-Hugo").exists()


def test_the_official_number_is_required_where_the_country_says_so(login, new_teacher, france):
    france.school_number_required = True
    france.school_number_label_en = "UAI number"
    france.save()
    response = login(new_teacher).post(NEW, new_school_data(official_number=""))
    assert response.status_code == 200
    assert "Give the school's UAI number" in notices(response)
    assert soup(response).select_one('label[for="id_official_number"]').text == "UAI number"
    assert not School.objects.exists() or not School.objects.filter(name="Lycée Victor-Hugo").exists()
    new_teacher.refresh_from_db()
    assert new_teacher.school is None


def test_the_official_number_is_optional_elsewhere(login, new_teacher):
    assert login(new_teacher).post(NEW, new_school_data(official_number="")).status_code == 302


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "!!!"}, "letters or digits"),
        ({"head_email": "not an address"}, "valid email address"),
        ({"type": "castle"}, "Select a valid choice"),
        ({"name": "x" * 201}, "at most 200 characters"),
    ],
)
def test_bad_school_details_get_a_message_and_save_nothing(login, new_teacher, changes, message):
    response = login(new_teacher).post(NEW, new_school_data(**changes))
    assert response.status_code == 200
    assert message in notices(response)
    assert not School.objects.filter(created_by=new_teacher).exists()


def test_adding_a_school_in_place_of_a_validated_one_needs_confirmation(login, validated_teacher):
    client = login(validated_teacher)
    response = client.post(NEW, new_school_data())
    assert "Tick the box" in notices(response)
    assert not School.objects.filter(name="Lycée Victor-Hugo").exists()
    assert client.post(NEW, new_school_data(confirm_change="on")).status_code == 302
    validated_teacher.refresh_from_db()
    assert validated_teacher.school.name == "Lycée Victor-Hugo"
    assert validated_teacher.validation_status == ValidationStatus.WAITING


def test_the_new_school_page_needs_few_queries(login, new_teacher, assert_few_queries):
    assert_few_queries(login(new_teacher), NEW, most=6)
