"""The groups' part of "download my data", and what deleting an account does to groups."""

import json

import pytest
from django.utils import timezone

from groups import personal_data
from groups.factories import GroupFactory, ReplyFactory, ThreadFactory
from groups.models import Invitation, JoinRequest, Membership, Role, Status
from live.tests.helpers import teacher

pytestmark = pytest.mark.django_db


def test_the_export_holds_memberships_proposals_and_what_was_written(claire, marco, rivers):
    own = GroupFactory(name="Claire's club", owner=claire, status=Status.PENDING)
    Membership.objects.create(group=rivers, user=claire)
    thread = ThreadFactory(group=rivers, author=claire, title="Our river", body="The Rhône")
    ReplyFactory(thread=thread, author=claire, body="And the Saône")
    Invitation.objects.create(group=GroupFactory(name="Secret"), invited=claire, invited_by=marco)

    data = personal_data.export(claire)

    json.dumps(data)
    assert [(item["group"], item["role"]) for item in data["memberships"]] == [
        (own.name, Role.OWNER),
        ("Rivers of Europe", Role.MEMBER),
    ]
    assert data["groups_owned"][0]["name"] == "Claire's club"
    assert data["discussions_started"][0]["text"] == "The Rhône"
    assert data["replies"][0]["text"] == "And the Saône"
    assert data["invitations"][0]["group"] == "Secret"


def test_erasing_passes_groups_on_and_keeps_what_was_written(marco, claire):
    moderator, member = teacher(), teacher()
    with_moderator = GroupFactory(owner=marco, members=[member], moderators=[moderator])
    with_member = GroupFactory(owner=marco, members=[member])
    alone = GroupFactory(owner=marco)
    proposal = GroupFactory(owner=marco, status=Status.PENDING)
    member_of = GroupFactory(owner=claire, members=[marco])
    thread = ThreadFactory(group=member_of, author=marco)
    JoinRequest.objects.create(group=GroupFactory(), user=marco)
    Invitation.objects.create(group=GroupFactory(), invited=marco, invited_by=claire)

    marco.erased_at = timezone.now()
    marco.save()
    personal_data.erase(marco)

    assert with_moderator.owner() == moderator
    assert with_member.owner() == member
    for group in (alone, proposal):
        group.refresh_from_db()
        assert group.status == Status.CLOSED
    assert not Membership.objects.filter(user=marco).exists()
    assert not JoinRequest.objects.exists()
    assert not Invitation.objects.exists()
    thread.refresh_from_db()
    assert thread.author.display_name == "Former member"
