from django.utils.translation import pgettext_lazy

from core.registry import PortalAppConfig


class LiveConfig(PortalAppConfig):
    name = "live"
    verbose_name = pgettext_lazy("the teachers' network", "Live")
    fragment_models = ()
    other_models = ("live.Profile", "live.SpokenLanguage")
    central_team_edits = False
    # Written by teachers on the portal, not by editors in the admin.
    edited_in_admin = False
    public_urls = "live.urls"
    personal_data = "live.personal_data"
    # What teachers may report to the moderators (the moderation app, moderation.reportable).
    reportable_models = ("live.Profile",)

    def ready(self):
        from django.db.backends.signals import connection_created

        from live import signals
        from live.ranking import register_popcount

        signals.connect()
        # SQLite has no popcount of its own; partner search ranks with it (live.ranking).
        connection_created.connect(register_popcount, dispatch_uid="live-sqlite-popcount")
