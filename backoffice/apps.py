from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class BackofficeConfig(PortalAppConfig):
    name = "backoffice"
    verbose_name = _("Support services' back office")
    fragment_models = ()
    other_models = ()
    central_team_edits = False
