from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class TaxonomyConfig(PortalAppConfig):
    name = "taxonomy"
    verbose_name = _("Taxonomies")
    fragment_models = ("taxonomy.Subject", "taxonomy.AgeRange", "taxonomy.KeyCompetence")
    other_models = ()
    central_team_edits = True
