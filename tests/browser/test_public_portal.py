"""The public portal's main journeys in a real browser: filtering kits, searching, switching a
page's language and filtering countries."""

import io
import re
import urllib.request

from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser.actions import switch_language


def test_filter_kits_by_subject_and_age_then_open_one_and_get_its_pdf(portal_url, browser_page):
    browser_page.goto(portal_url + "/en/kits/")
    browser_page.get_by_label("Biology").check()
    browser_page.get_by_label("7 to 11 years").check()
    browser_page.get_by_role("button", name="Show kits").click()
    browser_page.wait_for_url(re.compile(r"subject=biology.*age=7-11|age=7-11.*subject=biology"))
    expect(browser_page.locator(".results__count")).to_have_text("1 kit")
    browser_page.get_by_role("link", name="Bees, flowers and biodiversity").click()
    expect(browser_page.locator("h1")).to_have_text("Bees, flowers and biodiversity")

    pdf_link = browser_page.get_by_role("link", name="Download as PDF")
    pdf_url = portal_url + pdf_link.get_attribute("href")
    with urllib.request.urlopen(pdf_url) as response:
        assert response.headers["Content-Type"] == "application/pdf"
        reader = PdfReader(io.BytesIO(response.read()))
    assert "Bees, flowers and biodiversity" in reader.pages[0].extract_text()


def test_search_in_french_and_open_a_result(portal_url, browser_page):
    browser_page.goto(portal_url + "/fr/search/")
    browser_page.locator("#search-query").fill("eau")
    browser_page.locator("#search-query").press("Enter")
    first = browser_page.locator(".search-results .card__title a").first
    expect(first).to_be_visible()
    title = first.inner_text()
    first.click()
    expect(browser_page.locator("h1")).to_have_text(title)
    assert "/fr/" in browser_page.url


def test_switch_a_kit_page_from_english_to_bulgarian(portal_url, browser_page):
    browser_page.goto(portal_url + "/en/kits/our-water-footprint/")
    switch_language(browser_page, "bg")
    assert browser_page.url.endswith("/bg/kits/our-water-footprint/")
    expect(browser_page.locator("h1")).not_to_have_text("Our water footprint")
    expect(browser_page.locator(".notice--untranslated")).to_have_count(0)


def test_countries_filter_while_typing(portal_url, browser_page):
    browser_page.goto(portal_url + "/en/countries/")
    browser_page.get_by_label("Find a country").fill("georg")
    expect(browser_page.locator("[data-country-name]:visible")).to_have_count(1)
