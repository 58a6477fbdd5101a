"""Served the way `make run` serves it, the portal names its own address in absolute URLs (canonical
links, the sitemap), not the `http://localhost/` of a fresh Wagtail install."""

import re
import urllib.request


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode()


def test_canonical_links_and_sitemap_name_the_served_address(portal_url, browser_page):
    browser_page.goto(portal_url + "/en/kits/")
    assert browser_page.locator('link[rel="canonical"]').get_attribute("href") == portal_url + "/en/kits/"
    locations = re.findall(r"<loc>([^<]+)</loc>", fetch(portal_url + "/sitemap.xml"))
    assert locations and all(url.startswith(portal_url + "/") for url in locations)
