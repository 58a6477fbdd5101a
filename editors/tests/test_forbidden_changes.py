"""Crafted requests that try to change what a role may not: 403, and nothing changed."""

import pytest
from wagtail.models import Page

from accounts.factories import TeacherFactory
from countries.models import NationalSectionPage
from editors.tests.conftest import edit_form

pytestmark = pytest.mark.django_db


def revision_count(page):
    return page.revisions.count()


def test_a_national_editor_cannot_edit_another_countrys_section(login, pages):
    italy = pages["it-section-en"]
    before = revision_count(italy)
    response = login("nss-fr").post(f"/admin/pages/{italy.id}/edit/", edit_form(italy, title="Hacked"))
    assert response.status_code == 403
    assert "permission" in response.content.decode()
    italy.refresh_from_db()
    assert italy.title == "Italy" and revision_count(italy) == before


def test_a_national_editor_cannot_edit_the_home_page_or_a_central_section(login, pages):
    for key in ("home-en", "kits-en"):
        page = pages[key]
        response = login("nss-fr").post(f"/admin/pages/{page.id}/edit/", {"title": "Hacked"})
        assert response.status_code == 403, key
        assert Page.objects.get(pk=page.pk).title != "Hacked"


def test_a_national_editor_cannot_add_a_page_to_another_countrys_section(login, pages):
    italy = pages["it-section-en"]
    response = login("nss-fr").post(
        f"/admin/pages/add/home/standardpage/{italy.id}/",
        edit_form(pages["fr-page-fr"], title="Intruder", slug="intruder"),
    )
    assert response.status_code == 403
    assert not Page.objects.filter(slug="intruder").exists()


@pytest.mark.parametrize("username", ["nss-fr", "moderator-fr"])
def test_no_national_team_can_delete_unpublish_or_move_its_section(login, pages, username):
    france = pages["fr-section-en"]
    client = login(username)
    for action in ("delete", "unpublish", "move"):
        assert client.post(f"/admin/pages/{france.id}/{action}/").status_code == 403, action
    france.refresh_from_db()
    assert france.live and NationalSectionPage.objects.filter(pk=france.pk).exists()


def test_the_central_team_can_delete_a_section(login, pages):
    italy = pages["it-section-en"]
    response = login("admin").post(f"/admin/pages/{italy.id}/delete/")
    assert response.status_code == 302
    assert not NationalSectionPage.objects.filter(pk=italy.pk).exists()


def test_a_national_editor_saves_drafts_but_cannot_publish_directly(login, pages):
    france = pages["fr-section-en"]
    response = login("nss-fr").post(
        f"/admin/pages/{france.id}/edit/", edit_form(france, title="France (draft)", **{"action-publish": "1"})
    )
    assert response.status_code == 302
    france.refresh_from_db()
    assert france.title == "France", "nothing went live"
    assert france.get_latest_revision_as_object().title == "France (draft)"


def test_a_national_editor_cannot_move_the_section_to_another_country(login, pages):
    france = pages["fr-section-en"]
    italy_country = pages["it-section-en"].country
    login("nss-fr").post(
        f"/admin/pages/{france.id}/edit/", edit_form(france, country=str(italy_country.pk), title="France 2")
    )
    draft = NationalSectionPage.objects.get(pk=france.pk).get_latest_revision_as_object()
    assert draft.title == "France 2", "the rest of the form was saved"
    assert draft.country.iso2 == "FR"


def test_a_translator_cannot_edit_a_source_page_or_another_language(login, pages):
    client = login("translator-de")
    for key in ("kit-en", "fr-section-fr"):
        page = pages[key]
        assert client.post(f"/admin/pages/{page.id}/edit/", {"title": "Hacked"}).status_code == 403, key
        assert Page.objects.get(pk=page.pk).title != "Hacked"


def test_a_translator_cannot_publish(login, pages):
    kit_de = pages["kit-de"]
    before = kit_de.live_revision_id
    response = login("translator-de").post(f"/admin/pages/{kit_de.id}/edit/", {"action": "publish"})
    assert response.status_code == 403
    kit_de.refresh_from_db()
    assert kit_de.live_revision_id == before


def test_people_without_an_editorial_team_do_not_reach_the_admin(login):
    teacher = TeacherFactory(country__iso2="FR")
    response = login(teacher.username).get("/admin/translations/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_admin_search_does_not_show_another_countrys_drafts(login, unpublished_draft):
    link = f"/admin/pages/{unpublished_draft.id}/edit/"
    found_by_italy = login("nss-it").get("/admin/pages/search/", {"q": "Journée des classes"})
    assert found_by_italy.status_code == 200 and link not in found_by_italy.content.decode()
    assert link in login("nss-fr").get("/admin/pages/search/", {"q": "Journée des classes"}).content.decode()
