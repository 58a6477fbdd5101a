"""National editors and translators see no other country's draft titles anywhere in the admin.

Each test makes a draft with a title of its own (ASCII, so that it reads the same in HTML and in the
chooser's JSON) in France's section, written by nss-fr. nss-it (another country) and translator-de
(another language tree) must not find it; nss-fr, whose draft it is, must.
"""

import uuid

import pytest
from wagtail.models import Page

from accounts.models import User
from countries.models import Country
from home.models import StandardPage

pytestmark = pytest.mark.django_db

OUTSIDERS = ["nss-it", "translator-de"]


@pytest.fixture
def french_draft(pages):
    """A draft of nss-fr's in the French version of France's section, never published."""
    token = uuid.uuid4().hex[:10]
    page = StandardPage(title=f"Zqdraft{token}", slug=f"zq-{token}", introduction="Brouillon.", live=False)
    pages["fr-section-fr"].add_child(instance=page)
    page.save_revision(user=User.objects.get(username="nss-fr"))
    return page


@pytest.fixture
def renamed_prizes(pages):
    """France's live prizes page with a draft under a new title, not yet published."""
    page = Page.objects.get(pk=pages["fr-page-fr"].pk).specific
    page.title = f"Zqrenamed{uuid.uuid4().hex[:10]}"
    page.save_revision(user=User.objects.get(username="nss-fr"))
    return page


def seen_by(login, username, url, title, **params):
    response = login(username).get(url, params)
    return response.status_code, title in response.content.decode()


# The page chooser (links in rich text, page choosers of every form)


@pytest.mark.parametrize("username", OUTSIDERS)
def test_the_page_chooser_search_hides_other_countries_drafts(login, french_draft, username):
    assert seen_by(login, username, "/admin/choose-page/search/", french_draft.title, q="Zqdraft") == (200, False)


def test_the_page_chooser_search_finds_ones_own_drafts(login, french_draft):
    assert seen_by(login, "nss-fr", "/admin/choose-page/search/", french_draft.title, q="Zqdraft") == (200, True)


@pytest.mark.parametrize("username", OUTSIDERS)
def test_the_page_chooser_hides_other_countries_titles_waiting_in_a_draft(login, renamed_prizes, username):
    """A live page whose draft has a new title is left out (the chooser would show the new title)."""
    status, seen = seen_by(login, username, "/admin/choose-page/search/", renamed_prizes.title, q="Prix")
    assert (status, seen) == (200, False)


@pytest.mark.parametrize("username", OUTSIDERS)
def test_browsing_the_page_chooser_hides_other_countries_drafts(login, pages, french_draft, username):
    section = pages["fr-section-fr"]
    assert seen_by(login, username, f"/admin/choose-page/{section.id}/", french_draft.title) == (200, False)
    assert login(username).get(f"/admin/choose-page/{french_draft.id}/").status_code == 403
    chosen = login(username).get("/admin/choose-page/chosen-multiple/", {"id": french_draft.id})
    assert chosen.status_code == 403 and french_draft.title not in chosen.content.decode()


def test_browsing_the_page_chooser_shows_ones_own_drafts(login, pages, french_draft):
    section = pages["fr-section-fr"]
    assert seen_by(login, "nss-fr", f"/admin/choose-page/{section.id}/", french_draft.title) == (200, True)
    assert seen_by(login, "nss-fr", "/admin/choose-page/chosen-multiple/", french_draft.title, id=french_draft.id) == (
        200,
        True,
    )


# The page-type usage report (Wagtail already lists only the pages one may explore)


@pytest.mark.parametrize("username", OUTSIDERS)
@pytest.mark.parametrize("path", ["", "results/"])
def test_the_page_type_usage_report_hides_other_countries_drafts(login, french_draft, username, path):
    url = f"/admin/pages/usage/home/standardpage/{path}"
    assert seen_by(login, username, url, french_draft.title) == (200, False)
    assert seen_by(login, username, url, french_draft.title, q="Zqdraft") == (200, False)


def test_the_page_type_usage_report_lists_ones_own_drafts(login, french_draft):
    assert seen_by(login, "nss-fr", "/admin/pages/usage/home/standardpage/", french_draft.title) == (200, True)


# Bulk actions' confirmation pages (they list the selected pages one may not act on)


@pytest.mark.parametrize("username", OUTSIDERS)
@pytest.mark.parametrize("action", ["publish", "unpublish", "delete", "move"])
def test_bulk_action_confirmations_hide_other_countries_drafts(login, pages, french_draft, username, action):
    url = f"/admin/bulk/wagtailcore/page/{action}/"
    assert seen_by(login, username, url, french_draft.title, id=french_draft.id) == (200, False)
    everything_in_section = {"id": "all", "childOf": pages["fr-section-fr"].id}
    assert seen_by(login, username, url, french_draft.title, **everything_in_section) == (200, False)


def test_bulk_action_confirmations_list_ones_own_drafts(login, french_draft):
    url = "/admin/bulk/wagtailcore/page/unpublish/"
    assert seen_by(login, "nss-fr", url, french_draft.title, id=french_draft.id) == (200, True)


# Workflow views and their error messages


def workflow_urls(page, submitted):
    """The workflow views of `page`, asked with the task of another page waiting for moderation."""
    task_state = Page.objects.get(pk=submitted.pk).current_workflow_task_state
    return [
        f"/admin/pages/workflow/action/{page.id}/approve/{task_state.id}/",
        f"/admin/pages/workflow/collect_action_data/{page.id}/approve/{task_state.id}/",
        f"/admin/pages/workflow/confirm_cancellation/{page.id}/",
        f"/admin/pages/workflow/preview/{page.id}/{task_state.task_id}/",
    ]


@pytest.mark.parametrize("username", OUTSIDERS)
def test_workflow_views_say_nothing_about_other_countries_drafts(login, french_draft, submitted_draft, username):
    """Wagtail answered "The page '<title>' is not currently awaiting moderation" to anyone."""
    client = login(username)
    for url in workflow_urls(french_draft, submitted_draft):
        response = client.get(url, follow=True)
        assert response.status_code == 403, url
        assert french_draft.title not in response.content.decode(), url
    assert french_draft.title not in client.get("/admin/").content.decode(), "no message left for later"


def test_workflow_views_still_answer_the_pages_editors(login, french_draft, submitted_draft):
    response = login("nss-fr").get(workflow_urls(french_draft, submitted_draft)[0], follow=True)
    assert f"{french_draft.title}" in response.content.decode(), "not awaiting moderation, says Wagtail"


# Countries: another country's history and usage


def country_url(view, iso2):
    return f"/admin/snippets/countries/country/{view}/{Country.objects.get(iso2=iso2).pk}/"


@pytest.mark.parametrize("view", ["history", "history-results", "usage"])
def test_national_teams_see_only_their_own_countrys_history_and_usage(login, view):
    client = login("nss-it")
    assert client.get(country_url(view, "FR")).status_code == 403
    assert client.get(country_url(view, "IT")).status_code == 200
