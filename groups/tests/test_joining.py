"""Joining a group as its policy says: open, on request (the owner and moderators are asked and answer), or
by invitation only; and who may reach the join action at all."""

import pytest
from django.core import mail
from django.urls import reverse

from contacts.models import Contact
from groups.factories import GroupFactory
from groups.models import Invitation, JoinPolicy, JoinRequest, Membership, Role
from live.tests.helpers import NOT_TEACHERS, NOT_VALIDATED_TEACHERS, as_on_a_running_server, teacher
from notifications.models import Notification

pytestmark = pytest.mark.django_db


def join(group):
    return reverse("groups:join", args=[group.pk])


def is_member(user, group):
    return Membership.objects.filter(group=group, user=user).exists()


def test_a_teacher_joins_an_open_group_and_then_reads_its_discussions(as_claire, claire, rivers):
    html = as_claire.get(rivers.get_absolute_url()).content.decode()
    assert "Join the group" in html
    assert "The group's discussions are for its members." in html

    response = as_claire.post(join(rivers), follow=True)
    html = response.content.decode()
    assert "Welcome to the group “Rivers of Europe”!" in html
    assert "0 discussions" in html
    assert "2 members" in html
    assert is_member(claire, rivers)


def test_joining_twice_is_refused_clearly(as_claire, claire, rivers):
    as_claire.post(join(rivers))
    response = as_claire.post(join(rivers))
    assert response.status_code == 403
    assert "You are already a member of this group." in response.content.decode()
    assert Membership.objects.filter(group=rivers, user=claire).count() == 1


def test_asking_to_join_tells_the_owner_and_moderators_who_accept(client, claire, marco):
    moderator = teacher("IT", first_name="Paola", last_name="Rossi")
    group = GroupFactory(name="Latin club", owner=marco, moderators=[moderator], join_policy=JoinPolicy.REQUEST)
    client.force_login(claire)
    response = client.post(join(group), follow=True)
    assert "Your request was sent." in response.content.decode()
    assert "Your request to join waits for the group's owner or moderators." in response.content.decode()
    assert not is_member(claire, group)
    told = Notification.objects.filter(notice="groups.join_requested")
    assert {notification.recipient for notification in told} == {marco, moderator}
    assert told.first().text == "Claire Dubois asked to join the group “Latin club”."
    assert {message.to[0] for message in mail.outbox} == {marco.email, moderator.email}

    client.post(join(group))  # asking again tells nobody twice
    assert told.count() == 2

    client.force_login(moderator)
    request = JoinRequest.objects.get()
    members_page = client.get(reverse("groups:members", args=[group.pk])).content.decode()
    assert "Claire Dubois" in members_page
    response = client.post(reverse("groups:request_answer", args=[group.pk, request.pk]), {"accept": "1"}, follow=True)
    assert "Claire Dubois is now a member, and was told." in response.content.decode()
    assert is_member(claire, group)
    assert not JoinRequest.objects.exists()
    accepted = Notification.objects.get(recipient=claire)
    assert accepted.text == "You are now a member of the group “Latin club”."


def test_a_declined_request_goes_silently(client, claire, marco):
    group = GroupFactory(owner=marco, join_policy=JoinPolicy.REQUEST)
    request = JoinRequest.objects.create(group=group, user=claire)
    client.force_login(marco)
    client.post(reverse("groups:request_answer", args=[group.pk, request.pk]), {"accept": "0"})
    assert not JoinRequest.objects.exists()
    assert not is_member(claire, group)
    assert not Notification.objects.filter(recipient=claire).exists()


def test_a_plain_member_cannot_answer_requests(client, claire, marco):
    member = teacher()
    group = GroupFactory(owner=marco, members=[member], join_policy=JoinPolicy.REQUEST)
    request = JoinRequest.objects.create(group=group, user=claire)
    client.force_login(member)
    response = client.post(reverse("groups:request_answer", args=[group.pk, request.pk]), {"accept": "1"}, follow=True)
    assert "Only the group&#x27;s owner and moderators can do this." in response.content.decode()
    assert not is_member(claire, group)


def test_a_group_by_invitation_refuses_the_uninvited_and_saves_nothing(as_claire, claire, marco):
    group = GroupFactory(owner=marco, join_policy=JoinPolicy.INVITATION)
    assert "Only teachers invited by the group" in as_claire.get(group.get_absolute_url()).content.decode()

    response = as_claire.post(join(group))

    assert response.status_code == 403
    assert "Only teachers invited by the group&#x27;s owner or moderators can join this group." in (
        response.content.decode()
    )
    assert not is_member(claire, group)
    assert not JoinRequest.objects.exists()


def test_an_invited_teacher_is_told_and_joins(client, claire, marco):
    group = GroupFactory(name="Secret garden", owner=marco, join_policy=JoinPolicy.INVITATION)
    Contact.objects.create(owner=marco, other=claire)
    client.force_login(marco)
    members_page = reverse("groups:members", args=[group.pk])
    assert "Claire Dubois" in client.get(members_page).content.decode()
    response = client.post(reverse("groups:invite", args=[group.pk]), {"teacher": claire.pk}, follow=True)
    assert "Claire Dubois is invited and was told." in response.content.decode()
    notification = Notification.objects.get(recipient=claire)
    assert notification.text == "Marco Bianchi invited you to the group “Secret garden”."
    assert mail.outbox[-1].to == [claire.email]

    client.force_login(claire)
    html = client.get(group.get_absolute_url()).content.decode()
    assert "Marco Bianchi invited you to this group." in html
    client.post(join(group))
    assert is_member(claire, group)
    assert not Invitation.objects.exists()


def test_only_contacts_not_yet_in_the_group_can_be_invited(client, claire, marco):
    group = GroupFactory(owner=marco, join_policy=JoinPolicy.INVITATION)
    stranger = teacher()
    client.force_login(marco)
    response = client.post(reverse("groups:invite", args=[group.pk]), {"teacher": stranger.pk}, follow=True)
    assert "Choose one of your contacts who is not in the group yet." in response.content.decode()
    assert not Invitation.objects.exists()


def test_an_invitation_can_be_declined(as_claire, claire, marco):
    group = GroupFactory(owner=marco, join_policy=JoinPolicy.INVITATION)
    Invitation.objects.create(group=group, invited=claire, invited_by=marco)
    as_claire.post(reverse("groups:invitation_decline", args=[group.pk]))
    assert not Invitation.objects.exists()
    assert as_claire.post(join(group)).status_code == 403
    assert as_claire.post(reverse("groups:invitation_decline", args=[group.pk])).status_code == 404


def test_joining_takes_a_post_and_a_real_group(as_claire, rivers):
    assert as_claire.get(join(rivers)).status_code == 405
    assert as_claire.post(reverse("groups:join", args=[999_999])).status_code == 404


def test_only_validated_teachers_join(client, rivers):
    assert client.post(join(rivers)).status_code == 302
    for make in NOT_TEACHERS.values():
        client.force_login(make())
        assert client.post(join(rivers)).status_code == 403
    for make in NOT_VALIDATED_TEACHERS.values():
        client.force_login(make())
        assert client.post(join(rivers)).status_code == 302
    assert Membership.objects.filter(group=rivers).values_list("role", flat=True).get() == Role.OWNER


def test_the_group_page_takes_few_queries(as_claire, claire, rivers, django_assert_max_num_queries):
    as_on_a_running_server(as_claire, rivers.get_absolute_url())
    with django_assert_max_num_queries(11):
        assert as_claire.get(rivers.get_absolute_url()).status_code == 200
