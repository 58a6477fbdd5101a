"""Steps that several journeys take."""

import re

from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from playwright.sync_api import expect


def switch_language(page, code):
    """Choose `code` in the language switcher and wait for the same page in that language."""
    page.locator(".language-switcher summary").click()
    page.locator(f'.language-switcher a[hreflang="{code}"]').click()
    page.wait_for_url(re.compile(rf"/{code}/"))
    expect(page.locator("html")).to_have_attribute("lang", code)


def assert_no_serious_violations(page):
    """axe-core finds no serious or critical accessibility violation on the page as it is now."""
    results = Axe().run(page)
    violations = results.response["violations"]
    serious = [(v["id"], v["impact"], len(v["nodes"])) for v in violations if v["impact"] in ("serious", "critical")]
    assert results.response["passes"], "axe did not run"
    assert serious == [], f"{page.url}: {serious}"


def log_in(page, portal_url, username):
    """Log in with the header's link and the portal's log-in form (demo password)."""
    page.goto(portal_url + "/en/")
    page.locator(".account-menu").get_by_role("link", name="Log in").click()
    page.get_by_label("Username or e-mail address").fill(username)
    page.get_by_label("Password").fill(settings.DEMO_PASSWORD)
    page.locator("main").get_by_role("button", name="Log in").click()
