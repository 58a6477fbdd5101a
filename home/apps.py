from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and content pages")

    def ready(self):
        from django.core.signals import request_finished, request_started
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_migrate

        from home.caching import end_request_memo, start_request_memo
        from home.site import sync_default_site_after_migrate
        from portal.database import wait_for_answers_at_most

        connect_fragment_expiry()
        request_started.connect(start_request_memo, dispatch_uid="fragment-memo-start")
        request_finished.connect(end_request_memo, dispatch_uid="fragment-memo-end")
        post_migrate.connect(sync_default_site_after_migrate, sender=self, dispatch_uid="sync-default-site")
        # Web requests stop waiting for a stalled database (portal.database).
        connection_created.connect(wait_for_answers_at_most, dispatch_uid="database-answer-timeout")


def connect_fragment_expiry():
    """Any change an editor can make to what public pages show starts a new content generation
    (home.caching). Saving a plain model covers the admin's snippets, settings and taxonomies."""
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from home.caching import expire_fragments

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(expire_fragments, dispatch_uid=f"expire-fragments-{id(signal)}")
    post_delete.connect(expire_fragments, sender=Page, dispatch_uid="expire-fragments-page-deleted")
    for model_label in FRAGMENT_SOURCES:
        model = apps.get_model(model_label)
        post_save.connect(expire_fragments, sender=model, dispatch_uid=f"expire-fragments-save-{model_label}")
        post_delete.connect(expire_fragments, sender=model, dispatch_uid=f"expire-fragments-delete-{model_label}")


# Plain models whose values appear in cached fragments.
FRAGMENT_SOURCES = [
    "wagtailcore.Locale",
    "wagtailcore.Site",
    "wagtailcore.PageViewRestriction",
    "home.NavigationSettings",
    "home.MainMenuLink",
    "home.FooterLink",
    "home.SiteSettings",
    "kits.Subject",
    "kits.AgeRange",
    "kits.KeyCompetence",
    "countries.Country",
    "news.Topic",
]
