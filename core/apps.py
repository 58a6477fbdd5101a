from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class CoreConfig(PortalAppConfig):
    name = "core"
    verbose_name = _("Portal base")
    fragment_models = ("wagtailcore.Locale", "wagtailcore.Site", "wagtailcore.PageViewRestriction")
    other_models = ()
    central_team_edits = False
    # Every page of every language, a thousand ids per sitemap: constant, not per page (core.sitemaps).
    query_budgets = {"/sitemap.xml": 6, "/sitemap-1.xml": 6}

    def ready(self):
        from django.core.signals import request_finished, request_started
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_migrate
        from wagtail.signals import page_published

        from core import checks  # noqa: F401 (registers the system checks)
        from core.caching import end_request_memo, start_request_memo
        from core.database import wait_for_answers_at_most
        from core.expiry import connect_expiry
        from core.pictures import make_pictures_of_published_page
        from core.site import sync_default_site_after_migrate

        connect_expiry()
        page_published.connect(make_pictures_of_published_page, dispatch_uid="make-pictures-of-published-page")
        request_started.connect(start_request_memo, dispatch_uid="fragment-memo-start")
        request_finished.connect(end_request_memo, dispatch_uid="fragment-memo-end")
        post_migrate.connect(sync_default_site_after_migrate, sender=self, dispatch_uid="sync-default-site")
        # Web requests stop waiting for a stalled database (core.database).
        connection_created.connect(wait_for_answers_at_most, dispatch_uid="database-answer-timeout")
