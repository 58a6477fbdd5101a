from django.conf import settings
from django.db import DatabaseError
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.views import static
from django.views.decorators.cache import cache_control, never_cache
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from core.caching import cached_fragment
from core.database import check_database
from core.listing import under
from core.site import absolute_url


@never_cache
def health_check(request):
    """200 when the application and its database answer; 503 otherwise (for load balancers), within
    DATABASE_HEALTH_CHECK_TIMEOUT or so even when the database is stalled (core.database)."""
    try:
        check_database()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def serve_media(request, path):
    """Uploaded files, served by Django itself when SERVE_MEDIA is on (`make run`).

    Django's static view passes the operating system's errors on: a name longer than the file system
    allows ("File name too long") or one it cannot look up for another reason became a server error.
    Whatever the system cannot open is not a file here: 404, as for any other missing file."""
    try:
        return static.serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError as error:
        raise Http404 from error


def sitemap_pages(site):
    """Every live, public page of every language of the site, without aliases (they would repeat
    the source page's content under another address)."""
    roots = Page.objects.filter(translation_key=site.root_page.translation_key).values_list("path", flat=True)
    return (
        Page.objects.filter(under(roots))
        .live()
        .public()
        .filter(alias_of__isnull=True)
        .select_related("locale")
        .order_by("path")
    )


@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {absolute_url('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@cache_control(max_age=3600, public=True)
def sitemap(request):
    """/sitemap.xml: each page with xhtml:link alternates for its real translations and x-default.
    Kept in the fragment cache until the next publication (building it takes a while on a big site)."""
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    xml = cached_fragment("sitemap", lambda: sitemap_xml(request, site), site.pk, request.get_host())
    return HttpResponse(xml, content_type="application/xml")


def sitemap_xml(request, site):
    pages = list(sitemap_pages(site))
    urls = {page.pk: page.get_full_url(request) for page in pages}
    by_key = {}
    for page in pages:
        by_key.setdefault(page.translation_key, {})[page.locale.language_code] = page
    entries = []
    for page in pages:
        translations = by_key[page.translation_key]
        alternates = [(code, urls[translation.pk]) for code, translation in translations.items()]
        default = translations.get(settings.LANGUAGE_CODE, page)
        alternates.append(("x-default", urls[default.pk]))
        entries.append({"location": urls[page.pk], "lastmod": page.last_published_at, "alternates": alternates})
    return render_to_string("sitemap.xml", {"entries": entries}, request=request)


def serve_page(request, path):
    """Wagtail's page view, with the reader's home page taken from the cache: Wagtail would load
    the site's root page and look up its translation on every request (see HomePage.route). The
    route is handed over in a private attribute of Wagtail's (declared in core.internals)."""
    site = Site.find_for_request(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        home = cached_fragment("localized-home", lambda: site.root_page.localized.specific, site.pk)
        try:
            request._wagtail_route_for_request = home.route(request, [part for part in path.split("/") if part])
        except Http404:
            request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)
