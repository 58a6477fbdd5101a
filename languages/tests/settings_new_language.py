"""The test settings with a 32nd language, Luxembourgish, for test_new_language.py: what a deployment
that adds a language to languages/codes.py runs with. Used in a process of its own, with a database
of its own (DATABASE_URL), so the rest of the suite keeps its 31 languages."""

from languages.codes import LANGUAGE_CODES, language_lists
from portal.settings.test import *  # noqa: F403

# Django knows Luxembourgish (its names and a catalogue), so it needs no EXTRA_LANG_INFO entry.
NEW_LANGUAGE = "lb"

LANGUAGES, WAGTAILADMIN_PERMITTED_LANGUAGES, WAGTAIL_CONTENT_LANGUAGES = language_lists([*LANGUAGE_CODES, NEW_LANGUAGE])
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)

# The apps whose names are translated per language (django-modeltranslation: a name_<code> column
# per language). Their committed migrations know 31 languages; a deployment adding one runs
# makemigrations. new_language_site.py does the same on a copy of their migrations, in this package
# (which it creates on sys.path), so that the repository's own migrations stay as they are.
TRANSLATED_NAME_APPS = ("taxonomy", "countries", "news")
COPIED_MIGRATIONS = "new_language_migrations"
MIGRATION_MODULES = {label: f"{COPIED_MIGRATIONS}.{label}" for label in TRANSLATED_NAME_APPS}
