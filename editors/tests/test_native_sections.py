"""A national section written in its country's language: Luxembourg's team writes in French, in the
page editor (no translation editor), submits news to its moderators as its main action, sees its workflow
named in French, and its news, once approved, is listed in the section, in /fr/news/ and the French feed."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from wagtail.models import WorkflowPage
from wagtail.users.models import UserProfile

from accounts.factories import EditorFactory
from accounts.models import User
from core.factories import translate
from countries.factories import CountryFactory, NationalSectionPageFactory
from editors.factories import join_team
from editors.models import TeamRole
from editors.panels import section_figures
from home.factories import StandardPageFactory
from news.models import NewsPage
from tests.helpers import soup, translated
from tests.world import world

pytestmark = pytest.mark.django_db


@pytest.fixture
def luxembourg():
    """Luxembourg, whose team writes in French: its section is a page of the French tree, with no
    English source; a French editor and a French moderator."""
    country = CountryFactory(iso2="LU", name_en="Luxembourg", name_fr="Luxembourg", language="fr")
    french_countries = translate(world().countries, "fr", title="Pays")
    section = NationalSectionPageFactory(parent=french_countries, country=country, title="Luxembourg", slug="lu")
    for username, role in (("nss-lu", TeamRole.EDITORS), ("moderator-lu", TeamRole.MODERATORS)):
        join_team(EditorFactory(username=username), role, "LU")
    return section


def news_form(**changes):
    return {
        "title": "Journée eTwinning à Esch-sur-Alzette",
        "slug": "journee-esch",
        "date": "2026-11-20",
        "introduction": "Une journée d'ateliers pour les enseignants du sud du pays.",
        "body-count": "0",
        **changes,
    }


def test_the_section_workflow_is_named_in_the_sections_language(luxembourg):
    workflow = WorkflowPage.objects.get(page=luxembourg).workflow
    assert workflow.name == translated("Moderation: %(country)s", "fr") % {"country": "Luxembourg"}
    assert workflow.name != "Moderation: Luxembourg", "in French, as the team reads it"
    task_name = translated("Approval by the moderators of %(country)s", "fr") % {"country": "Luxembourg"}
    assert [task.name for task in workflow.tasks.all()] == [task_name]


def test_submit_to_moderation_is_the_national_editors_main_action(client, luxembourg):
    client.force_login(User.objects.get(username="nss-lu"))
    form = soup(client.get(f"/admin/pages/add/news/newspage/{luxembourg.id}/"))
    main_button = form.select_one("footer .w-dropdown-button button")
    assert main_button.get("name") == "action-submit", "not Save draft: the editor cannot publish"
    assert form.select_one('footer button[name="action-publish"]') is None


def test_those_who_may_publish_keep_wagtails_order(client, luxembourg):
    client.force_login(User.objects.get(username="moderator-lu"))
    form = soup(client.get(f"/admin/pages/add/news/newspage/{luxembourg.id}/"))
    assert form.select_one("footer .w-dropdown-button button").get("name") != "action-submit"
    assert form.select_one('footer button[name="action-publish"]') is not None


def test_national_news_goes_through_moderation_and_is_then_listed_everywhere_in_french(client, luxembourg):
    editor = User.objects.get(username="nss-lu")
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/add/news/newspage/{luxembourg.id}/", news_form(country="", **{"action-submit": "1"})
    )
    assert response.status_code == 302
    article = NewsPage.objects.get(slug="journee-esch")
    assert article.country.iso2 == "LU", "news written in a section is the country's"
    assert article.locale.language_code == "fr" and not article.live
    assert [message.to for message in mail.outbox] == [["moderator-lu@example.org"]]

    moderator = User.objects.get(username="moderator-lu")
    client.force_login(moderator)
    task_state = article.current_workflow_task_state
    response = client.post(f"/admin/pages/workflow/action/{article.id}/approve/{task_state.id}/", {"comment": ""})
    assert response.status_code in (200, 302)
    article.refresh_from_db()
    assert article.live

    client.logout()
    title = "Journée eTwinning à Esch-sur-Alzette"
    assert title in client.get("/fr/countries/lu/").content.decode()
    assert title in client.get("/fr/news/", {"country": "lu"}).content.decode()
    assert title in client.get("/fr/news/feed/").content.decode()
    english_list = soup(client.get("/en/news/"))
    card = next(card for card in english_list.select(".card") if title in card.get_text())
    assert card.select_one(".language-badge [aria-hidden]").get_text() == "FR", "marked as French for English readers"


def test_a_team_cannot_file_news_under_another_country(client, luxembourg):
    client.force_login(User.objects.get(username="nss-lu"))
    italy = world().it.country
    client.post(f"/admin/pages/add/news/newspage/{luxembourg.id}/", news_form(country=str(italy.pk)))
    assert NewsPage.objects.get(slug="journee-esch").country.iso2 == "LU"


def test_the_section_lists_its_own_pages(client, luxembourg):
    StandardPageFactory(parent=luxembourg, title="Prix nationaux", slug="prix-nationaux", show_in_menus=True)
    StandardPageFactory(parent=luxembourg, title="Mentions cachées", slug="cachee", show_in_menus=False)
    links = soup(client.get("/fr/countries/lu/")).select(".section-pages a")
    assert [(link.get_text(), link["href"]) for link in links] == [
        ("Prix nationaux", "/fr/countries/lu/prix-nationaux/")
    ]


def test_missing_translations_count_only_the_languages_the_team_offers(luxembourg):
    StandardPageFactory(parent=luxembourg, title="Prix nationaux", slug="prix-nationaux")
    assert section_figures([luxembourg.country_id])[luxembourg.country_id]["missing"] == 0, "French only: none owed"
    translate(luxembourg, "en", title="Luxembourg")
    assert section_figures([luxembourg.country_id])[luxembourg.country_id]["missing"] == 1, "the page, in English"


def test_the_dashboard_says_what_the_team_owes(client, luxembourg):
    client.force_login(User.objects.get(username="nss-lu"))
    panel = BeautifulSoup(client.get("/admin/").content, "html.parser").select_one("#national-section-LU-section")
    assert "0 missing translations" in " ".join(panel.get_text().split())


def test_the_translation_editors_heading_is_given_in_the_admins_language(client, luxembourg):
    """wagtail-localize writes "Anglais to Français translation"; the admin's script rewrites it from a
    template in the editor's language."""
    editor = User.objects.get(username="nss-lu")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(editor)
    script = soup(client.get("/admin/")).select_one('script[src*="translation-editor-heading"]')
    assert script["data-template"] == translated("Translation from %(source)s into %(target)s", "fr")
    assert script["data-template"] != "Translation from %(source)s into %(target)s"


def test_a_reader_without_a_version_in_their_language_gets_the_original_not_a_translation(client, luxembourg):
    """As the lists show the original (marked FR), the page shown under /el/ is the French original, even
    where an English translation exists; the notice links both."""
    translate(luxembourg, "en", title="Luxembourg", introduction="The national support service.")
    page = soup(client.get("/el/countries/lu/"))
    assert page.main["lang"] == "fr"
    assert {link["hreflang"] for link in page.select(".notice--untranslated a[hreflang]")} == {"fr", "en"}
