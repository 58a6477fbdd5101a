from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class HomeConfig(PortalAppConfig):
    name = "home"
    verbose_name = _("Home and content pages")
    fragment_models = ("home.NavigationSettings", "home.MainMenuLink", "home.FooterLink", "home.SiteSettings")
    other_models = ()
    central_team_edits = True
    query_budgets = {
        "/en/": 10,  # home page with the newest kits, news and events
        "/de/about/": 6,  # translated standard page
        "/fi/about/": 9,  # untranslated fallback: one more tree is searched
    }
