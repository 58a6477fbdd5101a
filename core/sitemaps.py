"""The sitemap (sitemaps.org protocol): /sitemap.xml is an index of paged sitemaps, /sitemap-<n>.xml,
which list every live, public page of every language with xhtml:link alternates for its real
translations and x-default.

A sitemap holds the listed pages among URLS_PER_SITEMAP consecutive ids, counted from the first listed
page's: sitemap 1 the first URLS_PER_SITEMAP ids, sitemap 2 the next ones, and so on; the index leaves
out the numbers whose ids are all drafts, aliases or deleted pages. So a sitemap is read by an index
range, at the same cost whatever the size of the site (numbered in tree order, the last sitemap would
skip all the others' pages first), and a new page changes the last sitemap only. Each request costs a
fixed number of queries; the index reads every listed page, once, in one query, and keeps what it drew
until the next publication (the page cache keeps whole responses too, when it is on)."""

from urllib.parse import quote
from xml.sax.saxutils import escape

from django.conf import settings
from django.db.models import F, Max, Subquery
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import RFC3986_SUBDELIMS
from django.views.decorators.cache import cache_control
from wagtail.models import Page, Site

from core.caching import ANY_PAGE, SITE, STRUCTURE, cached_fragment
from core.listing import under
from core.site import absolute_url

# Each sitemap a quick answer (its pages and their alternates are drawn on every request: about 30 µs
# a page) and a megabyte or two at most, with up to 31 alternates a page; the protocol allows 50,000
# URLs and 50 MB. 500 rather than 1,000: the demo's 560 pages then fill the first sitemap, so it costs
# the same as any full sitemap of a large site (bench/listing_scale.py compares the two).
URLS_PER_SITEMAP = 500
SITEMAP_NAMESPACE = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
XHTML_NAMESPACE = 'xmlns:xhtml="http://www.w3.org/1999/xhtml"'
# What a sitemap reads of its pages and of their translations.
PAGE_FIELDS = ("pk", "translation_key", "last_published_at")
TRANSLATION_FIELDS = ("pk", "translation_key", "locale__language_code", "url_path")


def current_site(request):
    return Site.find_for_request(request) or Site.objects.get(is_default_site=True)


def listed_pages(site):
    """Every live, public page of every language of the site, without aliases (they would repeat
    the source page's content under another address)."""
    roots = Page.objects.filter(translation_key=site.root_page.translation_key).values_list("path", flat=True)
    return Page.objects.filter(under(roots)).live().public().filter(alias_of__isnull=True)


def sitemap_url(number):
    return absolute_url(f"/sitemap-{number}.xml")


@cache_control(max_age=3600, public=True)
def sitemap_index(request):
    """/sitemap.xml: the paged sitemaps, each with the latest publication among its pages; an index
    even when one sitemap holds the whole site, so that crawlers and robots.txt have one address."""
    return xml_response("sitemapindex", [sitemap_index_entries(current_site(request))])


def sitemap_index_entries(site):
    """The index's <sitemap> elements, kept until the next publication (any-page tag): finding them
    costs a pass over every listed page, and drawing them one element per 500 pages."""

    def draw_entries():
        return "\n".join(
            f"<sitemap>\n<loc>{xml_text(sitemap_url(number))}</loc>{lastmod_element(lastmod)}\n</sitemap>"
            for number, lastmod in latest_publication_per_sitemap(listed_pages(site))
        )

    return cached_fragment("sitemap-index", draw_entries, site.pk, depends_on=(SITE, STRUCTURE, ANY_PAGE))


def latest_publication_per_sitemap(pages):
    """(number, latest publication) of each sitemap that has pages, in order, in one query."""
    first_id = Subquery(pages.order_by("pk").values("pk")[:1])
    return (
        pages.annotate(number=(F("pk") - first_id) / URLS_PER_SITEMAP + 1)
        .values("number")
        .annotate(lastmod=Max("last_published_at"))
        .order_by("number")
        .values_list("number", "lastmod")
    )


@cache_control(max_age=3600, public=True)
def sitemap_page(request, number):
    """/sitemap-<number>.xml; 404 when its ids hold no listed page. The number comes from the URL
    pattern: digits, no leading zero."""
    pages = listed_pages(current_site(request))
    first_id = pages.order_by("pk").values_list("pk", flat=True).first()
    if first_id is None:
        raise Http404("No pages.")
    start = first_id + (int(number) - 1) * URLS_PER_SITEMAP
    in_range = pages.filter(pk__gte=start, pk__lt=start + URLS_PER_SITEMAP)
    pages_of_sitemap = list(in_range.order_by("pk").values(*PAGE_FIELDS))
    if not pages_of_sitemap:
        raise Http404("No such sitemap.")
    return xml_response("urlset", url_elements(pages, pages_of_sitemap), XHTML_NAMESPACE)


def url_elements(listed, pages_of_sitemap):
    """A <url> per page, with an alternate for each of its real translations (listed pages of its
    translation key, wherever they sit in the tree) and x-default, the English version where there
    is one."""
    keys = {page["translation_key"] for page in pages_of_sitemap}
    translations = list(listed.filter(translation_key__in=keys).order_by("path").values_list(*TRANSLATION_FIELDS))
    by_key = {}
    for pk, translation_key, language_code, _url_path in translations:
        by_key.setdefault(translation_key, {})[language_code] = pk
    urls = escaped_page_urls((pk, url_path) for pk, _key, _code, url_path in translations)
    for page in pages_of_sitemap:
        versions = by_key[page["translation_key"]]
        alternates = [*versions.items(), ("x-default", versions.get(settings.LANGUAGE_CODE, page["pk"]))]
        links = "".join(
            f'\n<xhtml:link rel="alternate" hreflang="{code}" href="{urls[pk]}"/>' for code, pk in alternates
        )
        lastmod = lastmod_element(page["last_published_at"])
        yield f"<url>\n<loc>{urls[page['pk']]}</loc>{lastmod}{links}\n</url>"


def escaped_page_urls(pages):
    """{pk: full URL, escaped for XML} of (pk, url_path) rows, as Page.get_full_url gives them (the
    first site root path the url_path starts with, that root's address and language prefix, the rest
    quoted as reverse() quotes it) without a Page object and a reverse() per page: for the thousands
    of a sitemap, those would cost more than everything else."""
    roots = [(root, f"{root.root_url}{language_prefix(root.language_code)}") for root in Site.get_site_root_paths()]
    urls = {}
    for pk, url_path in pages:
        root, prefix = next((root, prefix) for root, prefix in roots if url_path.startswith(root.root_path))
        urls[pk] = xml_text(prefix + quote(url_path[len(root.root_path) :], safe=RFC3986_SUBDELIMS + "/~:@"))
    return urls


def language_prefix(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=("",))


def lastmod_element(moment):
    return f"\n<lastmod>{timezone.localtime(moment).isoformat()}</lastmod>" if moment else ""


def xml_text(value):
    """`value` escaped for XML text and attribute values."""
    return escape(value, {'"': "&quot;"})


def xml_response(root, elements, *namespaces):
    """The document, written here rather than by a template: a sitemap of a thousand pages has
    thousands of alternates, which Django's template engine draws three times slower than this."""
    body = "\n".join(elements)
    opening = " ".join((root, SITEMAP_NAMESPACE, *namespaces))
    xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<{opening}>\n{body}\n</{root}>\n'
    return HttpResponse(xml, content_type="application/xml")
