from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class DemoConfig(PortalAppConfig):
    """The demo content and accounts (manage.py load_demo_data); refused under production settings."""

    name = "demo"
    verbose_name = _("Demo data")
    fragment_models = ()
    other_models = ()
    central_team_edits = False
