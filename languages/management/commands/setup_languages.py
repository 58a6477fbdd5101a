"""Make the database match settings.LANGUAGES: a Wagtail locale for every language and, once the
default language's home page exists, a home page for every language (languages.locales).

Idempotent: `make setup` runs it after every migrate; a deployment runs it after adding a language."""

from django.conf import settings
from django.core.management.base import BaseCommand

from languages.locales import default_language_home_page, ensure_home_page_aliases, ensure_locales


class Command(BaseCommand):
    help = "Create the Wagtail locale and the home page of every portal language that lacks them."

    def handle(self, *args, **options):
        locales = ensure_locales()
        home = default_language_home_page()
        aliases = ensure_home_page_aliases(home) if home is not None else []
        self.stdout.write(self.summary(locales, home, aliases))

    @staticmethod
    def summary(locales, home, aliases):
        languages = f"Languages: {len(settings.LANGUAGES)}, {len(locales)} new locale(s)"
        if home is None:
            return f"{languages}; no {settings.LANGUAGE_CODE} home page yet, so no home pages were added."
        return f"{languages}, {len(aliases)} new home page(s) as aliases of the {settings.LANGUAGE_CODE} home page."
