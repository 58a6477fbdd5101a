from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class GroupsConfig(PortalAppConfig):
    name = "groups"
    verbose_name = _("Groups")
    fragment_models = ()
    other_models = (
        "groups.Group",
        "groups.Membership",
        "groups.Invitation",
        "groups.JoinRequest",
        "groups.Thread",
        "groups.Reply",
    )
    # The central team approves proposed groups (the permission groups.approve_group, in the admin's queue).
    central_team_edits = True
    # Written by teachers on the portal; editors only approve or decline proposals.
    edited_in_admin = False
    public_urls = "groups.urls"
    notices = "groups.notices.NOTICES"
    personal_data = "groups.personal_data"
    # Read by the moderation app: what teachers may report.
    reportable_models = ("groups.Thread", "groups.Reply")
