"""Proposing a group: the form, what a bad proposal is told, and who sees a group before it is approved."""

import pytest
from django.urls import reverse

from groups.factories import GroupFactory
from groups.models import Group, JoinPolicy, Role, Status
from live.tests.helpers import NOT_TEACHERS, NOT_VALIDATED_TEACHERS, as_on_a_running_server

pytestmark = pytest.mark.django_db

NEW = reverse("groups:new")


def proposal(**changes):
    return {
        "name": "Maths with Lego",
        "description": "Primary teachers who teach fractions with bricks.",
        "language": "fr",
        "join_policy": JoinPolicy.REQUEST,
        **changes,
    }


def test_a_proposed_group_waits_for_approval_owned_by_its_proposer(as_claire, claire, science, teens):
    response = as_claire.post(NEW, proposal(subjects=[science.pk], age_ranges=[teens.pk]), follow=True)

    group = Group.objects.get()
    assert (group.status, group.language, group.owner()) == (Status.PENDING, "fr", claire)
    assert list(group.subjects.all()) == [science]
    html = response.content.decode()
    assert "Your group waits for approval by the central team" in html
    assert "only you can see it" in html


def test_the_form_names_the_portal_languages_in_the_readers_language(as_claire):
    html = as_claire.get(NEW).content.decode()
    assert '<option value="fr">French</option>' in html
    assert '<option value="pl">Polish</option>' in html
    # CLDR knows Catalan, but it is not one of the portal's languages.
    assert 'value="ca"' not in html


def test_a_bad_proposal_is_explained_keeps_what_was_typed_and_saves_nothing(as_claire):
    response = as_claire.post(NEW, proposal(name="", language="xx", join_policy="everyone"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert "This field is required." in html
    assert "Select a valid choice. xx is not one of the available choices." in html
    assert "Primary teachers who teach fractions with bricks." in html
    assert not Group.objects.exists()


def test_a_group_waiting_or_declined_is_a_404_for_everyone_but_its_proposer(client, claire, marco):
    for status in (Status.PENDING, Status.DECLINED, Status.CLOSED):
        group = GroupFactory(owner=claire, status=status, decline_reason="Too close to an existing group.")
        client.force_login(marco)
        assert client.get(group.get_absolute_url()).status_code == 404
        assert client.post(reverse("groups:join", args=[group.pk])).status_code == 404
        assert group.name not in client.get(reverse("groups:list")).content.decode()
        client.force_login(claire)
        response = client.get(group.get_absolute_url())
        if status == Status.CLOSED:
            assert response.status_code == 404
        else:
            assert response.status_code == 200
            assert group.name in client.get(reverse("groups:list"), {"mine": "1"}).content.decode()
    assert (
        "Too close to an existing group."
        in client.get(Group.objects.get(status=Status.DECLINED).get_absolute_url()).content.decode()
    )


def test_only_validated_teachers_may_propose(client):
    assert client.get(NEW).status_code == 302  # to the log-in
    for make in NOT_TEACHERS.values():
        client.force_login(make())
        assert client.get(NEW).status_code == 403
    for make in NOT_VALIDATED_TEACHERS.values():
        client.force_login(make())
        assert client.post(NEW, proposal()).status_code == 302  # to their validation page
    assert not Group.objects.exists()


def test_the_owner_of_a_proposal_is_its_only_member(as_claire, claire):
    as_claire.post(NEW, proposal())
    assert list(Group.objects.get().memberships.values_list("user", "role")) == [(claire.pk, Role.OWNER)]


def test_the_proposal_form_takes_few_queries(as_claire, science, teens, django_assert_max_num_queries):
    as_on_a_running_server(as_claire, NEW)
    with django_assert_max_num_queries(7):
        assert as_claire.get(NEW).status_code == 200
