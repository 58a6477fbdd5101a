from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class ValidationConfig(PortalAppConfig):
    name = "validation"
    verbose_name = _("Validation of teachers")
    fragment_models = ()
    other_models = ("validation.Evidence", "validation.Decision")
    central_team_edits = False
    public_urls = "validation.urls"
    notices = "validation.notices.NOTICES"
    personal_data = "validation.personal_data"
