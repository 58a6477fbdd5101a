"""Keep the editorial teams in step with the content: a new country or language gets its teams, and
a new language version of a national section (or a new language's home page) gets its rights.

Wagtail and wagtail-localize create every translation through `copy_for_translation`, which saves
the new page like any other, so `post_save` with `created` sees each one, whichever tool made it.

Publishing a page whose text changed marks its translations out of date (editors.translation_state).
"""

from django.db.models.signals import post_save
from wagtail.models import Locale, Page
from wagtail.signals import page_published

from editors import teams
from editors.translation_state import mark_translations_out_of_date


def country_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        teams.ensure_country_teams(instance)


def locale_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        teams.ensure_language_team(instance)


def page_created(sender, instance, created, raw=False, **kwargs):
    if not created or raw or not isinstance(instance, Page):
        return
    from countries.models import NationalSectionPage

    if isinstance(instance, NationalSectionPage):
        teams.grant_sections([instance])
    if instance.depth == 2:
        teams.grant_language_roots([instance])


def connect():
    from countries.models import Country

    post_save.connect(country_created, sender=Country, dispatch_uid="editors-country-created")
    post_save.connect(locale_created, sender=Locale, dispatch_uid="editors-locale-created")
    post_save.connect(page_created, dispatch_uid="editors-page-created")
    page_published.connect(mark_translations_out_of_date, dispatch_uid="editors-translations-out-of-date")
