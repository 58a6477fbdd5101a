"""Measure every public page type against the query budget (12 queries, no page cache).

Run with the project's Python against the database the settings name (the demo data must be loaded):

    .venv/bin/python bench/query_budget.py [--budget 12] [--runs 5]
    .venv/bin/python bench/query_budget.py --as nss-fr --budget 60    # the editors' admin pages

Prints, for each path, the status, the queries of a cold and a warm request, and the median render time of
warm requests; exits 1 when a warm request exceeds the budget. The fragment cache is emptied first, so the
cold column shows what the very first visitor costs. The page cache is off: it measures the render.

    .venv/bin/python bench/query_budget.py --crawl [--also-in mt,el]

crawls every address of the sitemap (and each again under the languages of --also-in, as readers of a
language without a version reach them) twice, and exits 1 when a page of the second crawl exceeds the
budget: the fragment cache must hold the whole site."""

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
os.environ["PAGE_CACHE_SECONDS"] = "0"

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from core.registry import query_budgets  # noqa: E402
from languages.pages import swap_language_prefix  # noqa: E402

# The editors' pages: dashboards by role, the translation overview and one language's list.
ADMIN_PATHS = [
    "/admin/",
    "/admin/translations/",
    "/admin/translations/language/de/",
    "/admin/snippets/countries/country/",
]


def queries_of(client, path):
    """(status, number of queries) of one request; counted at once, because the next request
    empties Django's query log."""
    with CaptureQueriesContext(connection) as queries:
        status = client.get(path).status_code
    return status, len(queries)


def measure(client, path, runs):
    status, cold = queries_of(client, path)
    _status, warm = queries_of(client, path)
    timings = []
    for _run in range(runs):
        started = time.perf_counter()
        client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
    return status, cold, warm, statistics.median(timings)


def sitemap_paths(client):
    """The paths of every address the sitemap lists, through the index's paged sitemaps."""
    paths = []
    for location in re.findall(r"<loc>([^<]+)</loc>", client.get("/sitemap.xml").content.decode()):
        path = urlsplit(location).path
        if path.endswith(".xml"):
            paths += sitemap_paths_of(client, path)
        else:
            paths.append(path)
    return paths


def sitemap_paths_of(client, sitemap_path):
    return [urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", client.get(sitemap_path).content.decode())]


def crawl(client, paths, budget):
    """Two crawls of `paths`; returns the paths over the budget in the second."""
    first = [queries_of(client, path) for path in paths]
    second = [queries_of(client, path) for path in paths]
    over = [path for path, (status, count) in zip(paths, second, strict=True) if count > budget and status == 200]
    for label, results in (("first", first), ("second", second)):
        counts = [count for _status, count in results]
        print(
            f"{label} crawl: {len(paths)} addresses, {sum(counts)} queries, at most {max(counts)}, "
            f"{sum(count > budget for count in counts)} over {budget}"
        )
    return over


def language_variants(paths, codes):
    """Each path, and the same under each of `codes` (the untranslated fallback addresses)."""
    variants = list(paths)
    for path in paths:
        language = path.strip("/").split("/")[0]
        variants += [swap_language_prefix(path, language, code) for code in codes if code != language]
    return list(dict.fromkeys(variants))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=int, default=12)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--as", dest="username", help="log in as this account first (measures ADMIN_PATHS)")
    parser.add_argument("--crawl", action="store_true", help="crawl the sitemap twice (see above)")
    parser.add_argument("--also-in", default="", help="with --crawl: languages to crawl each address in too")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    cache.clear()
    client = Client(HTTP_HOST="localhost")
    if args.crawl:
        paths = language_variants(sitemap_paths(client), [code for code in args.also_in.split(",") if code])
        over = crawl(client, paths, args.budget)
        if over:
            print(f"Over the budget of {args.budget} queries in the second crawl: {', '.join(over[:20])}")
            sys.exit(1)
        return
    if args.username:
        from django.contrib.auth import get_user_model

        client.force_login(get_user_model().objects.get(username=args.username))
    args.paths = args.paths or (ADMIN_PATHS if args.username else list(query_budgets()))
    over = []
    print(f"{'path':45} status  cold  warm  median ms")
    for path in args.paths:
        status, cold, warm, median = measure(client, path, args.runs)
        print(f"{path:45} {status:6} {cold:5} {warm:5} {median:9.1f}")
        if warm > args.budget or status != 200:
            over.append(path)
    if over:
        print(f"Over the budget of {args.budget} queries or not 200: {', '.join(over)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
