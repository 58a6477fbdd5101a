"""The default Wagtail Site follows the BASE_URL setting.

Wagtail builds every absolute page URL (canonical links, hreflang alternates, the sitemap, Open Graph
tags, feeds, .ics files) from the Site record's host name and port. The portal serves one site, so
its address is a deployment setting like any other: `migrate` writes it into the Site, and nobody has
to edit the Site in the admin after setting up a server or changing its port.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import get_language_from_path

DEFAULT_PORTS = {"http": 80, "https": 443}


def host_and_port(base_url):
    """('portal.example', 443) for https://portal.example; the port Wagtail's Site.root_url turns back
    into the same scheme (80 is http, 443 is https)."""
    parts = urlsplit(base_url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(f"BASE_URL must be an http:// or https:// address, not {base_url!r}.")
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    if parts.scheme == "https" and port != 443:
        # Site.root_url would turn this into http://host:port: Wagtail only knows https on 443.
        raise ImproperlyConfigured("An https:// BASE_URL must use the standard port 443.")
    return parts.hostname, port


def find_site_from_cache(request):
    """Wagtail's Site.find_for_request without its query: the site of each host name is cached (Site is
    a fragment model, core.caching), and kept where Wagtail's own calls look for it during the request."""
    from wagtail.models import Site

    from core.caching import cached_fragment

    if not hasattr(request, "_wagtail_site"):
        host = request._get_raw_host()
        request._wagtail_site = cached_fragment("site", lambda: Site._find_for_request(request), host)
    return request._wagtail_site


class SiteFromCacheMiddleware:
    """The Wagtail site of every public and Live request (an address with a language prefix) from the
    cache (find_site_from_cache), for every view that asks. Other addresses (the language redirect at
    `/`, the health check, the admin) are left to Wagtail: they need no site, or look it up themselves."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if get_language_from_path(request.path_info):
            find_site_from_cache(request)
        return self.get_response(request)


def absolute_url(path):
    """`path` (from the site's root) at the public address, whoever asked and however they reached us:
    PDFs and feeds are cached and must not keep the address of the request that made them."""
    return settings.BASE_URL + path if path.startswith("/") else path


def sync_default_site(base_url=None):
    """Point the default Site at BASE_URL; returns the Site, or None before the page tree exists."""
    from wagtail.models import Site

    hostname, port = host_and_port(base_url or settings.BASE_URL)
    site = Site.objects.filter(is_default_site=True).first()
    if site and (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return site


def sync_default_site_after_migrate(**kwargs):
    """post_migrate receiver: every deployment runs `migrate`, so every deployment gets its address."""
    sync_default_site()
