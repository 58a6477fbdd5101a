"""A 32nd language works end to end once docs/translation.md's steps are followed: its address, the
language switcher, hreflang and the sitemap once a page is translated, and a kit's PDF.

The checks run in another process (new_language_site.py) under settings with the extra language and a
fresh SQLite database: Django reads LANGUAGES once, and this process keeps the portal's 31."""

import os
import subprocess
import sys

from django.conf import settings

TIME_LIMIT = 90  # seconds; the run takes about 25


def test_a_new_language_is_served_translated_and_listed(tmp_path):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "languages.tests.settings_new_language",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'portal.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-m", "languages.tests.new_language_site"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT,
    )
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    assert "All checks passed" in result.stdout
