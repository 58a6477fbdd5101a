from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class PrivacyConfig(PortalAppConfig):
    name = "privacy"
    verbose_name = _("Personal data")
    fragment_models = ()
    other_models = ("privacy.RetentionWarning",)
    central_team_edits = False
    edited_in_admin = False
    public_urls = "privacy.urls"
    personal_data = "privacy.personal_data"
    periodic_tasks = (("privacy.tasks.apply_retention_daily", "daily"),)
