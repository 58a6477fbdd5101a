"""Partner finding (/<lang>/live/partners/): who is listed, in which order and why, the filters, and
what happens with input nobody should send."""

import re
from datetime import timedelta

import pytest
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from accounts.factories import PupilFactory, TeacherFactory
from accounts.models import ValidationStatus
from contacts.models import Block
from core.caching import tag_versions
from countries.models import Country
from live.models import TEACHERS_LANGUAGES, Profile, SpokenLanguage
from live.ranking import BitCount
from live.tests.helpers import forget_activity
from schools.factories import SchoolFactory
from taxonomy.factories import AgeRangeFactory, SubjectFactory

pytestmark = pytest.mark.django_db

URL = reverse("live:partners")


@pytest.fixture
def terms():
    return {
        "science": SubjectFactory(slug="science", name_en="Science"),
        "maths": SubjectFactory(slug="maths", name_en="Maths"),
        "history": SubjectFactory(slug="history", name_en="History"),
        "12-15": AgeRangeFactory(slug="12-15", name_en="12 to 15 years"),
        "16-19": AgeRangeFactory(slug="16-19", name_en="16 to 19 years"),
    }


def teacher(iso2, name, terms=None, subjects=(), ages=(), languages=(), active_days_ago=0, **profile_fields):
    """A validated teacher of the world's France or Italy, with a profile as the profile form makes it."""
    first_name, last_name = name.split()
    country = Country.objects.get(iso2=iso2)
    school = SchoolFactory(country=country, name=f"School of {name}", town="Nowhere")
    user = TeacherFactory(country=country, school=school, first_name=first_name, last_name=last_name)
    profile = user.profile
    for field, value in profile_fields.items():
        setattr(profile, field, value)
    profile.last_active_at = timezone.now() - timedelta(days=active_days_ago)
    profile.save()
    profile.subjects.set([terms[slug] for slug in subjects])
    profile.age_ranges.set([terms[slug] for slug in ages])
    for code in languages:
        SpokenLanguage.objects.create(profile=profile, code=code)
    return user


@pytest.fixture
def searcher(client, terms):
    user = teacher("FR", "Claire Dubois", terms, ["science", "maths"], ["12-15"], ["fr", "en"])
    client.force_login(user)
    return user


@pytest.fixture
def others(terms):
    """Four teachers the searcher may find, as they should be ranked (see each one's score)."""
    return {
        # 2 subjects × 3 + 1 age × 2 + 1 language × 2 + another country 3 = 13
        "marco": teacher("IT", "Marco Bianchi", terms, ["science", "maths"], ["12-15"], ["it", "en"], 9),
        # 6 + 2 + 2 × 2 + 0 = 12
        "julie": teacher("FR", "Julie Petit", terms, ["science", "maths"], ["12-15"], ["fr", "en"], 1),
        # 0 + 0 + 0 + 3 = 3
        "luca": teacher("IT", "Luca Verdi", terms, ["history"], ["16-19"], ["it"], 0, looking_for_partners=True),
        # nothing in common: 0
        "paul": teacher("FR", "Paul Moreau", terms, [], [], [], 0),
    }


def names(response):
    return [profile.user.first_name for profile in response.context["listing"].items]


def reasons(response):
    return {profile.user.first_name: profile.reasons for profile in response.context["listing"].items}


def test_teachers_are_ranked_by_how_well_they_match_the_searcher(client, searcher, others):
    response = client.get(URL)
    assert response.status_code == 200
    assert names(response) == ["Marco", "Julie", "Luca", "Paul"]


def test_each_teacher_is_shown_with_the_reasons_of_their_place(client, searcher, others):
    response = client.get(URL)
    assert reasons(response) == {
        "Marco": ["2 subjects, 1 age category, 1 language in common", "another country"],
        "Julie": ["2 subjects, 1 age category, 2 languages in common"],
        "Luca": ["another country"],
        "Paul": [],
    }
    html = response.content.decode()
    assert "2 subjects, 1 age category, 1 language in common" in html
    assert reverse("live:profile", args=[others["marco"].pk]) in html
    assert "School of Marco Bianchi, Nowhere, Italy" in html


def test_equal_matches_come_most_recently_active_first(client, searcher, terms):
    teacher("IT", "Early Bird", terms, ["history"], active_days_ago=30)
    teacher("IT", "Recent Visitor", terms, ["history"], active_days_ago=2)
    assert names(client.get(URL)) == ["Recent", "Early"]


def test_a_shared_subject_counts_more_than_a_shared_age_or_language(client, searcher, terms):
    teacher("IT", "Ages Only", terms, [], ["12-15"], [])
    teacher("IT", "Subject Only", terms, ["science"], [], [], active_days_ago=5)
    assert names(client.get(URL)) == ["Subject", "Ages"]


