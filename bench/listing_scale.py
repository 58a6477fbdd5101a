"""Listings and the sitemap at scale: the demo database beside a copy with 20,000 more kits and 50,000
more news articles, page by page (issue 14).

    .venv/bin/python bench/listing_scale.py                          # PostgreSQL (trust auth, see --postgres)
    .venv/bin/python bench/listing_scale.py --sqlite var/bench-listing/listing.sqlite3
    .venv/bin/python bench/listing_scale.py --rebuild                # build both databases again

Two databases of the bench's own, built once and kept (`--rebuild` starts again): the demo database, made
by `make setup`'s steps (migrate, setup_languages, setup_editorial_teams, load_demo_data), and the scale
database, a copy of it (PostgreSQL: `<name>_demo` and `<name>`; SQLite: `<stem>-demo<suffix>` and PATH)
to which kits and news articles are added by bulk inserts (bench/listing_data.py, a minute or two).
Loading the demo takes a few minutes on SQLite, about twelve on PostgreSQL. Media, static files and the
cache live under var/bench-listing/.

Then each path is measured on both databases, alternately (--rounds), as bench/query_budget.py does: no
page cache, the fragment cache emptied first, then a cold and a warm request (queries counted) and
--runs timed warm requests. Prints p50 and p95 (ms) and the queries of each path side by side, with the
ratio of the p95s; exits 1 when a p95 grows by more than --tolerance or a path's queries change."""

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench-listing"
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/bench_listing"
# A filtered kit list: a subject many demo kits have.
KIT_SUBJECT = "mathematics"
PATHS = [
    "/en/news/",
    "/en/news/?page=2",
    "/en/news/?page=2000",
    "/en/news/?country=fr",
    "/en/kits/",
    f"/en/kits/?subject={KIT_SUBJECT}",
    "/fr/news/",
    "/en/news/feed/",
    "/sitemap.xml",
    "/sitemap-1.xml",
]
# The last sitemap but one: the deepest that is full (the demo's first; the last holds what is left).
LAST_FULL_SITEMAP = "last full sitemap"
# The setup steps of the Makefile, as (command, options); collectstatic because the bench runs with
# DEBUG off, as `make run` does.
SETUP_STEPS = [
    ("compile_translations", {}),
    ("migrate", {"interactive": False}),
    ("setup_languages", {}),
    ("setup_editorial_teams", {}),
    ("load_demo_data", {}),
    ("collectstatic", {"interactive": False}),
]


# -- The two databases (no Django in this process: each database gets processes of its own) -------------


class PostgresDatabase:
    def __init__(self, url):
        self.url = url
        self.name = url.rsplit("/", 1)[1]
        self.server = url.rsplit("/", 1)[0] + "/postgres"

    def __str__(self):
        return self.url

    def with_name(self, name):
        return PostgresDatabase(self.url.rsplit("/", 1)[0] + "/" + name)

    def _execute(self, sql):
        import psycopg

        with psycopg.connect(self.server, autocommit=True) as connection:
            cursor = connection.execute(sql)
            return cursor.fetchall() if cursor.description else None

    def exists(self):
        return bool(self._execute(f"SELECT 1 FROM pg_database WHERE datname = '{self.name}'"))

    def create(self, template=None):
        self._execute(f'CREATE DATABASE "{self.name}"' + (f' TEMPLATE "{template.name}"' if template else ""))

    def drop(self):
        self._execute(f'DROP DATABASE IF EXISTS "{self.name}"')


class SqliteDatabase:
    def __init__(self, path):
        self.path = Path(path).resolve()
        self.url = f"sqlite:///{self.path}"

    def __str__(self):
        return str(self.path)

    def with_name(self, name):
        return SqliteDatabase(self.path.with_name(name))

    @property
    def name(self):
        return self.path.name

    def exists(self):
        return self.path.exists()

    def create(self, template=None):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if template is not None:  # SQLite's own backup: a consistent copy, write-ahead log included
            with sqlite3.connect(template.path) as source, sqlite3.connect(self.path) as copy:
                source.backup(copy)

    def drop(self):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


