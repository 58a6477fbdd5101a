"""Whose reports a user of the admin may decide on.

Moderating is the permission `moderation.moderate`. Without it, none. With it: superusers and the
central team, every report; a country's team (its editors or moderators, editors.models.Team), the
reports about that country's teachers (the country copied on the report when it was made). So a
report of another country is a 404 wherever its address is typed, whatever the action."""

from editors.access import scope_of
from moderation.models import Report

PERMISSION = "moderation.moderate"


def may_moderate(user):
    return user.is_active and user.has_perm(PERMISSION)


def reports_in_scope(user):
    if not may_moderate(user):
        return Report.objects.none()
    scope = scope_of(user)
    if scope.is_central:
        return Report.objects.all()
    return Report.objects.filter(reported_country_id__in=scope.country_ids)
