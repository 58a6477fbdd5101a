from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig

from core.registry import PortalAppConfig


class AccountsConfig(PortalAppConfig):
    name = "accounts"
    verbose_name = _("Accounts")
    fragment_models = ()
    other_models = ("accounts.User",)
    # Accounts are managed in Settings → Users, by administrators.
    central_team_edits = False
    public_urls = "accounts.urls"
    personal_data = "accounts.personal_data"


class PortalUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with the user forms of accounts.views.PortalUserViewSet."""

    user_viewset = "accounts.views.PortalUserViewSet"
