"""Dashboard panels by role, and the admin in each editor's language."""

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.users.models import UserProfile

from accounts.models import User
from countries.factories import CountryFactory
from languages.codes import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

WAGTAIL_STRING = "Site summary"  # a string of Wagtail's dashboard, not of ours

# Each editor's admin language, as their account settings give it.
ADMIN_LANGUAGES = {"nss-fr": "fr", "moderator-fr": "fr", "nss-it": "it", "translator-de": "de"}


@pytest.fixture
def admin_languages(db):
    for username, language_code in ADMIN_LANGUAGES.items():
        profile = UserProfile.get_for_user(User.objects.get(username=username))
        profile.preferred_language = language_code
        profile.save()


def test_a_national_editor_sees_their_sections_drafts_and_moderation(login, unpublished_draft, submitted_draft):
    content = login("nss-fr").get("/admin/").content.decode()
    assert unpublished_draft.title in content  # a draft
    assert submitted_draft.title in content  # waiting for moderation
    assert "Italy" not in content


def test_the_central_team_sees_every_country(login):
    CountryFactory(iso2="UA", name_en="Ukraine")
    content = login("admin").get("/admin/").content.decode()
    assert "France (FR)" in content and "Italy (IT)" in content and "Ukraine (UA)" in content


def test_a_translator_sees_their_languages_state(login):
    content = login("translator-de").get("/admin/").content.decode()
    assert 'href="/admin/translations/language/de/?state=out_of_date"' in content


def test_the_admin_speaks_the_editors_language(login, admin_languages):
    assert '<html lang="fr"' in login("nss-fr").get("/admin/").content.decode()
    assert '<html lang="de"' in login("translator-de").get("/admin/").content.decode()


def test_every_portal_language_can_be_the_admins():
    assert len(settings.WAGTAILADMIN_PERMITTED_LANGUAGES) == len(settings.LANGUAGES) == len(LANGUAGE_CODES)


def test_wagtails_own_catalogue_is_used_where_it_ships_one_under_a_regional_code(login, admin_languages):
    client = login("nss-it")
    profile = UserProfile.get_for_user(User.objects.get(username="nss-it"))
    profile.preferred_language = "sk-sk"
    profile.save()
    content = client.get("/admin/").content.decode()
    with translation.override("sk-sk"):
        slovak = translation.gettext(WAGTAIL_STRING)
    assert slovak != WAGTAIL_STRING, "Wagtail's Slovak catalogue is found"
    assert slovak in content
