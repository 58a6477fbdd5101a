"""Groups per country and language, made by rules, so a new country or language needs no code."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    WorkflowPage,
)
from wagtail.permissions import policy_registry

from accounts.models import User
from countries.models import Country, CountryIndexPage, NationalSectionPage
from editors.models import Team, TeamRole
from languages.codes import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def test_every_country_has_an_editors_and_a_moderators_team():
    for country in Country.objects.all():
        roles = set(country.teams.values_list("role", flat=True))
        assert roles == {TeamRole.EDITORS, TeamRole.MODERATORS}, country.iso2


def test_every_language_has_a_translators_team():
    assert Team.objects.filter(role=TeamRole.TRANSLATORS).count() == Locale.objects.count() == len(LANGUAGE_CODES)


def test_a_countrys_teams_hold_rights_on_its_section_in_every_language(pages):
    france = Country.objects.get(iso2="FR")
    sections = set(NationalSectionPage.objects.filter(country=france))
    assert sections == {pages["fr-section-en"], pages["fr-section-fr"]}  # English and its French translation
    for team in france.teams.all():
        granted = {permission.page.specific for permission in GroupPagePermission.objects.filter(group=team.group)}
        assert granted == sections
    assert {WorkflowPage.objects.get(page=section).workflow.name for section in sections} == {"Moderation: France"}


def test_a_new_country_gets_its_teams_and_its_section_its_rights():
    kosovo = Country.objects.create(iso2="XK", name="Kosovo")
    editors = kosovo.teams.get(role=TeamRole.EDITORS).group
    assert editors.permissions.filter(codename="access_admin").exists()
    collection = Collection.objects.get(name="Kosovo")
    assert GroupCollectionPermission.objects.filter(group=editors, collection=collection).count() == 6
    index = CountryIndexPage.objects.get(locale__language_code="en")
    section = index.add_child(instance=NationalSectionPage(title="Kosovo", slug="xk", country=kosovo))
    assert GroupPagePermission.objects.filter(group=editors, page=section).exists()
    assert WorkflowPage.objects.get(page=section).workflow.name == "Moderation: Kosovo"


def test_a_new_language_gets_its_translators():
    locale = Locale.objects.create(language_code="ja")
    assert Team.objects.get(role=TeamRole.TRANSLATORS, locale=locale).group.name == "Translators into Japanese (ja)"


def test_the_set_up_command_is_idempotent():
    before = (Team.objects.count(), GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count())
    call_command("setup_editorial_teams", verbosity=0)
    after = (Team.objects.count(), GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count())
    assert before == after


def wagtail_default_groups():
    return Group.objects.filter(name__in=["Editors", "Moderators"])


def test_wagtails_default_groups_hold_no_rights():
    assert wagtail_default_groups().count() == 2, "Wagtail's installation made them"
    for group in wagtail_default_groups():
        assert not group.permissions.exists(), group.name
        assert not GroupPagePermission.objects.filter(group=group).exists(), group.name
        assert not GroupCollectionPermission.objects.filter(group=group).exists(), group.name
        assert not GroupApprovalTask.objects.filter(groups=group).exists(), group.name


def test_a_national_editor_added_to_wagtails_default_groups_by_mistake_gains_nothing(pages):
    nss_it = User.objects.get(username="nss-it")
    nss_it.groups.add(*wagtail_default_groups())
    nss_it = User.objects.get(pk=nss_it.pk)  # no cached permissions
    for key in ("home-en", "fr-section-en", "kit-de"):
        tester = pages[key].permissions_for_user(nss_it)
        assert not (tester.can_publish() or tester.can_add_subpage() or tester.can_edit()), key
    assert not nss_it.has_perm("wagtail_localize.submit_translation")
    image_permissions = policy_registry.get_by_type(get_image_model())
    upload_to = image_permissions.collections_user_has_any_permission_for(nss_it, ["add"])
    assert Collection.get_first_root_node() not in upload_to, "only Italy's collection"


def test_the_set_up_command_takes_rights_given_again_to_wagtails_default_groups():
    editors = Group.objects.get(name="Editors")
    editors.permissions.add(Permission.objects.get(codename="submit_translation"))
    publish = Permission.objects.get(codename="publish_page")
    GroupPagePermission.objects.create(group=editors, page=Page.get_first_root_node(), permission=publish)
    call_command("setup_editorial_teams", verbosity=0)
    assert not editors.permissions.exists()
    assert not GroupPagePermission.objects.filter(group=editors).exists()


@pytest.mark.parametrize("app_label, codename", [("validation", "validate_teachers"), ("moderation", "moderate")])
def test_the_central_and_national_teams_validate_teachers_and_moderate_reports_and_translators_do_not(
    app_label, codename
):
    validating = Group.objects.filter(permissions__codename=codename, permissions__content_type__app_label=app_label)
    roles = set(Team.objects.filter(group__in=validating).values_list("role", flat=True))
    assert roles == {TeamRole.CENTRAL, TeamRole.EDITORS, TeamRole.MODERATORS}
    for country in Country.objects.all():
        assert set(country.teams.filter(group__in=validating).values_list("role", flat=True)) == {
            TeamRole.EDITORS,
            TeamRole.MODERATORS,
        }, country.iso2
