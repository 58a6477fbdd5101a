from django.conf import settings
from django.db import DatabaseError
from django.http import Http404, HttpResponse
from django.views import static
from django.views.decorators.cache import cache_control, never_cache
from wagtail import views as wagtail_views

from core.caching import SITE, STRUCTURE, cached_fragment
from core.database import check_database
from core.site import absolute_url, find_site_from_cache


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


@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {absolute_url('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def serve_page(request, path):
    """Wagtail's page view, with the reader's home page taken from the cache: Wagtail would load
    the site's root page and look up its translation on every request (see HomePage.route). The
    route is handed over in a private attribute of Wagtail's (declared in core.internals)."""
    site = find_site_from_cache(request)  # set by core.site.SiteFromCacheMiddleware
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        home = cached_fragment(
            "localized-home", lambda: site.root_page.localized.specific, site.pk, depends_on=(SITE, STRUCTURE)
        )
        try:
            request._wagtail_route_for_request = home.route(request, [part for part in path.split("/") if part])
        except Http404:
            request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)
