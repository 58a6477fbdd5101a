"""On a phone, pages fit the screen: nothing scrolls sideways (WCAG 1.4.10, reflow at 320 CSS pixels)
and the header's search box sits below the brand, not over it. The header search box, when it
was added, first pushed pages wider than a phone; long Greek filter labels did at 320 pixels."""

import pytest

PATHS = ["/mt/search/?q=bees", "/el/kits/", "/de/news/", "/fr/countries/"]


@pytest.mark.parametrize("width", [320, 390])
def test_nothing_scrolls_sideways_on_a_phone(portal_url, browser_page, width):
    browser_page.set_viewport_size({"width": width, "height": 844})
    for path in PATHS:
        browser_page.goto(portal_url + path)
        assert browser_page.evaluate("document.documentElement.scrollWidth") <= width, path
        search_box = browser_page.locator("#site-search-query").bounding_box()
        brand = browser_page.locator(".brand").bounding_box()
        assert search_box["y"] >= brand["y"] + brand["height"], f"{path}: the search box overlaps the brand"
