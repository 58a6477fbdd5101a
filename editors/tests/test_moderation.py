"""A national editor's change goes live only after a moderator of the same country approves it;
each step is in the audit log and e-mails the next person."""

import pytest
from django.core import mail
from wagtail.models import PageLogEntry

from countries.models import NationalSectionPage
from editors.tests.conftest import edit_form

pytestmark = pytest.mark.django_db

NEW_INTRODUCTION = "Réseau Canopé runs eTwinning in France, with a correspondent in every academic region."


def submit_french_section(login, pages):
    france = pages["fr-section-en"]
    response = login("nss-fr").post(
        f"/admin/pages/{france.id}/edit/", edit_form(france, introduction=NEW_INTRODUCTION, **{"action-submit": "1"})
    )
    assert response.status_code == 302
    return NationalSectionPage.objects.get(pk=france.pk)


def moderate(client, page, action):
    task_state = page.current_workflow_task_state
    return client.post(f"/admin/pages/workflow/action/{page.id}/{action}/{task_state.id}/", {"comment": "Merci"})


def actions_logged(page):
    return list(PageLogEntry.objects.filter(page=page).order_by("timestamp").values_list("action", "user__username"))


def test_submission_waits_for_a_french_moderator_and_notifies_only_them(login, pages):
    france = submit_french_section(login, pages)
    assert france.workflow_in_progress
    assert france.introduction != NEW_INTRODUCTION, "nothing is live before approval"
    assert france.current_workflow_task.name == "Approval by the moderators of France"
    assert [message.to for message in mail.outbox] == [["moderator-fr@example.org"]]
    assert ("wagtail.workflow.start", "nss-fr") in actions_logged(france)


def test_the_moderator_approves_and_the_change_goes_live(login, pages, client):
    france = submit_french_section(login, pages)
    mail.outbox.clear()
    response = moderate(login("moderator-fr"), france, "approve")
    assert response.status_code in (200, 302)
    france.refresh_from_db()
    assert france.introduction == NEW_INTRODUCTION
    assert not france.workflow_in_progress
    assert {("wagtail.workflow.approve", "moderator-fr"), ("wagtail.publish", "moderator-fr")} <= set(
        actions_logged(france)
    )
    assert [message.to for message in mail.outbox] == [["nss-fr@example.org"]]
    client.logout()
    assert NEW_INTRODUCTION in client.get("/en/countries/fr/").content.decode()


def test_the_moderator_can_ask_for_changes(login, pages):
    france = submit_french_section(login, pages)
    mail.outbox.clear()
    moderate(login("moderator-fr"), france, "reject")
    france.refresh_from_db()
    assert france.introduction != NEW_INTRODUCTION
    assert france.workflow_states.get(status="needs_changes")
    assert ("wagtail.workflow.reject", "moderator-fr") in actions_logged(france)
    assert [message.to for message in mail.outbox] == [["nss-fr@example.org"]]


@pytest.mark.parametrize("username", ["nss-fr", "nss-it", "translator-de"])
def test_only_moderators_of_the_country_approve(login, pages, username):
    france = submit_french_section(login, pages)
    response = moderate(login(username), france, "approve")
    assert response.status_code == 403
    france.refresh_from_db()
    assert france.workflow_in_progress and france.introduction != NEW_INTRODUCTION


def test_a_page_waiting_for_the_french_moderators_is_on_their_dashboard(login, submitted_draft):
    dashboard = login("moderator-fr").get("/admin/").content.decode()
    assert submitted_draft.title in dashboard
