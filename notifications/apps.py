from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class NotificationsConfig(PortalAppConfig):
    name = "notifications"
    verbose_name = _("Notifications")
    fragment_models = ()
    other_models = ("notifications.Notification", "notifications.EmailChoice")
    central_team_edits = False
    # Made by the portal and chosen by teachers on the portal, not filled in by editors in the admin.
    edited_in_admin = False
    public_urls = "notifications.urls"
    personal_data = "notifications.personal_data"
    periodic_tasks = (
        ("notifications.tasks.send_daily_digests", "daily"),
        ("notifications.tasks.send_overdue_emails", "hourly"),
    )
