"""Groups per country and language, made by rules, so a new country or language needs no code."""

import pytest
from django.core.management import call_command
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale, WorkflowPage

from countries.models import Country, CountryIndexPage, NationalSectionPage
from editors.models import Team, TeamRole
from portal.languages import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def test_every_country_has_an_editors_and_a_moderators_team():
    for country in Country.objects.all():
        roles = set(country.teams.values_list("role", flat=True))
        assert roles == {TeamRole.EDITORS, TeamRole.MODERATORS}, country.iso2


def test_every_language_has_a_translators_team():
    assert Team.objects.filter(role=TeamRole.TRANSLATORS).count() == Locale.objects.count() == len(LANGUAGE_CODES)


def test_a_countrys_teams_hold_rights_on_its_section_in_every_language():
    france = Country.objects.get(iso2="FR")
    sections = set(NationalSectionPage.objects.filter(country=france))
    assert len(sections) == 2  # English and French in the demo
    for team in france.teams.all():
        granted = {permission.page.specific for permission in GroupPagePermission.objects.filter(group=team.group)}
        assert granted == sections
    assert {WorkflowPage.objects.get(page=section).workflow.name for section in sections} == {"Moderation: France (FR)"}


def test_a_45th_country_gets_its_teams_and_its_section_its_rights():
    kosovo = Country.objects.create(iso2="XK", name="Kosovo")
    editors = kosovo.teams.get(role=TeamRole.EDITORS).group
    assert editors.permissions.filter(codename="access_admin").exists()
    collection = Collection.objects.get(name="Kosovo")
    assert GroupCollectionPermission.objects.filter(group=editors, collection=collection).count() == 6
    index = CountryIndexPage.objects.get(locale__language_code="en")
    section = index.add_child(instance=NationalSectionPage(title="Kosovo", slug="xk", country=kosovo))
    assert GroupPagePermission.objects.filter(group=editors, page=section).exists()
    assert WorkflowPage.objects.get(page=section).workflow.name == "Moderation: Kosovo (XK)"


def test_a_new_language_gets_its_translators():
    locale = Locale.objects.create(language_code="ja")
    assert Team.objects.get(role=TeamRole.TRANSLATORS, locale=locale).group.name == "Translators into Japanese (ja)"


def test_the_set_up_command_is_idempotent():
    before = (Team.objects.count(), GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count())
    call_command("setup_editorial_teams", verbosity=0)
    after = (Team.objects.count(), GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count())
    assert before == after
