"""A Greek reader: items not in Greek carry a visible language badge, the choice of Greek items only
hides them, a page not translated into Greek names and links the languages it can be read in, and dates
are written as Greek writes them. axe finds nothing serious on the way."""

import re

from playwright.sync_api import expect

from tests.browser.actions import assert_no_serious_violations

# Greek dates name the month in the genitive ("9 Δεκεμβρίου 2026"), as CLDR writes them.
GREEK_MONTHS = (
    "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου"
)
GREEK_MONTH = re.compile(rf"\d{{1,2}} ({'|'.join(GREEK_MONTHS.split())}) 20\d\d")


def test_a_greek_reader_sees_which_items_are_in_another_language(portal_url, browser_page):
    browser_page.goto(portal_url + "/el/events/")
    english_badge = browser_page.locator(".language-badge [aria-hidden]", has_text=re.compile("^EN$"))
    english_event = browser_page.locator(".event-list__item", has=english_badge).first
    expect(english_event.locator(".language-badge")).to_be_visible()
    expect(english_event.locator(".event-time")).to_contain_text(GREEK_MONTH)
    assert_no_serious_violations(browser_page)

    browser_page.goto(portal_url + "/el/news/")
    expect(browser_page.locator(".card .language-badge").first).to_be_visible()
    browser_page.get_by_label("Μόνο στη γλώσσα μου", exact=False).check()
    browser_page.locator("form.filters button[type=submit]").click()
    browser_page.wait_for_url(re.compile(r"own_language=1"))
    expect(browser_page.locator(".card .language-badge")).to_have_count(0)


def test_an_untranslated_page_links_the_languages_it_exists_in(portal_url, browser_page):
    browser_page.goto(portal_url + "/el/countries/fr/")
    notice = browser_page.locator(".notice--untranslated")
    expect(notice.locator("svg.notice__icon")).to_be_visible()
    expect(notice.locator('a[hreflang="fr"]')).to_have_text("français")
    expect(browser_page).to_have_title(re.compile(r"^Γαλλία \|"))
    expect(browser_page.locator(".event-time").first).to_contain_text(GREEK_MONTH)
    notice.locator('a[hreflang="fr"]').click()
    expect(browser_page.locator("html")).to_have_attribute("lang", "fr")
