"""The edge cache: nginx in front of the portal keeps anonymous pages (deploy/nginx/portal.conf,
docs/deployment.md). When a publication changes pages, core.expiry names the addresses that show them
(the page itself first) and, once the transaction has committed, calls `purge_edge`: each address goes
to nginx as a PURGE request, which nginx answers by fetching the page afresh from the portal and keeping
the new copy.

The requests are sent by Wagtail's frontend-cache backends (settings.WAGTAILFRONTENDCACHE, made from
FRONTEND_CACHE_PURGE_URL), through `RefreshingHTTPBackend`: Wagtail's HTTPBackend waits for nginx with no
time-out and purges one address after another, while a publication may purge some 60 addresses, each a
page the portal renders, and a stalled nginx must never hold an editor's publication.

The app wagtail.contrib.frontend_cache is not installed, and need not be for its backends: its signal
handlers would purge each published page on their own, and core.expiry decides what to purge."""

import logging
import time
from concurrent.futures import ThreadPoolExecutor, wait
from http.client import HTTPException
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import HTTPBackend, PurgeRequest
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

logger = logging.getLogger(__name__)

# Seconds a publication waits for the edge cache at most, in all; also each request's time-out.
PURGE_TIMEOUT = 2
# PURGE requests in flight at once. The addresses of a publication after its first (some 60) all go at
# once, so that all are on their way when the publication stops waiting: nginx finishes a refresh whose
# requester has gone (proxy_ignore_client_abort, deploy/nginx/portal.conf), and the portal's workers
# render them in turn.
PURGE_CONCURRENCY = 64


def has_edge_cache():
    """Whether the portal has an edge cache to purge (FRONTEND_CACHE_PURGE_URL)."""
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_edge(urls):
    """Refreshes these absolute URLs in the edge cache, if the portal has one: the first on its own, so
    put the page just published first; then the others side by side. Never raises: an edge cache that
    cannot be reached costs readers the old page for its max-age, not the editor's publication."""
    urls = list(dict.fromkeys(urls))
    if not urls or not has_edge_cache():
        return
    try:
        purge_urls_from_cache(urls)
    except Exception:
        logger.exception("Could not refresh %d addresses in the edge cache", len(urls))


class RefreshingHTTPBackend(HTTPBackend):
    """Wagtail's HTTPBackend with a time-out (TIMEOUT, seconds; PURGE_TIMEOUT by default) that sends a
    batch of addresses side by side and waits for the whole batch no longer than one time-out."""

    def __init__(self, params):
        params = dict(params)
        self.timeout = params.pop("TIMEOUT", PURGE_TIMEOUT)
        super().__init__(params)

    def purge(self, url):
        try:
            with urlopen(self.purge_request(url), timeout=self.timeout) as response:
                # The fresh page comes back whole: read it, so that nginx finishes keeping it.
                response.read()
        except (OSError, HTTPException) as error:
            logger.warning("Could not refresh %s in the edge cache: %s", url, error)

    def purge_request(self, url):
        """PURGE of the URL's path at the cache's address, with the URL's own host name, as Wagtail's
        HTTPBackend.purge builds it."""
        parts = urlsplit(url)
        host = f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname
        return PurgeRequest(
            url=urlunsplit((self.cache_scheme, self.cache_netloc, parts.path, parts.query, "")),
            headers={"Host": host, "User-Agent": f"Wagtail-frontendcache/{wagtail_version}"},
        )

    def purge_batch(self, urls):
        """The first address alone, then the others side by side, all within one time-out. Each refresh
        is a page for the portal to render: the caller's first address, the page just published, thus
        reaches its readers without waiting behind the lists and other languages that show it too."""
        deadline = time.monotonic() + self.timeout
        executor = ThreadPoolExecutor(min(len(urls), PURGE_CONCURRENCY), thread_name_prefix="purge-edge")
        late = self.refresh_side_by_side(executor, urls[:1], deadline)
        if not late:
            late = self.refresh_side_by_side(executor, urls[1:], deadline)
        else:
            late += len(urls) - 1  # not sent: the cache is stalled or the portal too busy to refresh more
        # Requests under way end by their own time-out; those not yet sent are dropped.
        executor.shutdown(wait=False, cancel_futures=True)
        if late:
            logger.warning(
                "The edge cache left %d of %d refreshes unanswered within %s s: "
                "readers may see the old pages until they expire",
                late,
                len(urls),
                self.timeout,
            )

    def refresh_side_by_side(self, executor, urls, deadline):
        """-> how many of these addresses are still unanswered at the deadline."""
        futures = [executor.submit(self.purge, url) for url in urls]
        return len(wait(futures, timeout=max(0, deadline - time.monotonic())).not_done)
