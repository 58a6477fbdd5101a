"""A 32nd language works end to end once docs/translation.md's steps are followed: its address, the
language switcher, hreflang and the sitemap once a page is translated, and a kit's PDF.

The checks run in another process (new_language_site.py) under settings with the extra language and a
fresh SQLite database: Django reads LANGUAGES once, and this process keeps the portal's 31."""

from tests.helpers import run_site_checks


def test_a_new_language_is_served_translated_and_listed(tmp_path):
    run_site_checks(
        "languages.tests.new_language_site", tmp_path, DJANGO_SETTINGS_MODULE="languages.tests.settings_new_language"
    )
