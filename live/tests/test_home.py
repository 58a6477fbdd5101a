"""Live's home page: a validated teacher's welcome, what their profile lacks, and the ways into Live."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from live.factories import ProfileFactory
from live.models import Profile
from live.tests.helpers import (
    NOT_TEACHERS,
    NOT_VALIDATED_TEACHERS,
    as_on_a_running_server,
    forget_activity,
    teacher,
)

pytestmark = pytest.mark.django_db

HOME_URL = "/en/live/"


@pytest.fixture
def anne(client):
    user = teacher(first_name="Anne", last_name="Martin")
    client.force_login(user)
    return user


def test_anonymous_visitors_are_sent_to_log_in_and_back(client):
    response = client.get(HOME_URL)
    assert response.status_code == 302
    assert response.url.startswith("/en/accounts/login/") and "next=/en/live/" in response.url.replace("%2F", "/")


@pytest.mark.parametrize("make", NOT_TEACHERS.values(), ids=NOT_TEACHERS)
def test_pupils_and_editors_are_refused(client, make):
    client.force_login(make())
    response = client.get(HOME_URL)
    assert response.status_code == 403
    assert "Live is for teachers" in response.content.decode()


@pytest.mark.parametrize("make", NOT_VALIDATED_TEACHERS.values(), ids=NOT_VALIDATED_TEACHERS)
def test_teachers_not_validated_are_sent_to_their_validation_page(client, make):
    client.force_login(make())
    response = client.get(HOME_URL)
    assert response.status_code == 302 and response.url == "/en/live/validation/"


def test_a_validated_teacher_is_welcomed_with_the_ways_into_live(client, anne):
    response = client.get(HOME_URL)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Welcome, Anne Martin" in content
    for address in ("/en/live/partners/", "/en/live/forum/", "/en/live/contacts/", "/en/live/messages/"):
        assert f'href="{address}"' in content
    assert f'href="/en/live/teachers/{anne.pk}/"' in content and 'href="/en/live/profile/"' in content
    assert "/static/live/css/live.css" in content


def test_the_home_page_is_in_the_readers_language(client, anne):
    content = client.get("/fr/live/").content.decode()
    assert '<html lang="fr"' in content and 'href="/fr/live/partners/"' in content


def test_an_empty_profile_gets_a_hint_for_each_thing_it_lacks(client):
    user = teacher(first_name="", last_name="")
    client.force_login(user)
    content = client.get(HOME_URL).content.decode()
    for field, advice in [
        ("first_name", "Give your first and last name."),
        ("photo", "Add a photo."),
        ("subjects", "Say which subjects you teach."),
        ("age_ranges", "Say how old your pupils are."),
        ("usual_languages", "Say which languages you speak."),
        ("presentation", "Write a few words about yourself and your pupils."),
    ]:
        assert f'<a href="/en/live/profile/#id_{field}">{advice}</a>' in content
    assert "Your profile is complete." not in content
    assert "live/img/avatar.svg" in content


def test_a_complete_profile_gets_no_hints(client, anne):
    ProfileFactory(
        user=anne, with_photo=True, subjects=["science"], age_ranges=["12-15"], languages=["fr"], presentation="Hi"
    )
    content = client.get(HOME_URL).content.decode()
    assert "Your profile is complete." in content
    assert "Add a photo." not in content and "Say which" not in content
    assert f"/en/live/teachers/{anne.pk}/photo/?v=" in content


def test_a_teacher_sees_whether_they_are_looking_for_partners(client, anne):
    content = client.get(HOME_URL).content.decode()
    assert "Your profile does not say that you are looking for partners." in content
    ProfileFactory(user=anne, looking=True)
    content = client.get(HOME_URL).content.decode()
    assert "Your profile says that you are looking for partners." in content
    assert "Your project topic: “Climate and our rivers”" in content


def test_a_profile_is_made_on_the_first_visit(client, anne):
    Profile.objects.filter(user=anne).delete()
    assert client.get(HOME_URL).status_code == 200
    assert Profile.objects.filter(user=anne).exists()


def last_active_at(user):
    return Profile.objects.get(user=user).last_active_at


def test_activity_is_recorded_at_most_once_per_interval(client, anne):
    long_ago = timezone.now() - timedelta(days=30)
    Profile.objects.filter(user=anne).update(last_active_at=long_ago)
    client.get(HOME_URL)
    first_visit = last_active_at(anne)
    assert first_visit > long_ago
    # Within the interval: nothing written.
    Profile.objects.filter(user=anne).update(last_active_at=long_ago)
    client.get(HOME_URL)
    client.get("/en/live/profile/")
    assert last_active_at(anne) == long_ago
    # Once the interval is over (the cache forgets), the next Live page records it again.
    forget_activity(client)
    client.get(f"/en/live/teachers/{anne.pk}/")
    assert last_active_at(anne) > long_ago


def test_within_the_interval_a_live_page_writes_nothing(client, anne):
    client.get(HOME_URL)
    with CaptureQueriesContext(connection) as queries:
        client.get(HOME_URL)
    assert not [query for query in queries if not query["sql"].startswith("SELECT")]


def test_the_home_page_keeps_to_its_query_budget(client, anne, django_assert_max_num_queries):
    ProfileFactory(user=anne, subjects=["science"], age_ranges=["12-15"], languages=["fr"], looking=True)
    as_on_a_running_server(client, HOME_URL)
    with django_assert_max_num_queries(7):
        assert client.get(HOME_URL).status_code == 200
