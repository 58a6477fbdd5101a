"""Kit PDFs are made only in languages whose script the PDF fonts write correctly (kits.scripts)."""

import pytest
from django.conf import settings

from kits.scripts import pdf_available_in, writing_script


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_every_portal_language_has_its_pdf(code):
    assert pdf_available_in(code)


@pytest.mark.parametrize("code", ["ar", "he", "fa", "zh-hans", "xx"])
def test_no_pdf_in_scripts_the_fonts_cannot_write(code):
    assert not pdf_available_in(code)


@pytest.mark.parametrize(("code", "script"), [("sr", "Cyrl"), ("sr-latn", "Latn"), ("pt-br", "Latn"), ("ar", "Arab")])
def test_a_named_script_comes_before_the_usual_one(code, script):
    assert writing_script(code) == script
