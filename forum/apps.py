from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class ForumConfig(PortalAppConfig):
    name = "forum"
    verbose_name = _("Partner-finding forum")
    fragment_models = ()
    other_models = ("forum.Post", "forum.PostLanguage", "forum.Reply")
    central_team_edits = False
    # Written by teachers on the portal, not by editors in the admin.
    edited_in_admin = False
    public_urls = "forum.urls"
    personal_data = "forum.personal_data"
    # What teachers may report to the moderators (the moderation app, moderation.reportable).
    reportable_models = ("forum.Post", "forum.Reply")
