"""The central team's queue of proposed groups in the Wagtail admin: who may reach it (over HTTP), approving
and declining, and what the proposer is told."""

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from accounts.factories import EditorFactory
from editors.factories import join_team
from editors.models import TeamRole
from groups.factories import GroupFactory
from groups.models import Status
from notifications.models import Notification

pytestmark = pytest.mark.django_db

QUEUE = reverse("groups_admin:queue")
MENU_ITEM = '"label": "Proposed groups"'


def decide(pk):
    return reverse("groups_admin:decide", args=[pk])


@pytest.fixture
def proposal(claire, science):
    return GroupFactory(name="Maths with Lego", owner=claire, status=Status.PENDING, subjects=[science])


def test_the_queue_lists_proposals_waiting_with_their_proposer(admin_client, proposal, marco):
    GroupFactory(name="Already approved", owner=marco)
    html = admin_client.get(QUEUE).content.decode()
    assert "Maths with Lego" in html
    assert "Proposed by Claire Dubois (claire@school.example), France" in html
    assert "Science" in html
    assert "Already approved" not in html
    assert "1 group waits for approval" in html


def test_approving_opens_the_group_and_tells_its_proposer(admin_client, proposal, claire, client, marco):
    response = admin_client.post(decide(proposal.pk), {"decision": "approve"}, follow=True)

    assert "“Maths with Lego” is approved; its proposer was told." in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == Status.APPROVED
    notification = Notification.objects.get(recipient=claire)
    assert notification.notice == "groups.approved"
    assert notification.url == proposal.get_absolute_url()
    assert mail.outbox[-1].to == [claire.email]
    assert "Maths with Lego" in mail.outbox[-1].body
    client.force_login(marco)
    assert client.get(proposal.get_absolute_url()).status_code == 200


def test_declining_tells_the_proposer_the_reason(admin_client, proposal, claire, client):
    admin_client.post(decide(proposal.pk), {"decision": "decline", "reason": "A group on Lego exists already."})

    proposal.refresh_from_db()
    assert (proposal.status, proposal.decline_reason) == (Status.DECLINED, "A group on Lego exists already.")
    notification = Notification.objects.get(recipient=claire)
    assert (notification.notice, notification.excerpt) == ("groups.declined", "A group on Lego exists already.")
    assert "A group on Lego exists already." in mail.outbox[-1].body
    client.force_login(claire)
    assert "A group on Lego exists already." in client.get(proposal.get_absolute_url()).content.decode()


def test_a_proposal_decided_already_is_left_alone(admin_client, proposal, claire):
    admin_client.post(decide(proposal.pk), {"decision": "approve"})
    response = admin_client.post(decide(proposal.pk), {"decision": "decline", "reason": "No"}, follow=True)

    assert "“Maths with Lego” was already decided: nothing was changed." in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == Status.APPROVED
    assert Notification.objects.filter(recipient=claire).count() == 1


def test_a_reason_too_long_is_refused_and_nothing_is_decided(admin_client, proposal):
    response = admin_client.post(decide(proposal.pk), {"decision": "decline", "reason": "x" * 1001}, follow=True)
    assert "Ensure this value has at most 1000 characters" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == Status.PENDING


def test_deciding_needs_a_post_and_a_real_group(admin_client, proposal):
    assert admin_client.get(decide(proposal.pk)).status_code == 405
    assert admin_client.post(decide(999_999), {"decision": "approve"}).status_code == 404


def test_a_member_of_the_central_team_who_is_no_superuser_decides_too(client, proposal):
    central = EditorFactory(username="central-editor")
    join_team(central, TeamRole.CENTRAL, None)
    client.force_login(central)
    assert client.get(QUEUE).status_code == 200
    client.post(decide(proposal.pk), {"decision": "approve"})
    proposal.refresh_from_db()
    assert proposal.status == Status.APPROVED


@pytest.mark.parametrize("username", ["nss-fr", "moderator-fr", "translator-de"])
def test_national_teams_and_translators_are_refused(client, proposal, username):
    client.login(username=username, password=settings.DEMO_PASSWORD)
    assert client.get(QUEUE).status_code == 403
    assert client.post(decide(proposal.pk), {"decision": "approve"}).status_code == 403
    assert MENU_ITEM not in client.get(reverse("wagtailadmin_home")).content.decode()
    proposal.refresh_from_db()
    assert proposal.status == Status.PENDING


def test_the_central_team_sees_the_queue_in_the_admin_menu(admin_client):
    assert MENU_ITEM in admin_client.get(reverse("wagtailadmin_home")).content.decode()


def test_teachers_do_not_reach_the_queue(client, claire, proposal):
    client.force_login(claire)
    assert client.get(QUEUE).status_code in (302, 403)
    client.post(decide(proposal.pk), {"decision": "approve"})
    proposal.refresh_from_db()
    assert proposal.status == Status.PENDING
