"""The forum's demo posts (demo.forum), on the test world with a few teachers: each post goes to a teacher
of its language's country or is left out, and loading twice changes nothing."""

import datetime

import pytest
from django.db.models import F
from django.utils import timezone

from accounts.factories import TeacherFactory
from accounts.models import ValidationStatus
from countries.factories import CountryFactory
from countries.models import Country
from demo.forum import POSTS, load_forum_posts
from demo.kits import load_taxonomies
from forum.models import Post, PostLanguage, Reply

pytestmark = pytest.mark.django_db


@pytest.fixture
def teachers():
    load_taxonomies()
    people = [
        TeacherFactory(username="teacher-fr", country=Country.objects.get(iso2="FR")),
        TeacherFactory(username="teacher-it", country=Country.objects.get(iso2="IT")),
        TeacherFactory(username="teacher-pl", country=CountryFactory(iso2="PL", name_en="Poland")),
        TeacherFactory(username="gen-00001", country=CountryFactory(iso2="DE", name_en="Germany")),
        # Not validated: the Spanish post has nobody to write it.
        TeacherFactory(
            username="teacher-new",
            country=CountryFactory(iso2="ES", name_en="Spain"),
            validation_status=ValidationStatus.WAITING,
        ),
    ]
    return {teacher.username: teacher for teacher in people}


def test_posts_go_to_teachers_of_their_language_with_their_replies(teachers):
    assert load_forum_posts(teachers) == 4

    authors = dict(Post.objects.values_list("title", "author__username"))
    assert authors == {
        "Nos rivières, leur eau et nous": "teacher-fr",
        "Isole di calore: misuriamo il clima delle nostre città": "teacher-it",
        "Święta i tradycje naszych krajów": "teacher-pl",
        "Sagen und Märchen aus unseren Regionen": "gen-00001",
    }
    assert Reply.objects.count() == 5
    assert not Reply.objects.filter(author__username="teacher-new").exists()
    assert not Reply.objects.filter(author=F("post__author")).exists()


def test_a_demo_post_is_complete_and_current(teachers):
    load_forum_posts(teachers)
    post = Post.objects.get(title="Nos rivières, leur eau et nous")

    assert set(post.subjects.values_list("slug", flat=True)) == {"natural-sciences", "biology", "environment"}
    assert set(post.age_ranges.values_list("slug", flat=True)) == {"12-15", "16-19"}
    assert sorted(post.language_codes) == ["en", "fr"]
    assert set(post.countries_wanted.values_list("iso2", flat=True)) == {"IT", "ES", "DE", "PL"}
    assert timezone.localdate() + datetime.timedelta(days=60) < post.ends_on
    assert post.ends_on < timezone.localdate() + datetime.timedelta(days=200)
    assert post.replies.first().author.username == "teacher-it"


def test_loading_twice_changes_nothing(teachers):
    load_forum_posts(teachers)
    before = (Post.objects.count(), Reply.objects.count(), PostLanguage.objects.count())

    assert load_forum_posts(teachers) == 0
    assert (Post.objects.count(), Reply.objects.count(), PostLanguage.objects.count()) == before


def test_every_demo_post_fits_the_forms_limits():
    for spec in POSTS:
        assert len(spec["title"]) <= 150
        assert len(spec["description"]) <= 5000
        assert 1 <= len(spec["languages"]) <= 10
        assert 1 <= len(spec["replies"]) <= 2
        assert 0 < spec["runs_for_days"] <= 365
