"""Whose teachers each user of the admin may validate (validation.scope)."""

import pytest
from django.contrib.auth.models import Group, Permission

from accounts.factories import EditorFactory
from accounts.models import User
from countries.models import Country
from editors.factories import join_team
from editors.models import Team, TeamRole
from validation.scope import validation_scope

pytestmark = pytest.mark.django_db


def validate_teachers():
    return Permission.objects.get(content_type__app_label="validation", codename="validate_teachers")


def countries_of(user):
    scope = validation_scope(User.objects.get(pk=user.pk))  # no cached permissions
    return "all" if scope.every_country else {country.iso2 for country in scope.countries()}


@pytest.mark.parametrize(
    ("username", "countries"),
    [("admin", "all"), ("nss-fr", {"FR"}), ("moderator-fr", {"FR"}), ("nss-it", {"IT"}), ("translator-de", set())],
)
def test_the_worlds_accounts(username, countries):
    assert countries_of(User.objects.get(username=username)) == countries


def test_the_central_team_validates_every_country():
    central = join_team(EditorFactory(), TeamRole.CENTRAL)
    assert countries_of(central) == "all"


def test_a_member_of_two_countries_teams_validates_both():
    both = join_team(join_team(EditorFactory(), TeamRole.EDITORS, "FR"), TeamRole.MODERATORS, "IT")
    assert countries_of(both) == {"FR", "IT"}


def test_a_countrys_team_without_the_permission_validates_nobody():
    Team.objects.get(role=TeamRole.EDITORS, country__iso2="FR").group.permissions.remove(validate_teachers())
    assert countries_of(User.objects.get(username="nss-fr")) == set()
    assert countries_of(User.objects.get(username="moderator-fr")) == {"FR"}, "France's moderators still do"


def test_a_separate_validation_group_validates_its_members_countries():
    validators = Group.objects.create(name="Validators")
    validators.permissions.add(validate_teachers())
    member = EditorFactory(country=Country.objects.get(iso2="IT"))
    member.groups.add(validators)
    assert countries_of(member) == {"IT"}
    countryless = EditorFactory()
    countryless.groups.add(validators)
    assert countries_of(countryless) == set(), "an account without a country: none"


def test_the_permission_given_to_an_account_validates_its_country():
    editor = EditorFactory(country=Country.objects.get(iso2="FR"))
    editor.user_permissions.add(validate_teachers())
    assert countries_of(editor) == {"FR"}


def test_an_inactive_account_validates_nobody():
    User.objects.filter(username="nss-fr").update(is_active=False)
    assert countries_of(User.objects.get(username="nss-fr")) == set()
