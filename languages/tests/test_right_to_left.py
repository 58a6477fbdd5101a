"""A language written right to left (Arabic) switched on with EXTRA_LANGUAGES, and the style sheets
that let every page mirror for it (docs/translation.md, "Right-to-left languages").

The Arabic checks run in another process (right_to_left_site.py) with EXTRA_LANGUAGES=ar and a fresh
SQLite database: Django reads LANGUAGES once, and this process keeps the portal's 31."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from languages.codes import LANGUAGE_CODES, with_extra_languages
from tests.helpers import run_site_checks

# A property that names a physical side, which stays on that side in a right-to-left page: margin-left,
# border-right-color, left: 0, text-align: right, float: left... Their logical forms (margin-inline-start,
# inset-inline-end, text-align: end) follow the direction of the text.
PHYSICAL_PROPERTY = re.compile(
    r"(?<![-\w])(?:(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)|left|right)\s*:"
    r"|(?<![-\w])(?:text-align|float|clear)\s*:\s*(?:left|right)\b"
    r"|border-(?:top|bottom)-(?:left|right)-radius"
)


def test_arabic_is_served_right_to_left_without_a_pdf(tmp_path):
    run_site_checks(
        "languages.tests.right_to_left_site",
        tmp_path,
        DJANGO_SETTINGS_MODULE="portal.settings.test",
        EXTRA_LANGUAGES="ar",
    )


def test_extra_languages_come_after_the_portals_once_each():
    assert with_extra_languages(["ar", "ar", "fr"]) == [*LANGUAGE_CODES, "ar"]


def test_an_extra_language_django_does_not_know_is_refused():
    with pytest.raises(ImproperlyConfigured, match="xx"):
        with_extra_languages(["xx"])


def style_sheets():
    base = Path(settings.BASE_DIR)
    return sorted([*base.glob("static/**/*.css"), *base.glob("*/static/**/*.css")])


def physical_properties(css):
    return [line.strip() for line in css.splitlines() if PHYSICAL_PROPERTY.search(line)]


def test_physical_properties_are_found():
    css = ".a { margin-left: 1rem; }\n.b { right: 0; }\n.c { text-align: left; }\n.d { margin-inline-start: 1rem; }"
    assert physical_properties(css) == [".a { margin-left: 1rem; }", ".b { right: 0; }", ".c { text-align: left; }"]


@pytest.mark.parametrize("path", style_sheets(), ids=lambda path: path.name)
def test_style_sheets_use_logical_properties(path):
    assert physical_properties(path.read_text()) == []
