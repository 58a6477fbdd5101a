"""The kit finder on a phone and with the keyboard. Before issue 12 a 390 x 844 phone showed the first kit
2.45 screens down (y = 2068 px), below 24 subjects, 5 ages and 2 selects, and the keyboard needed 48 Tab
presses to reach it; after filtering, focus went back to the top of the page. Now the filters are a
panel, closed on phones, and filtering lands on the results' heading."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.actions import assert_no_serious_violations

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def focused_is(page, locator):
    return page.evaluate("(element) => document.activeElement === element", locator.element_handle())


def tabs_until(page, locator, most=60):
    """How many presses of Tab move focus to `locator`, from where focus is now."""
    for presses in range(1, most + 1):
        page.keyboard.press("Tab")
        if focused_is(page, locator):
            return presses
    raise AssertionError(f"{locator} not reached in {most} Tab presses")


def test_on_a_phone_the_first_kit_is_on_the_first_screen(portal_url, browser_page):
    page = browser_page
    page.set_viewport_size(PHONE)
    page.goto(portal_url + "/en/kits/")
    card = page.locator("article.card").first.bounding_box()
    assert card["y"] < PHONE["height"], f"the first kit starts {card['y']} px down"  # 764 px at issue 12
    expect(page.get_by_label("Biology")).to_be_hidden()

    page.locator(".filter-panel summary").click()
    page.get_by_label("Biology").check()
    page.get_by_role("button", name="Show kits").click()
    page.wait_for_url(re.compile(r"subject=biology"))
    expect(page.locator(".filter-panel summary")).to_have_text("Filters (1)")
    assert page.locator(".filter-panel").get_attribute("open") is None, "phones keep the filters closed"
    expect(page.locator("#results-heading")).to_be_focused()
    assert_no_serious_violations(page)


def test_keyboard_reaches_the_first_kit_in_a_few_presses(portal_url, browser_page):
    page = browser_page
    page.set_viewport_size(PHONE)
    page.goto(portal_url + "/en/kits/")
    first_kit = page.locator(".card__title a").first
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    page.keyboard.press("Enter")
    # Skip to results, the closed filters, the first kit.
    assert tabs_until(page, first_kit) <= 3

    page.set_viewport_size(DESKTOP)
    page.goto(portal_url + "/en/kits/")
    expect(page.get_by_label("Biology")).to_be_visible()  # open beside the results
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to results")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#results-heading")).to_be_focused()
    assert tabs_until(page, page.locator(".card__title a").first) == 1


def test_after_filtering_with_the_keyboard_focus_is_on_the_results(portal_url, browser_page):
    page = browser_page
    page.set_viewport_size(DESKTOP)
    page.goto(portal_url + "/en/kits/")
    page.get_by_label("Biology").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Show kits").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"subject=biology"))
    heading = page.locator("#results-heading")
    expect(heading).to_be_focused()
    expect(heading).to_have_text("1 kit")
    page.keyboard.press("Tab")
    remove = page.get_by_role("link", name="Remove filter: Biology")
    expect(remove).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".filter-chip")).to_have_count(0)
    expect(page.locator("#results-heading")).to_be_focused()
    assert_no_serious_violations(page)


@pytest.fixture
def page_without_javascript(chromium):
    context = chromium.new_context(locale="en-GB", java_script_enabled=False, viewport=PHONE)
    yield context.new_page()
    context.close()


def test_the_finder_works_without_javascript(portal_url, page_without_javascript):
    page = page_without_javascript
    page.goto(portal_url + "/en/kits/")
    page.locator(".filter-panel summary").click()
    page.get_by_label("7 to 11 years").check()
    page.get_by_role("button", name="Show kits").click()
    page.wait_for_url(re.compile(r"age=7-11.*#results-heading"))
    expect(page.locator(".filter-panel summary")).to_have_text("Filters (1)")
    page.get_by_role("link", name="Remove filter: 7 to 11 years").click()
    expect(page.locator(".filter-panel summary")).to_have_text("Filters")
