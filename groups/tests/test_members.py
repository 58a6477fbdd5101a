"""Running a group: the members' page, moderators named by the owner, removing members, handing the group
over, and leaving it."""

import pytest
from django.urls import reverse

from groups.factories import GroupFactory
from groups.models import Membership, Role
from live.tests.helpers import as_on_a_running_server, teacher

pytestmark = pytest.mark.django_db


@pytest.fixture
def paola(db):
    return teacher("IT", first_name="Paola", last_name="Rossi")


@pytest.fixture
def group(marco, paola, claire):
    return GroupFactory(name="Latin club", owner=marco, moderators=[paola], members=[claire])


def url(name, group, user=None):
    return reverse(f"groups:{name}", args=[group.pk, user.pk] if user else [group.pk])


def role_of(user, group):
    return Membership.objects.filter(group=group, user=user).values_list("role", flat=True).first()


def test_the_members_page_lists_members_and_their_roles(as_claire, group):
    html = as_claire.get(url("members", group)).content.decode()
    assert "3 members" in html
    for name in ("Marco Bianchi", "Paola Rossi", "Claire Dubois", "Owner", "Moderator"):
        assert name in html
    assert "Remove from the group" not in html
    assert "Requests to join" not in html


def test_non_members_do_not_see_the_members(client, group):
    client.force_login(teacher())
    response = client.get(url("members", group))
    assert response.status_code == 403
    assert "This is for the members of the group “Latin club”." in response.content.decode()


def test_the_owner_names_and_unnames_moderators(client, marco, claire, paola, group):
    client.force_login(marco)
    response = client.post(url("member_role", group, claire), {"moderator": "1"}, follow=True)
    assert "Claire Dubois is now a moderator of the group." in response.content.decode()
    assert role_of(claire, group) == Role.MODERATOR
    client.post(url("member_role", group, paola), {"moderator": "0"})
    assert role_of(paola, group) == Role.MEMBER


def test_a_moderator_cannot_name_moderators(client, claire, paola, group):
    client.force_login(paola)
    response = client.post(url("member_role", group, claire), {"moderator": "1"}, follow=True)
    assert "Only the group&#x27;s owner can do this." in response.content.decode()
    assert role_of(claire, group) == Role.MEMBER


def test_a_moderator_removes_members_but_neither_the_owner_nor_other_moderators(client, marco, paola, claire, group):
    other_moderator = teacher()
    Membership.objects.create(group=group, user=other_moderator, role=Role.MODERATOR)
    client.force_login(paola)

    response = client.post(url("member_remove", group, marco), follow=True)
    assert "The owner of a group cannot be removed." in response.content.decode()
    response = client.post(url("member_remove", group, other_moderator), follow=True)
    assert "Only the group&#x27;s owner can remove a moderator." in response.content.decode()
    assert role_of(marco, group) == Role.OWNER
    assert role_of(other_moderator, group) == Role.MODERATOR

    response = client.post(url("member_remove", group, claire), follow=True)
    assert "Claire Dubois is no longer a member." in response.content.decode()
    assert role_of(claire, group) is None


def test_the_owner_removes_a_moderator(client, marco, paola, group):
    client.force_login(marco)
    client.post(url("member_remove", group, paola))
    assert role_of(paola, group) is None


def test_a_plain_member_removes_nobody(client, claire, paola, group):
    client.force_login(claire)
    response = client.post(url("member_remove", group, paola), follow=True)
    assert "Only the group&#x27;s owner and moderators can do this." in response.content.decode()
    assert role_of(paola, group) == Role.MODERATOR


def test_the_owner_cannot_leave_before_handing_the_group_over(client, marco, claire, group):
    client.force_login(marco)
    response = client.post(url("leave", group), follow=True)
    assert "You own this group, so you cannot leave it yet." in response.content.decode()
    assert role_of(marco, group) == Role.OWNER

    response = client.post(url("member_owner", group, claire), follow=True)
    assert "Claire Dubois now owns the group; you stay on as a moderator." in response.content.decode()
    assert (role_of(claire, group), role_of(marco, group)) == (Role.OWNER, Role.MODERATOR)

    response = client.post(url("leave", group), follow=True)
    assert "You left the group “Latin club”." in response.content.decode()
    assert role_of(marco, group) is None


def test_only_the_owner_hands_the_group_over(client, paola, claire, marco, group):
    client.force_login(paola)
    client.post(url("member_owner", group, paola))
    assert role_of(marco, group) == Role.OWNER


def test_a_member_leaves(as_claire, claire, group):
    as_claire.post(url("leave", group))
    assert role_of(claire, group) is None
    assert as_claire.get(url("members", group)).status_code == 403


def test_forged_members_and_methods(client, marco, group):
    client.force_login(marco)
    stranger = teacher()
    assert client.post(url("member_remove", group, stranger)).status_code == 404
    assert client.get(url("member_remove", group, marco)).status_code == 405
    assert client.get(url("leave", group)).status_code == 405


def test_the_members_page_takes_few_queries(client, marco, group, django_assert_max_num_queries):
    for _number in range(20):
        Membership.objects.create(group=group, user=teacher())
    client.force_login(marco)
    page = url("members", group)
    as_on_a_running_server(client, page)
    with django_assert_max_num_queries(11):
        assert client.get(page).status_code == 200
