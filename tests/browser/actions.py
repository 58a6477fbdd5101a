"""Steps that several journeys take."""

import re

from playwright.sync_api import expect


def switch_language(page, code):
    """Choose `code` in the language switcher and wait for the same page in that language."""
    page.locator(".language-switcher summary").click()
    page.locator(f'.language-switcher a[hreflang="{code}"]').click()
    page.wait_for_url(re.compile(rf"/{code}/"))
    expect(page.locator("html")).to_have_attribute("lang", code)
