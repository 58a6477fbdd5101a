from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class MessagingConfig(PortalAppConfig):
    name = "messaging"
    verbose_name = _("Messages")
    fragment_models = ()
    other_models = ("messaging.Conversation", "messaging.Message")
    central_team_edits = False
    # Written by teachers on the portal, not by editors in the admin.
    edited_in_admin = False
    public_urls = "messaging.urls"
    personal_data = "messaging.personal_data"
    # What teachers may report to the moderators (the moderation app, moderation.reportable).
    reportable_models = ("messaging.Message",)
    notices = "messaging.notices.NOTICES"
