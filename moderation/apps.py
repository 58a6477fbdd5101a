from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class ModerationConfig(PortalAppConfig):
    name = "moderation"
    verbose_name = _("Moderation")
    fragment_models = ()
    other_models = ("moderation.Report",)
    central_team_edits = False
    # Reports are written by teachers on the portal and decided in the admin's own views, not edited there.
    edited_in_admin = False
    public_urls = "moderation.urls"
    notices = "moderation.notices.NOTICES"
    personal_data = "moderation.personal_data"
