from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class HomeConfig(PortalAppConfig):
    name = "home"
    verbose_name = _("Home and content pages")
    fragment_models = ("home.NavigationSettings", "home.MainMenuLink", "home.FooterLink", "home.SiteSettings")
    other_models = ()
    central_team_edits = True
    query_budgets = {
        "/en/": 12,  # home page with the newest kits, news and events
        "/mt/": 12,  # the same in a language whose home page is an alias of the English one
        "/de/about/": 12,  # translated standard page
        "/fi/about/": 12,  # untranslated fallback: the address is looked up in every tree at once
    }

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_migrate

        # Sent for wagtailsearch, like search's receiver that creates PostgreSQL's text search
        # configurations: that one was connected first (search comes first in INSTALLED_APPS), so
        # the configurations exist when the new home page is indexed.
        post_migrate.connect(
            create_home_page, sender=apps.get_app_config("wagtailsearch"), dispatch_uid="create-home-page"
        )


def create_home_page(apps, **kwargs):
    """post_migrate receiver: every deployment runs `migrate`, so every deployment has its home page
    (not when migrating the home app back to before its first migration)."""
    from home.models import HomePage

    try:
        apps.get_model("home", "HomePage")
    except LookupError:
        return
    HomePage.ensure_site_root()
