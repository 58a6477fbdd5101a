from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class SchoolsConfig(PortalAppConfig):
    name = "schools"
    verbose_name = _("Schools")
    fragment_models = ()
    other_models = ("schools.School",)
    # Schools are validated with their teachers, by the support service of their country (validation).
    central_team_edits = False
