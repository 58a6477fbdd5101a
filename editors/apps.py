from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class EditorsConfig(PortalAppConfig):
    name = "editors"
    verbose_name = _("Editorial teams")
    fragment_models = ()
    other_models = ("editors.Team",)
    central_team_edits = False

    def ready(self):
        from editors import patches, signals

        signals.connect()
        patches.apply()
