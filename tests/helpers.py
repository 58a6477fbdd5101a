from bs4 import BeautifulSoup
from django.utils import translation


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def translated(text, language_code):
    with translation.override(language_code):
        return translation.gettext(text)


def hreflangs(page_soup):
    return {link["hreflang"]: link["href"] for link in page_soup.select('head link[rel="alternate"][hreflang]')}


def canonical(page_soup):
    return page_soup.select_one('head link[rel="canonical"]')["href"]


def switcher_links(page_soup):
    return {link["hreflang"]: link for link in page_soup.select(".language-switcher a[hreflang]")}