def databases(args):
    """(demo database, scale database)."""
    if args.sqlite:
        scale = SqliteDatabase(args.sqlite)
        return scale.with_name(f"{scale.path.stem}-demo{scale.path.suffix}"), scale
    scale = PostgresDatabase(args.postgres)
    return scale.with_name(f"{scale.name}_demo"), scale


def run_stage(database, stage, *options, cache_dir=None):
    """Run a stage of this script against `database` in a process of its own (its own settings);
    returns what it printed last, read as JSON."""
    environment = dict(
        os.environ,
        DATABASE_URL=database.url,
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DEBUG="false",
        MEDIA_ROOT=str(WORK / "media"),
        STATIC_ROOT=str(WORK / "static"),
        CACHE_DIR=cache_dir or str(WORK / "cache"),
        PAGE_CACHE_SECONDS="0",
    )
    command = [sys.executable, __file__, "--stage", stage, *options]
    output = subprocess.run(command, env=environment, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def build(args):
    demo, scale = databases(args)
    if args.rebuild:
        scale.drop()
        demo.drop()
    if not demo.exists():
        demo.create()
    print(f"Demo database {demo}: {run_stage(demo, 'setup')['done']}", flush=True)
    if not scale.exists():
        scale.create(template=demo)
    run_stage(scale, "setup")  # a copy of the demo database: migrates it
    done = run_stage(scale, "populate", "--kits", str(args.kits), "--news", str(args.news), "--seed", str(args.seed))
    print(f"Scale database {scale}: {done['done']}", flush=True)
    return demo, scale


def measure_alternately(demo, scale, args):
    """{database name: {path: {"path", "status", "queries", "timings"}}}, the rounds' timings pooled;
    the two databases take turns, so that a busy spell of the machine falls on both."""
    results = {demo.name: {}, scale.name: {}}
    for _round in range(args.rounds):
        for database in (demo, scale):
            with tempfile.TemporaryDirectory(dir=WORK) as cache_dir:
                measured = run_stage(database, "measure", "--runs", str(args.runs), cache_dir=cache_dir)
            for path, figures in measured.items():
                pooled = results[database.name].setdefault(path, dict(figures, timings=[]))
                pooled["timings"] += figures["timings"]
    return results


def percentile(timings, share):
    ordered = sorted(timings)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def compare(results, demo, scale, tolerance):
    """Print the table; returns the paths whose p95 grew too much or whose queries changed."""
    failed = []
    columns = f"{'demo p50':>9} {'p95':>7} {'q':>3}  {'scale p50':>9} {'p95':>7} {'q':>3}  {'p50 ×':>6} {'p95 ×':>6}"
    print(f"\n{'path':32} {columns}")
    for path, before in results[demo.name].items():
        after = results[scale.name][path]
        label = f"{path} ({after['path']})" if path == LAST_FULL_SITEMAP else path
        p50_before, p50_after = percentile(before["timings"], 0.5), percentile(after["timings"], 0.5)
        p95_before, p95_after = percentile(before["timings"], 0.95), percentile(after["timings"], 0.95)
        ratio = p95_after / p95_before
        fails = ratio > 1 + tolerance or before["queries"] != after["queries"] or after["status"] != 200
        print(
            f"{label:32} {p50_before:9.1f} {p95_before:7.1f} {before['queries']:3}"
            f"  {p50_after:9.1f} {p95_after:7.1f} {after['queries']:3}"
            f"  {p50_after / p50_before:6.2f} {ratio:6.2f}{'  FAIL' if fails else ''}"
        )
        if fails:
            failed.append(label)
    return failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES, help="the scale database (the demo one: <name>_demo)")
    parser.add_argument("--sqlite", metavar="PATH", help="SQLite databases instead (the demo one: <stem>-demo)")
    parser.add_argument("--rebuild", action="store_true", help="drop both databases and build them again")
    parser.add_argument("--kits", type=int, default=20_000, help="kit pages to add (translations included)")
    parser.add_argument("--news", type=int, default=50_000, help="news pages to add (translations included)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=30, help="timed requests per path, database and round")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--tolerance", type=float, default=0.2, help="allowed growth of a p95 (0.2: 20 %%)")
    parser.add_argument("--stage", choices=sorted(STAGES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(STAGES[args.stage](args)))
        return
    WORK.mkdir(parents=True, exist_ok=True)
    demo, scale = build(args)
    results = measure_alternately(demo, scale, args)
    failed = compare(results, demo, scale, args.tolerance)
    print(f"{args.rounds} × {args.runs} warm requests per path and database; p95 tolerance {args.tolerance:.0%}")
    if failed:
        print(f"p95 over the tolerance or queries changed: {', '.join(failed)}")
        sys.exit(1)


# -- Stages: one database each, in a process of its own (see run_stage) ------------------------------------


def django_setup():
    sys.path.insert(0, str(ROOT))  # the portal's apps; this script's folder (listing_data) is on the path already
    import django

    django.setup()


def setup_stage(args):
    """`make setup` on the demo database, once (a table of the bench's own says it was done); then only
    `migrate`."""
    django_setup()
    from django.core.management import call_command

    if is_built("demo"):
        call_command("migrate", interactive=False, verbosity=0)  # for migrations added since
        return {"done": "built before (migrated)"}
    Path(os.environ["STATIC_ROOT"]).mkdir(parents=True, exist_ok=True)
    for command, options in SETUP_STEPS:
        print(f"  {command}", file=sys.stderr, flush=True)
        call_command(command, verbosity=0, stdout=sys.stderr, **options)  # stdout carries the answer
    mark_built("demo", "demo data")
    return {"done": "built now"}


def populate_stage(args):
    django_setup()
    from django.db import transaction
    from listing_data import add_kits, add_news, refresh_statistics

    if is_built("scale"):
        return {"done": f"built before ({built_detail('scale')})"}
    with transaction.atomic():
        kits = add_kits(args.kits, args.seed)
        news = add_news(args.news, args.seed)
        detail = f"{kits} kit pages and {news} news pages added to the demo data"
        mark_built("scale", detail)
    refresh_statistics()
    return {"done": f"built now ({detail})"}


def measure_stage(args):
    """{path: {"path", "status", "queries", "timings"}} of every path, LAST_FULL_SITEMAP included: the
    queries of a warm request (after a first one), then the times of --runs more."""
    django_setup()
    import re
    import time

    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    def queries_of(path):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        return response, len(queries)

    cache.clear()  # the bench's own cache directory
    client = Client(HTTP_HOST="localhost")
    index = client.get("/sitemap.xml").content.decode()
    last_full = re.findall(r"<loc>[^<]*(/sitemap-\d+\.xml)</loc>", index)[-2:][0]
    results = {}
    for label, path in [*((path, path) for path in PATHS), (LAST_FULL_SITEMAP, last_full)]:
        response = client.get(path)  # as the first visitor after a publication: fills the fragment cache
        _response, warm = queries_of(path)
        timings = []
        for _run in range(args.runs):
            started = time.perf_counter()
            client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
        results[label] = {"path": path, "status": response.status_code, "queries": warm, "timings": timings}
    return results


BUILD_TABLE = "bench_listing_build"


def is_built(stage):
    return built_detail(stage) is not None


def built_detail(stage):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {BUILD_TABLE} (stage varchar(20) PRIMARY KEY, detail text)")
        cursor.execute(f"SELECT detail FROM {BUILD_TABLE} WHERE stage = %s", [stage])
        row = cursor.fetchone()
    return row[0] if row else None


def mark_built(stage, detail):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {BUILD_TABLE} (stage, detail) VALUES (%s, %s)", [stage, detail])


STAGES = {"setup": setup_stage, "populate": populate_stage, "measure": measure_stage}

if __name__ == "__main__":
    main()