def test_the_searcher_blocked_and_unfindable_teachers_are_never_listed(client, searcher, others, terms):
    blocker = teacher("IT", "Blocking Me", terms, ["science"])
    blocked = teacher("IT", "Blocked Byme", terms, ["science"])
    Block.objects.create(blocker=blocker, blocked=searcher)
    Block.objects.create(blocker=searcher, blocked=blocked)
    waiting = teacher("IT", "Waiting Teacher", terms, ["science"])
    waiting.validation_status = ValidationStatus.WAITING
    waiting.save()
    rejected = teacher("IT", "Rejected Teacher", terms, ["science"])
    rejected.validation_status = ValidationStatus.REJECTED
    rejected.save()
    gone = teacher("IT", "Inactive Teacher", terms, ["science"])
    gone.is_active = False
    gone.save()
    PupilFactory(first_name="Pupil")
    response = client.get(URL)
    assert names(response) == ["Marco", "Julie", "Luca", "Paul"]
    assert response.context["listing"].count == 4


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=IT", ["Marco", "Luca"]),
        ("subject=history", ["Luca"]),
        ("subject=science&age=12-15", ["Marco", "Julie"]),
        ("age=16-19", ["Luca"]),
        ("language=it", ["Marco", "Luca"]),
        ("language=fr", ["Julie"]),
        ("looking=on", ["Luca"]),
        ("country=FR&subject=science&language=en", ["Julie"]),
        ("q=verdi", ["Luca"]),
        ("q=VERDÍ", ["Luca"]),  # case and accents do not matter
        ("q=school+of+julie", ["Julie"]),  # school name
        ("q=nowhere+moreau", ["Paul"]),  # every word must match: town and name
        ("q=bianchi&country=FR", []),
    ],
)
def test_filters(client, searcher, others, query, expected):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert names(response) == expected
    assert not response.context["form"].messages


def test_presentation_and_project_topic_are_searched(client, searcher, terms):
    teacher("IT", "Anna Neri", terms, presentation="Nous aimons l'écologie", partner_topic="Fiumi d'Europa")
    assert names(client.get(f"{URL}?q=ECOLOGIE")) == ["Anna"]
    assert names(client.get(f"{URL}?q=fiumi")) == ["Anna"]


def test_terms_sharing_a_bit_are_still_told_apart_by_the_filter(client, searcher, terms):
    """Keys 63 apart share a bit (live.models.term_bit): the filter then reads the links themselves."""
    drama = SubjectFactory(slug="drama", id=terms["history"].pk + 63)
    teacher("IT", "Dario Fo", {"drama": drama}, ["drama"])
    teacher("IT", "Primo Levi", terms, ["history"])
    assert names(client.get(f"{URL}?subject=drama")) == ["Dario"]
    assert names(client.get(f"{URL}?subject=history")) == ["Primo"]


def test_a_language_outside_the_ranked_list_still_filters(client, searcher, terms):
    teacher("IT", "Wing Chan", terms, languages=["yue"])
    assert names(client.get(f"{URL}?language=yue")) == ["Wing"]


def language_options(response):
    """The codes the language filter offers."""
    select = re.search(r'<select name="language".*?</select>', response.content.decode(), re.S).group()
    return re.findall(r'<option value="([^"]+)"', select)


def test_the_language_filter_offers_the_languages_teachers_speak(client, searcher, others):
    assert language_options(client.get(URL)) == ["en", "fr", "it"]  # English, French, Italian; not CLDR's 600


def test_a_language_a_teacher_adds_is_offered_at_once(
    client, searcher, others, terms, django_capture_on_commit_callbacks
):
    client.get(URL)  # the first request makes the site's settings, which expires what it kept
    assert "yue" not in language_options(client.get(URL))
    with django_capture_on_commit_callbacks(execute=True):
        teacher("IT", "Wing Chan", terms, languages=["yue"])
    assert "yue" in language_options(client.get(URL))


def test_a_language_others_already_speak_leaves_the_kept_list_alone(
    searcher, others, terms, django_capture_on_commit_callbacks
):
    version = tag_versions([TEACHERS_LANGUAGES])
    with django_capture_on_commit_callbacks(execute=True):
        teacher("IT", "Wing Chan", terms, languages=["it", "en"])
    assert tag_versions([TEACHERS_LANGUAGES]) == version


def test_a_chosen_language_nobody_speaks_stays_chosen(client, searcher, others):
    response = client.get(f"{URL}?language=yue")
    assert names(response) == []
    assert '<option value="yue" selected>Cantonese</option>' in response.content.decode()


def test_the_filters_are_shown_as_chosen(client, searcher, others):
    html = client.get(f"{URL}?country=IT&subject=history&looking=on&q=Verdi").content.decode()
    assert '<option value="IT" selected>Italy</option>' in html
    assert '<option value="history" selected>History</option>' in html
    assert 'id="id_looking" checked' in html
    assert 'value="Verdi"' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("country=ZZ", "Country: Select a valid choice. ZZ is not one of the available choices."),
        ("subject=made-up", "Subject: Select a valid choice."),
        ("age=99-100", "Pupils' age: Select a valid choice."),
        ("language=xx-klingon", "Language spoken: Select a valid choice."),
    ],
)
def test_unknown_filter_values_are_left_out_with_a_message(client, searcher, others, query, message):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert names(response) == ["Marco", "Julie", "Luca", "Paul"]
    assert any(text.startswith(message) for text in response.context["form"].messages)
    assert "This filter was left out." in response.content.decode()


