"""The groups' list: approved groups only, searched by words, language, subject and age, in pages; the
reader's own groups and invitations; and what the list costs."""

import re

import pytest
from django.urls import reverse

from groups.factories import GroupFactory
from groups.models import Invitation, Membership, Status
from live.tests.helpers import as_on_a_running_server, teacher
from taxonomy.factories import AgeRangeFactory, SubjectFactory

pytestmark = pytest.mark.django_db

LIST = reverse("groups:list")


def names(response):
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


@pytest.fixture
def groups(rivers, marco):
    history = SubjectFactory(slug="history", name_en="History")
    children = AgeRangeFactory(slug="7-11", name_en="7 to 11 years")
    return [
        rivers,
        GroupFactory(
            name="Histoire vivante",
            description="Nos grands-parents racontent.",
            language="fr",
            subjects=[history],
            age_ranges=[children],
        ),
        GroupFactory(name="Waiting group", status=Status.PENDING, owner=marco),
    ]


def test_the_list_shows_approved_groups_with_their_facts(as_claire, groups):
    response = as_claire.get(LIST)
    assert names(response) == ["Histoire vivante", "Rivers of Europe"]
    html = response.content.decode()
    assert "2 groups" in html
    assert "12 to 15 years" in html
    assert "1 member" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "rivers"}, ["Rivers of Europe"]),
        ({"q": "GRANDS-PARENTS"}, ["Histoire vivante"]),
        ({"language": "fr"}, ["Histoire vivante"]),
        ({"subject": ["science", "history"]}, ["Histoire vivante", "Rivers of Europe"]),
        ({"subject": "science", "age": "7-11"}, []),
        ({"age": "7-11"}, ["Histoire vivante"]),
    ],
)
def test_the_filters_narrow_the_list(as_claire, groups, query, expected):
    assert names(as_claire.get(LIST, query)) == expected


def test_a_filter_value_that_is_no_choice_is_left_out_with_a_message(as_claire, groups):
    response = as_claire.get(LIST, {"language": "klingon", "page": "abc"})
    html = response.content.decode()
    assert len(names(response)) == 2
    assert "This filter was left out." in html
    assert "There is no page “abc”; here is the first page." in html


def test_my_groups_lists_the_readers_groups_and_invitations(as_claire, claire, marco, groups):
    GroupFactory(name="Claire and friends", owner=claire, status=Status.PENDING)
    Membership.objects.create(group=groups[0], user=claire)
    Invitation.objects.create(group=groups[1], invited=claire, invited_by=marco)
    response = as_claire.get(LIST, {"mine": "1"})
    assert names(response) == ["Claire and friends", "Rivers of Europe"]
    html = response.content.decode()
    assert "2 members" in html
    assert "Waiting for approval" in html
    assert "Marco Bianchi invited you to" in html
    assert reverse("groups:group", args=[groups[1].pk]) in html


def test_the_list_is_paginated(as_claire):
    for number in range(25):
        GroupFactory(name=f"Group {number:02d}")
    first, second = as_claire.get(LIST), as_claire.get(LIST, {"page": "2"})
    assert len(names(first)) == 20
    assert names(second) == ["Group 20", "Group 21", "Group 22", "Group 23", "Group 24"]


def test_twenty_groups_take_few_queries(as_claire, science, teens, django_assert_max_num_queries):
    for number in range(20):
        GroupFactory(subjects=[science], age_ranges=[teens], members=[teacher(), teacher("IT")], name=f"G{number}")
    as_on_a_running_server(as_claire, LIST)
    with django_assert_max_num_queries(9):
        assert len(names(as_claire.get(LIST, {"subject": "science", "q": "rivers", "language": "en"}))) == 20
    with django_assert_max_num_queries(7):
        assert len(names(as_claire.get(LIST, {"mine": "1"}))) == 0
