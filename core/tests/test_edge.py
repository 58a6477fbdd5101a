"""The edge cache (docs/deployment.md): core.edge's PURGE requests, against small HTTP servers started
here, and deploy/nginx/portal.conf itself, run by Debian's nginx in front of a stand-in portal."""

import http.client
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.error import HTTPError

import pytest
from django.conf import settings as django_settings

from core.edge import PURGE_TIMEOUT, purge_edge

NGINX = "/usr/sbin/nginx"
LOOPBACK_CONFIG = Path(django_settings.BASE_DIR) / "deploy" / "nginx" / "loopback.sh"
needs_nginx = pytest.mark.skipif(not Path(NGINX).exists(), reason=f"no {NGINX} (apt-get install nginx)")


@contextmanager
def http_server(handler):
    """An HTTP server on an ephemeral loopback port, answering with `handler`, in a thread."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.received = []
    server.times = {}
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def address(server):
    host, port = server.server_address
    return f"http://{host}:{port}"


class QuietHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class RecordingCache(QuietHandler):
    """Stands in for nginx: records each PURGE (and when it came), answers after `delay` seconds."""

    delay = 0

    def do_PURGE(self):
        self.server.received.append((self.headers["Host"], self.path))
        self.server.times[self.path] = time.monotonic()
        time.sleep(self.delay)
        self.answer(200)


def edge_cache_at(location, **params):
    return {"edge-0": {"BACKEND": "core.edge.RefreshingHTTPBackend", "LOCATION": location, **params}}


def test_each_address_is_purged_once_at_the_cache_with_its_own_host_and_path(settings):
    urls = [
        "https://portal.example/en/news/bees/",
        "https://portal.example/fr/news/abeilles/",
        "http://127.0.0.1:8400/en/",
    ]
    with http_server(RecordingCache) as cache:
        settings.WAGTAILFRONTENDCACHE = edge_cache_at(address(cache))
        purge_edge(urls + urls[:1])
    # Once each: Wagtail would otherwise repeat every address in the 31 languages.
    assert sorted(cache.received) == [
        ("127.0.0.1:8400", "/en/"),
        ("portal.example", "/en/news/bees/"),
        ("portal.example", "/fr/news/abeilles/"),
    ]


def test_a_publication_s_addresses_go_side_by_side(settings):
    class SlowCache(RecordingCache):
        delay = 0.2

    # The article just published, then its other languages (a publication names some 60 addresses).
    languages = ["en"] + [code for code, _ in django_settings.LANGUAGES if code != "en"]
    urls = [f"https://portal.example/{language}/news/bees/" for language in languages]
    with http_server(SlowCache) as cache:
        settings.WAGTAILFRONTENDCACHE = edge_cache_at(address(cache))
        started = time.monotonic()
        purge_edge(urls)
        elapsed = time.monotonic() - started
    assert len(cache.received) == len(urls)
    assert elapsed < 3  # one after another: 31 x 0.2 s
    # The first (the page just published) is refreshed before the others are sent.
    first = cache.times.pop("/en/news/bees/")
    assert min(cache.times.values()) - first >= SlowCache.delay


@pytest.mark.parametrize("configured", [{}, None], ids=["empty", "unset"])
def test_without_an_edge_cache_nothing_is_sent(settings, monkeypatch, configured):
    sent = []
    monkeypatch.setattr("core.edge.urlopen", lambda request, **kwargs: sent.append(request))
    if configured is None:
        del settings.WAGTAILFRONTENDCACHE
    else:
        settings.WAGTAILFRONTENDCACHE = configured
    purge_edge(["https://portal.example/en/"])
    assert sent == []


def test_the_settings_have_no_edge_cache_unless_given_an_address():
    assert django_settings.WAGTAILFRONTENDCACHE == {}
    assert django_settings.WAGTAILFRONTENDCACHE_LANGUAGES == []


def test_a_cache_that_never_answers_costs_the_publication_one_time_out_at_most(settings, caplog):
    # Connections are accepted by the kernel (the backlog) and never answered.
    with socket.create_server(("127.0.0.1", 0), backlog=128) as silent:
        host, port = silent.getsockname()
        settings.WAGTAILFRONTENDCACHE = edge_cache_at(f"http://{host}:{port}")
        started = time.monotonic()
        purge_edge([f"https://portal.example/en/page-{number}/" for number in range(60)])
        elapsed = time.monotonic() - started
    assert elapsed < PURGE_TIMEOUT + 1
    assert "left 60 of 60 refreshes unanswered within" in caplog.text


def test_a_refused_purge_is_logged(settings, caplog):
    class RefusingCache(QuietHandler):
        def do_PURGE(self):
            self.answer(403)

    with http_server(RefusingCache) as cache:
        settings.WAGTAILFRONTENDCACHE = edge_cache_at(address(cache))
        purge_edge(["https://portal.example/en/"])
    assert "Could not refresh https://portal.example/en/ in the edge cache: HTTP Error 403" in caplog.text


# deploy/nginx/portal.conf, as deploy/nginx/loopback.sh runs it on the loopback.


def free_port():
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


def loopback_config(directory, port, app_port):
    output = subprocess.run(
        [LOOPBACK_CONFIG, str(directory), str(port), str(app_port)], check=True, capture_output=True, text=True
    )
    return output.stdout.strip()


@needs_nginx
def test_the_loopback_configuration_is_valid(tmp_path):
    config = loopback_config(tmp_path, free_port(), free_port())
    result = subprocess.run([NGINX, "-t", "-p", str(tmp_path), "-c", config], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@needs_nginx
@pytest.mark.skipif(not shutil.which("openssl"), reason="no openssl to make a throwaway certificate")
def test_the_deployment_configuration_is_valid_with_a_certificate(tmp_path):
    """The file as deployed, TLS included: only the certificate and the cache's directory are swapped."""
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1"]
        + ["-subj", "/CN=portal.example"]
        + ["-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")],
        check=True,
        capture_output=True,
    )
    site = (LOOPBACK_CONFIG.parent / "portal.conf").read_text()
    site = site.replace("/etc/letsencrypt/live/portal.example/fullchain.pem", str(tmp_path / "cert.pem"))
    site = site.replace("/etc/letsencrypt/live/portal.example/privkey.pem", str(tmp_path / "key.pem"))
    site = site.replace("/var/cache/nginx/portal", str(tmp_path / "cache"))
    (tmp_path / "site.conf").write_text(site)
    config = Path(loopback_config(tmp_path / "loopback", free_port(), free_port()))
    config.write_text(config.read_text().replace(str(config.parent / "portal.conf"), str(tmp_path / "site.conf")))
    result = subprocess.run([NGINX, "-t", "-p", str(config.parent), "-c", str(config)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


class StandInPortal(QuietHandler):
    """Answers like the portal: /en/page/ is public (its body counts the renders), /en/private/ is a
    logged-in page, /en/sets-cookie/ sets a cookie, /en/gone/ is unpublished once `gone` is set."""

    renders = 0
    gone = False
    delay = 0

    def do_GET(self):
        type(self).renders += 1
        time.sleep(self.delay)
        self.server.received.append((self.command, self.headers.get("Cookie"), self.path))
        body = f"render {self.renders}".encode()
        public = [("Cache-Control", "public, max-age=300"), ("Vary", "Cookie")]
        if self.path.startswith("/en/private/"):
            self.answer(200, body, [("Cache-Control", "private, no-cache")])
        elif self.path.startswith("/en/sets-cookie/"):
            self.answer(200, body, public + [("Set-Cookie", "csrftoken=abc")])
        elif self.path.startswith("/en/gone/") and type(self).gone:
            self.answer(404, b"not found")
        else:
            self.answer(200, body, public)

    do_PURGE = do_GET  # never called: nginx asks the portal with GET only


@pytest.fixture
def nginx_in_front(tmp_path):
    """nginx with the loopback configuration in front of a StandInPortal -> (nginx's address, portal)."""
    portal_class = type("Portal", (StandInPortal,), {})
    with http_server(portal_class) as portal:
        port = free_port()
        config = loopback_config(tmp_path, port, portal.server_address[1])
        nginx = subprocess.Popen([NGINX, "-p", str(tmp_path), "-c", config, "-g", "daemon off;"])
        try:
            wait_for_port(port)
            yield f"http://127.0.0.1:{port}", portal
        finally:
            nginx.terminate()
            nginx.wait(timeout=10)


def wait_for_port(port, seconds=5):
    deadline = time.monotonic() + seconds
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def fetch(url, method="GET", cookie=None):
    """-> (status, X-Cache-Status, body)"""
    request = urllib.request.Request(url, method=method, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.headers.get("X-Cache-Status"), response.read().decode()
    except HTTPError as error:
        return error.code, error.headers.get("X-Cache-Status"), error.read().decode()


@needs_nginx
def test_nginx_keeps_a_public_page_until_a_purge_refreshes_it(nginx_in_front, settings):
    edge, portal = nginx_in_front
    assert fetch(f"{edge}/en/page/") == (200, "MISS", "render 1")
    assert fetch(f"{edge}/en/page/") == (200, "HIT", "render 1")
    settings.WAGTAILFRONTENDCACHE = edge_cache_at(edge)
    purge_edge([f"{edge}/en/page/"])
    assert fetch(f"{edge}/en/page/") == (200, "HIT", "render 2")
    # A language or CSRF cookie is no reason to miss.
    assert fetch(f"{edge}/en/page/", cookie="portal_language=fr; csrftoken=x") == (200, "HIT", "render 2")


@needs_nginx
def test_nginx_never_serves_nor_keeps_a_logged_in_user_s_page(nginx_in_front):
    edge, portal = nginx_in_front
    fetch(f"{edge}/en/page/")
    assert fetch(f"{edge}/en/page/", cookie="sessionid=s1") == (200, "BYPASS", "render 2")
    assert fetch(f"{edge}/en/page/", cookie="messages=m") == (200, "BYPASS", "render 3")
    assert fetch(f"{edge}/en/page/") == (200, "HIT", "render 1")
    assert portal.received[1:] == [("GET", "sessionid=s1", "/en/page/"), ("GET", "messages=m", "/en/page/")]


@needs_nginx
@pytest.mark.parametrize("path", ["/en/private/", "/en/sets-cookie/", "/en/page/?subject=art"])
def test_nginx_keeps_no_private_page_no_page_setting_a_cookie_and_no_query(nginx_in_front, path):
    edge, portal = nginx_in_front
    first, second = fetch(f"{edge}{path}"), fetch(f"{edge}{path}")
    assert (first[2], second[2]) == ("render 1", "render 2")
    assert second[1] != "HIT"


@needs_nginx
def test_a_refresh_the_publication_stopped_waiting_for_still_reaches_the_cache(nginx_in_front, settings):
    edge, portal = nginx_in_front
    fetch(f"{edge}/en/page/")
    portal.RequestHandlerClass.delay = 0.6
    settings.WAGTAILFRONTENDCACHE = edge_cache_at(edge, TIMEOUT=0.2)
    started = time.monotonic()
    purge_edge([f"{edge}/en/page/"])
    assert time.monotonic() - started < 0.5
    time.sleep(0.8)
    assert fetch(f"{edge}/en/page/") == (200, "HIT", "render 2")


@needs_nginx
def test_an_unpublished_page_leaves_the_cache_at_its_purge(nginx_in_front, settings):
    edge, portal = nginx_in_front
    assert fetch(f"{edge}/en/gone/")[:2] == (200, "MISS")
    portal.RequestHandlerClass.gone = True
    settings.WAGTAILFRONTENDCACHE = edge_cache_at(edge)
    purge_edge([f"{edge}/en/gone/"])
    assert fetch(f"{edge}/en/gone/")[:2] == (404, "HIT")


@needs_nginx
def test_only_the_portal_s_own_address_may_purge(nginx_in_front):
    """The portal purges from 127.0.0.1; any other address (here 127.0.0.2, also on the loopback) is
    refused, and its X-Portal-Refresh header, which would skip the cache, is ignored."""
    edge, portal = nginx_in_front
    fetch(f"{edge}/en/page/")
    port = int(edge.rsplit(":", 1)[1])
    assert fetch_from("127.0.0.2", port, "PURGE", "/en/page/")[:2] == (403, None)
    assert fetch_from("127.0.0.2", port, "GET", "/en/page/", {"X-Portal-Refresh": "1"}) == (200, "HIT", "render 1")
    assert fetch_from("127.0.0.1", port, "GET", "/en/page/", {"X-Portal-Refresh": "1"}) == (200, "BYPASS", "render 2")
    assert fetch(f"{edge}/en/page/", method="PURGE") == (200, "BYPASS", "render 3")
    assert {(method, path) for method, _, path in portal.received} == {("GET", "/en/page/")}


def fetch_from(source, port, method, path, headers=None):
    """-> (status, X-Cache-Status, body) of a request sent from the loopback address `source`."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5, source_address=(source, 0))
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers.get("X-Cache-Status"), response.read().decode()
    finally:
        connection.close()