def test_a_very_long_search_is_cut_with_a_message(client, searcher, others):
    response = client.get(URL, {"q": "verdi " + "x" * 10_000})
    assert response.status_code == 200
    assert "only its first 200 characters were used" in response.content.decode()
    assert len(response.context["form"].cleaned_data["q"]) == 200


def test_a_search_of_symbols_only_is_left_out_with_a_message(client, searcher, others):
    response = client.get(URL, {"q": "%_'\";--"})
    assert response.status_code == 200
    assert names(response) == ["Marco", "Julie", "Luca", "Paul"]
    assert "Your search has no letters or digits" in response.content.decode()


def test_a_search_with_like_wildcards_matches_them_literally(client, searcher, others):
    assert names(client.get(URL, {"q": "ver%i"})) == ["Luca"]  # "%" is no word character: "ver" and "i"


@pytest.fixture
def many(searcher, terms):
    """25 teachers besides the searcher: two pages."""
    for number in range(25):
        teacher("IT", f"Teacher N{number:02d}", terms, active_days_ago=number)


def test_results_come_20_a_page(client, many):
    first = client.get(URL)
    assert len(first.context["listing"].items) == 20
    assert "25 teachers" in first.content.decode()
    second = client.get(f"{URL}?page=2")
    assert names(second) == ["Teacher"] * 5
    assert second.context["listing"].items[0].user.last_name == "N20"
    assert 'start="21"' in second.content.decode()


@pytest.mark.parametrize(("page", "shown"), [("abc", 1), ("0", 1), ("-1", 1), ("99", 2), ("9" * 40, 1), ("²", 1)])
def test_a_page_that_does_not_exist_shows_the_nearest_with_a_message(client, many, page, shown):
    response = client.get(URL, {"page": page})
    assert response.status_code == 200
    assert response.context["listing"].page.number == shown
    assert response.context["listing"].message


def test_no_result_says_so(client, searcher):
    response = client.get(URL, {"q": "nobody"})
    assert "0 teachers" in response.content.decode()
    assert "No teacher matches all of these filters." in response.content.decode()


def test_the_count_stops_at_the_50th_page(client, many, monkeypatch):
    monkeypatch.setattr("live.partners.MAX_RESULTS", 20)
    response = client.get(URL)
    html = response.content.decode()
    assert "More than 20 teachers" in html
    assert "The 20 best matches are listed." in html
    assert response.context["listing"].paginator.num_pages == 1
    assert client.get(URL, {"page": 2}).context["listing"].page.number == 1


def test_the_page_costs_the_same_few_queries_for_4_or_25_teachers(client, many, django_assert_max_num_queries):
    # As on a running server: the first request makes the site's settings, which starts a new content
    # generation; the second puts the taxonomies and countries in the cache.
    client.get(URL)
    client.get(URL)
    with django_assert_max_num_queries(10):
        response = client.get(f"{URL}?country=IT&subject=science&age=12-15&language=en&looking=on&q=teacher")
    assert response.status_code == 200
    forget_activity(client)  # the first visit in a while also records the teacher's activity
    with django_assert_max_num_queries(10):
        assert client.get(URL).status_code == 200


def test_a_teacher_without_a_profile_yet_can_search(client, others):
    """Accounts made by code that sends no signal (a bulk import) have no profile: search makes one."""
    user = TeacherFactory(country=Country.objects.get(iso2="FR"))
    Profile.objects.filter(pk=user.pk).delete()
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 200
    assert len(names(response)) == 4


def test_only_validated_teachers_may_search(client):
    assert client.get(URL).status_code == 302  # to log in
    waiting = TeacherFactory(country=Country.objects.get(iso2="FR"), validation_status=ValidationStatus.WAITING)
    client.force_login(waiting)
    assert client.get(URL)["Location"] == reverse("validation:status")
    client.force_login(PupilFactory())
    assert client.get(URL).status_code == 403


@pytest.mark.parametrize("bits", [0, 1, 0b1011, 1 << 62, (1 << 63) - 1])
def test_the_database_counts_bits(bits, django_user_model):
    """popcount on this database: bit_count() on PostgreSQL, the function live.ranking registers on SQLite."""
    profile = TeacherFactory(country=Country.objects.get(iso2="FR")).profile
    Profile.objects.filter(pk=profile.pk).update(subject_bits=bits)
    counted = Profile.objects.filter(pk=profile.pk).annotate(count=BitCount(F("subject_bits").bitand(bits)))
    assert counted.get().count == bin(bits).count("1")
