from django.apps import apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class SearchConfig(PortalAppConfig):
    name = "search"
    verbose_name = _("Search")
    fragment_models = ()
    other_models = ()
    central_team_edits = False
    public_urls = "search.urls"
    # Search results of every type: a few queries, plus a count for each language the originals not
    # translated into the reader's are written in (each searched with its own stemming; national
    # sections write in 30 of the 31), so at most about 45.
    query_budgets = {
        "/en/search/?q=pupils": 12,  # languages where the query reads the same are searched together
        "/mt/search/?q=water": 12,  # in a fallback language
    }

    def ready(self):
        # After every migrate (test databases included), so that PostgreSQL's search configurations
        # exist before anything is indexed and follow search.languages when it changes. This app has
        # no models, so Django sends it no post_migrate: the app of the index table is the sender.
        post_migrate.connect(
            create_search_configurations,
            sender=apps.get_app_config("wagtailsearch"),
            dispatch_uid="search-configurations",
        )


def create_search_configurations(using, **kwargs):
    from django.db import connections

    from search.backends.postgres import ensure_configurations

    ensure_configurations(connections[using])
