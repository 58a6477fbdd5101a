"""Whose teachers a user of the admin may validate: the countries in their scope.

Validating is the permission `validation.validate_teachers`. Without it, no country. With it:
- superusers and members of the central team: every country;
- members of a country's team (its editors or moderators, editors.models.Team) whose group carries the
  permission: that country (editors/teams.py gives it to both teams of every country);
- a user holding the permission otherwise (a separate validation group a deployment made, or given to
  the account itself): the country of their own account.

The queue, a teacher's page, their document and the decisions all go through `validation_scope`, so a
teacher outside the scope is a 404 wherever the address is typed (docs/validation.md)."""

from django.contrib.auth.models import Group

from accounts.models import Role, User, ValidationStatus
from countries.models import Country
from editors.access import scope_of as editorial_scope

PERMISSION = "validation.validate_teachers"


def may_validate(user):
    return user.is_active and user.has_perm(PERMISSION)


class ValidationScope:
    def __init__(self, every_country=False, country_ids=()):
        self.every_country = every_country
        self.country_ids = frozenset(country_ids)

    def countries(self):
        countries = Country.objects.all() if self.every_country else Country.objects.filter(pk__in=self.country_ids)
        return countries.order_by("name")

    @property
    def has_several_countries(self):
        return self.every_country or len(self.country_ids) > 1

    def teachers(self):
        teachers = User.objects.filter(role=Role.TEACHER)
        return teachers if self.every_country else teachers.filter(country_id__in=self.country_ids)

    def queue(self):
        """Teachers waiting whose evidence was sent, the longest waiting first."""
        return (
            self.teachers()
            .filter(validation_status=ValidationStatus.WAITING, evidence__submitted_at__isnull=False)
            .select_related("country", "school", "evidence")
            .order_by("evidence__submitted_at", "pk")
        )


def validation_scope(user):
    if not may_validate(user):
        return ValidationScope()
    editorial = editorial_scope(user)  # the user's teams, loaded once per request (the admin's menu asks too)
    if editorial.is_central:
        return ValidationScope(every_country=True)
    app_label, codename = PERMISSION.split(".")
    carrying = set(
        Group.objects.filter(
            user=user, permissions__codename=codename, permissions__content_type__app_label=app_label
        ).values_list("pk", flat=True)
    )
    teams = editorial.teams
    country_ids = {team.country_id for team in teams if team.group_id in carrying and team.country_id}
    if user.country_id and holds_outside_teams(user, carrying, teams):
        country_ids.add(user.country_id)
    return ValidationScope(country_ids=country_ids)


def holds_outside_teams(user, carrying_group_ids, teams):
    """Whether `user` holds the permission through a group that is no team, or on their account (from
    the permissions Django has just cached on the user)."""
    return bool(carrying_group_ids - {team.group_id for team in teams}) or PERMISSION in user.get_user_permissions()
