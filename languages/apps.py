from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class LanguagesConfig(PortalAppConfig):
    name = "languages"
    verbose_name = _("Languages")
    fragment_models = ()
    other_models = ()
    central_team_edits = False
