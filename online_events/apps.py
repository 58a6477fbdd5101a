from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class OnlineEventsConfig(PortalAppConfig):
    name = "online_events"
    verbose_name = _("Online events")
    fragment_models = ()
    other_models = ("online_events.OnlineEvent", "online_events.Registration")
    central_team_edits = False
    # Published by teachers on the portal, not by editors in the admin.
    edited_in_admin = False
    public_urls = "online_events.urls"
    notices = "online_events.notices.NOTICES"
    personal_data = "online_events.personal_data"
    periodic_tasks = (("online_events.tasks.send_reminders", "hourly"),)
    # Teachers may report an event to the moderators (moderation.reportable).
    reportable_models = ("online_events.OnlineEvent",)
