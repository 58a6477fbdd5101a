"""The European Prizes in a browser: from the menu to a year's winners, readable on a phone and with no
serious accessibility issue."""

import pytest
from playwright.sync_api import expect

from tests.browser.actions import assert_no_serious_violations

CATEGORIES_2026 = [
    "Jusqu'à 6 ans",
    "De 7 à 11 ans",
    "De 12 à 15 ans",
    "De 16 à 19 ans",
    "Enseignement et formation professionnels",
    "Prix spécial de l'action pour le climat",
    "Prix spécial du multilinguisme",
]


def test_from_the_menu_to_the_winners_of_a_year_in_french(portal_url, browser_page):
    browser_page.goto(portal_url + "/fr/")
    browser_page.locator(".main-nav").get_by_role("link", name="Prix européens").click()
    expect(browser_page.locator("h1")).to_have_text("Prix européens")
    assert_no_serious_violations(browser_page)
    browser_page.get_by_role("link", name="Prix européens 2026").click()
    expect(browser_page.locator("h1")).to_have_text("Prix européens 2026")
    expect(browser_page.locator("main h2")).to_have_text(CATEGORIES_2026)
    expect(browser_page.locator(".prize-winner").first).to_contain_text("Croatie")
    assert_no_serious_violations(browser_page)


@pytest.mark.parametrize("width", [320, 390])
def test_a_year_fits_a_phone(portal_url, browser_page, width):
    browser_page.set_viewport_size({"width": width, "height": 844})
    browser_page.goto(portal_url + "/pl/prizes/2025/")
    assert browser_page.evaluate("document.documentElement.scrollWidth") <= width
