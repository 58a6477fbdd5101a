"""The main journeys of a visitor, in a real browser: arriving in the browser's language, switching
a page's language, skipping to the content, and pages without serious accessibility violations."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.actions import switch_language
from tests.helpers import translated


@pytest.mark.browser_locale("de-DE")
def test_a_german_browser_arriving_at_the_root_lands_on_german(portal_url, browser_page):
    browser_page.goto(portal_url + "/")
    assert browser_page.url == portal_url + "/de/"
    expect(browser_page.locator("html")).to_have_attribute("lang", "de")
    expect(browser_page.locator(".skip-link")).to_have_text(translated("Skip to main content", "de"))


def test_switching_a_page_to_greek(portal_url, browser_page):
    browser_page.goto(portal_url + "/en/about/")
    expect(browser_page.locator("h1")).to_have_text("About the portal")
    switch_language(browser_page, "el")
    assert browser_page.url.endswith("/el/about/")
    expect(browser_page.locator("h1")).not_to_have_text("About the portal")
    expect(browser_page.locator(".notice--untranslated")).to_have_count(0)


def test_keyboard_user_can_skip_to_the_content(portal_url, browser_page):
    browser_page.goto(portal_url + "/en/")
    browser_page.keyboard.press("Tab")
    expect(browser_page.locator(".skip-link")).to_be_focused()
    browser_page.keyboard.press("Enter")
    assert browser_page.url.endswith("#main")


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/el/",
        "/fi/about/",
        "/en/kits/",
        "/bg/kits/our-water-footprint/",
        "/en/countries/",
        "/en/events/",
        "/fr/search/?q=europe",  # two search forms, results in French then English originals
    ],
)
def test_pages_have_no_serious_accessibility_violations(portal_url, browser_page, path):
    browser_page.goto(portal_url + path)
    results = Axe().run(browser_page)
    violations = results.response["violations"]
    serious = [(v["id"], v["impact"], len(v["nodes"])) for v in violations if v["impact"] in ("serious", "critical")]
    assert results.response["passes"], "axe did not run"
    assert serious == [], serious
