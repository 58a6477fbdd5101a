"""Measure every public page type against the query budget (12 queries, no page cache).

Run with the project's Python against the database the settings name (the demo data must be loaded):

    .venv/bin/python bench/query_budget.py [--budget 12] [--runs 5]
    .venv/bin/python bench/query_budget.py --as nss-fr --budget 60    # the editors' admin pages

Prints, for each path, the status, the queries of a cold and a warm request, and the median render time of
warm requests; exits 1 when a warm request exceeds the budget. The fragment cache is emptied first, so the
cold column shows what the first visitor after a publication costs."""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from core.registry import query_budgets  # noqa: E402

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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=int, default=12)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--as", dest="username", help="log in as this account first (measures ADMIN_PATHS)")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    cache.clear()
    client = Client(HTTP_HOST="localhost")
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
