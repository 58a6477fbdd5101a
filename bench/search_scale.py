"""Time site search (/<lang>/search/?q=) over 31 languages × 2,000 pages on PostgreSQL, against the
budget of issue 14: p95 under 100 ms in every language.

    .venv/bin/python bench/search_scale.py                     # builds bench_search the first time, then measures
    .venv/bin/python bench/search_scale.py --rebuild           # drops the database and builds it again
    .venv/bin/python bench/search_scale.py --languages fr el mt --runs 60
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/other_name .venv/bin/python bench/search_scale.py

The script keeps a database of its own (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/bench_search,
created if missing) and a cache directory of its own (CACHE_DIR, default var/bench-search-cache), so that
the fragments cached from another database are never read. A database already built is reused.

Building does what `make setup` does (compile_translations, migrate, setup_languages,
setup_editorial_teams, load_demo_data: home pages and sections in every language, taxonomies,
countries), then adds 2,000 live, public pages in each language, in bulk (treebeard paths computed
here; Page rows, then the kits' and articles' own rows): 15 % kits and 35 % central news, written in
English and translated into every language (one translation key per item), and 50 % national news,
originals in their language that nobody translated, as national sections write them. Their text is
made of the words of the language's own interface catalogue (locale/<code>/LC_MESSAGES/django.po), drawn
with Zipf's law so that some words are common and most are rare; each language's stemmer therefore
sees its own language. The new pages are then indexed by the search backend, as `update_index` does.

Measuring: for each language, six queries (four words, two pairs of words) that find 10 to 500
results, each asked once to warm the caches, then --runs requests in turn through the test client, as
an anonymous reader. Before each timed request the "any-page" tag is expired, as a publication does:
search.query.KeptResults would otherwise answer a query asked before from the cache, and each request
searches afresh instead (the worst case, just after a publication). Prints each language's results,
queries, p50, p95 and slowest time, and a summary; exits 1 when a language's p95 reaches the budget.
On a machine busy with other work the times include waiting for a CPU: the load average is printed
beside them."""

import argparse
import logging
import os
import random
import re
import statistics
import sys
import time
import uuid
from datetime import timedelta
from io import StringIO
from itertools import accumulate
from pathlib import Path
from urllib.parse import urlencode, urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench_search")
os.environ.setdefault("CACHE_DIR", str(BASE_DIR / "var" / "bench-search-cache"))
# The demo loader's moderation e-mails are kept in memory rather than printed.
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")

import psycopg  # noqa: E402


def ensure_database(url, rebuild):
    """Create the database `url` names if it is missing (after dropping it with `rebuild`), through
    the server's maintenance database, before Django connects to it."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    maintenance = parts._replace(path="/postgres").geturl()
    with psycopg.connect(maintenance, autocommit=True) as connection:
        if rebuild:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is None:
            connection.execute(f'CREATE DATABASE "{name}"')


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="drop the database and build it again")
    parser.add_argument("--pages", type=int, default=2000, help="pages per language (when building)")
    parser.add_argument("--runs", type=int, default=30, help="measured requests per language")
    parser.add_argument("--budget", type=float, default=100, help="p95 budget in milliseconds")
    parser.add_argument("--languages", nargs="*", help="measure only these languages (codes)")
    return parser.parse_args()


ARGUMENTS = parse_arguments()
if not os.environ["DATABASE_URL"].startswith("postgres"):
    sys.exit("This benchmark measures PostgreSQL's search: DATABASE_URL must name a PostgreSQL database.")
ensure_database(os.environ["DATABASE_URL"], ARGUMENTS.rebuild)

import django  # noqa: E402

django.setup()

import polib  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries, transaction  # noqa: E402
from django.db.models import F  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from django.utils.text import slugify  # noqa: E402
from wagtail.models import Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402
from wagtail.search.models import IndexEntry  # noqa: E402

from core.caching import ANY_PAGE, expire  # noqa: E402
from countries.models import Country  # noqa: E402
from kits.models import KitIndexPage, KitPage  # noqa: E402
from languages.codes import DEFAULT_LANGUAGE, LANGUAGE_CODES  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402
from search.query import search_in_language  # noqa: E402
from search.views import search_results  # noqa: E402
from taxonomy.models import AgeRange, Subject  # noqa: E402

# Of each language's pages: kits and central news are translations of English items, the rest national
# news written in the language and translated into no other.
KIT_SHARE = 0.15
CENTRAL_NEWS_SHARE = 0.35
QUERIES_PER_LANGUAGE = 6
HITS = range(10, 501)
BATCH = 1000
# Many-to-many relations the index reads (index.RelatedFields), which get_indexed_objects leaves to a
# query per page and field.
INDEXED_RELATIONS = {KitPage: ["subjects"], NewsPage: []}
WORD = re.compile(r"\b[^\W\d_]{3,}\b")
PLACEHOLDER = re.compile(r"%\(\w+\)\w|%\w|\{[^}]*\}|<[^>]+>|&\w+;")


# --- The words of each language ---------------------------------------------------------------------


def catalogue_words(code):
    """The words of the language's interface translations, the most frequent first (a language's
    common words lead, as in its texts)."""
    counts = {}
    for entry in polib.pofile(str(BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po")):
        texts = [entry.msgstr, *entry.msgstr_plural.values()]
        for word in WORD.findall(PLACEHOLDER.sub(" ", " ".join(texts))):
            counts[word.casefold()] = counts.get(word.casefold(), 0) + 1
    return sorted(counts, key=lambda word: (-counts[word], word))


class Writer:
    """Text in one language: words drawn from its catalogue with Zipf's law (the word of rank r comes
    1/r as often as the most common), so that each query word finds a share of the pages."""

    def __init__(self, code):
        self.rng = random.Random(f"search-scale-{code}")
        self.words = catalogue_words(code)
        self.cumulative = list(accumulate(1 / rank for rank in range(1, len(self.words) + 1)))

    def sentence(self, low, high):
        words = self.rng.choices(self.words, cum_weights=self.cumulative, k=self.rng.randint(low, high))
        return " ".join(words).capitalize() + "."

    def title(self):
        return self.sentence(3, 7).rstrip(".")

    def paragraph(self, sentences=3):
        return " ".join(self.sentence(8, 16) for _ in range(sentences))

    def bullets(self, count=3):
        return "<ul>" + "".join(f"<li>{self.sentence(5, 10)}</li>" for _ in range(count)) + "</ul>"

    def news_fields(self):
        return {
            "introduction": self.paragraph(2),
            "body": [{"type": "paragraph", "value": f"<p>{self.paragraph()}</p>"} for _ in range(3)],
        }

    def kit_fields(self):
        step = {"duration": self.sentence(2, 4), "tools": [], "image": None, "worksheet": None}
        return {
            "introduction": self.paragraph(2),
            "aims": self.bullets(),
            "steps": [
                {
                    "type": "step",
                    "value": {**step, "title": self.title(), "instructions": f"<p>{self.paragraph(2)}</p>"},
                }
                for _ in range(3)
            ],
            "expected_results": self.bullets(2),
            "evaluation": f"<p>{self.paragraph(1)}</p>",
            "duration_value": self.rng.randint(2, 12),
        }


# --- Building the pages in bulk ----------------------------------------------------------------------


class Children:
    """New live pages under `parent`, made in bulk: the tree paths that treebeard's add_child would
    give, computed here, and the parent's child count updated once."""

    def __init__(self, parent, model):
        self.parent, self.model = parent, model
        last = parent.get_last_child()
        self.next_position = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        self.content_type = ContentType.objects.get_for_model(model)
        self.pages, self.fields = [], []

    def add(self, title, translation_key, published_at, fields):
        slug = f"{slugify(title, allow_unicode=True)[:60]}-{self.next_position}"
        self.pages.append(
            Page(
                path=Page._get_path(self.parent.path, self.parent.depth + 1, self.next_position),
                depth=self.parent.depth + 1,
                numchild=0,
                title=title,
                draft_title=title,
                slug=slug,
                url_path=f"{self.parent.url_path}{slug}/",
                content_type=self.content_type,
                locale_id=self.parent.locale_id,
                translation_key=translation_key,
                live=True,
                has_unpublished_changes=False,
                first_published_at=published_at,
                last_published_at=published_at,
            )
        )
        self.fields.append(fields)
        self.next_position += 1

    def save(self):
        """The Page rows in one bulk insert, then the page type's own rows: bulk_create refuses a
        model with a parent table, so its rows go through the insert bulk_create itself runs."""
        Page.objects.bulk_create(self.pages, batch_size=BATCH)
        specific = [
            self.model(page_ptr_id=page.pk, **fields) for page, fields in zip(self.pages, self.fields, strict=True)
        ]
        for start in range(0, len(specific), BATCH):
            self.model._base_manager._insert(
                specific[start : start + BATCH], fields=self.model._meta.local_concrete_fields
            )
        Page.objects.filter(pk=self.parent.pk).update(numchild=F("numchild") + len(self.pages))
        return [page.pk for page in self.pages]


def link_terms(kit_ids, terms_of_kit):
    """The kits' subjects and age ranges, one bulk insert per relation."""
    for name in ("subjects", "age_ranges"):
        field = KitPage._meta.get_field(name)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        through.objects.bulk_create(
            [
                through(**{f"{source}_id": kit_id, f"{target}_id": term_id})
                for kit_id, terms in zip(kit_ids, terms_of_kit, strict=True)
                for term_id in terms[name]
            ],
            batch_size=BATCH,
        )


class Plan:
    """How many kits, central articles and national articles each language gets, and what they share
    across languages (translation keys, taxonomy terms, dates)."""

    def __init__(self, pages_per_language):
        self.kits = int(pages_per_language * KIT_SHARE)
        self.central_news = int(pages_per_language * CENTRAL_NEWS_SHARE)
        self.national_news = pages_per_language - self.kits - self.central_news
        rng = random.Random("search-scale")
        now = timezone.now()
        subjects = list(Subject.objects.values_list("pk", flat=True))
        ages = list(AgeRange.objects.values_list("pk", flat=True))
        self.kit_keys = [uuid.uuid4() for _ in range(self.kits)]
        self.news_keys = [uuid.uuid4() for _ in range(self.central_news)]
        self.kit_terms = [
            {"subjects": rng.sample(subjects, rng.randint(1, 2)), "age_ranges": rng.sample(ages, rng.randint(1, 2))}
            for _ in range(self.kits)
        ]
        self.kit_dates = [now - timedelta(days=rng.randint(0, 1500)) for _ in range(self.kits)]
        self.news_dates = [now - timedelta(days=rng.randint(0, 1000)) for _ in range(self.central_news)]
        self.now = now


def build_language(code, plan):
    """`code`'s kits and news under its own kit and news index pages."""
    writer = Writer(code)
    kits = Children(KitIndexPage.objects.get(locale__language_code=code), KitPage)
    news = Children(NewsIndexPage.objects.get(locale__language_code=code), NewsPage)
    for key, published in zip(plan.kit_keys, plan.kit_dates, strict=True):
        kits.add(writer.title(), key, published, writer.kit_fields())
    for key, published in zip(plan.news_keys, plan.news_dates, strict=True):
        news.add(writer.title(), key, published, {**writer.news_fields(), "date": published.date()})
    countries = list(Country.objects.filter(language=code).values_list("pk", flat=True)) or [None]
    for _ in range(plan.national_news):
        published = plan.now - timedelta(days=writer.rng.randint(0, 1000))
        fields = {**writer.news_fields(), "date": published.date(), "country_id": writer.rng.choice(countries)}
        news.add(writer.title(), uuid.uuid4(), published, fields)
    link_terms(kits.save(), plan.kit_terms)
    news.save()


def bench_pages():
    """The kits and news this script added: the only ones without a revision (the demo's are published
    through revisions)."""
    return Page.objects.filter(content_type__in=content_types(), latest_revision__isnull=True)


def content_types():
    return [ContentType.objects.get_for_model(model) for model in (KitPage, NewsPage)]


def set_up_portal():
    """What `make setup` does after `migrate` (but collecting static files): each step is idempotent."""
    for command in ("compile_translations", "setup_languages", "setup_editorial_teams", "load_demo_data"):
        call_command(command, verbosity=0, stdout=StringIO())


def build(pages_per_language, started):
    set_up_portal()
    set_up = time.perf_counter()
    print(f"Set up the portal (migrate, demo data) in {set_up - started:.0f} s.", flush=True)
    plan = Plan(pages_per_language)
    with transaction.atomic():
        for code in [DEFAULT_LANGUAGE, *(code for code in LANGUAGE_CODES if code != DEFAULT_LANGUAGE)]:
            build_language(code, plan)  # English first: the originals are the oldest versions
            print(f"\r  pages in {code}", end="", flush=True)
    print(f"\nMade {pages_per_language * len(LANGUAGE_CODES):,} pages in {time.perf_counter() - set_up:.0f} s.")


def index_missing_pages():
    """Index the added pages that have no index entry yet, as `update_index` would, a batch at a time."""
    started = time.perf_counter()
    backend = get_search_backend()
    entries = IndexEntry.objects.filter(content_type__in=content_types()).values_list("object_id", flat=True)
    indexed = {int(pk) for pk in entries}
    done = 0
    for model in (KitPage, NewsPage):
        missing = sorted(set(model.objects.values_list("pk", flat=True)) - indexed)
        for start in range(0, len(missing), BATCH):
            pages = model.get_indexed_objects().filter(pk__in=missing[start : start + BATCH])
            backend.add_bulk(model, list(pages.prefetch_related(*INDEXED_RELATIONS[model])))
            done += min(BATCH, len(missing) - start)
            print(f"\r  indexed {done:,}", end="", flush=True)
    if done:
        print(f"\nIndexed {done:,} pages in {time.perf_counter() - started:.0f} s.")


def prepare(pages_per_language):
    """Build the data set unless it is there; index what is not; refresh the planner's statistics."""
    started = time.perf_counter()
    logging.getLogger("wagtail").setLevel(logging.WARNING)  # a line per page that migrate and the demo publish
    # A new database, or a migration added since the build.
    call_command("migrate", interactive=False, verbosity=0, stdout=StringIO())
    made = bench_pages().count()
    if made == 0:
        build(pages_per_language, started)
    else:
        print(f"Reusing the {made:,} pages built earlier (--rebuild to start again).")
    index_missing_pages()
    with connection.cursor() as cursor:
        tables = ", ".join(model._meta.db_table for model in (Page, KitPage, NewsPage, IndexEntry))
        cursor.execute(f"VACUUM ANALYZE {tables}")
    if made == 0:
        print(f"Built in {time.perf_counter() - started:.0f} s in all.")
    check_pages_are_found()


def check_pages_are_found():
    """Each language's newest added page is found by the words of its title, with its own stemming."""
    lost = []
    for code in LANGUAGE_CODES:
        page = bench_pages().filter(locale__language_code=code).order_by("-pk").first()
        if page is None or not search_in_language(Page.objects.filter(pk=page.pk), page.title, code).count():
            lost.append(code)
    if lost:
        sys.exit(f"The search does not find the added pages in: {', '.join(lost)}.")


# --- Measuring ---------------------------------------------------------------------------------------


def candidate_queries(code):
    """Words of five letters or more from the middle of the language's vocabulary, rarer and rarer,
    alternating with pairs of commoner words."""
    words = [word for word in catalogue_words(code) if len(word) >= 5]
    singles = [words[rank] for rank in (30, 50, 80, 120, 180, 260, 380, 550, 800) if rank < len(words)]
    pairs = [f"{words[rank]} {words[rank + 7]}" for rank in (5, 10, 15, 20, 25, 30) if rank + 7 < len(words)]
    return singles + pairs


def queries_for(code):
    """(query, results) of up to QUERIES_PER_LANGUAGE queries with a number of results in HITS."""
    chosen = []
    for query in candidate_queries(code):
        hits = search_results(query, code, "").count()
        if hits in HITS:
            chosen.append((query, hits))
    singles = [one for one in chosen if " " not in one[0]][:4]
    pairs = [one for one in chosen if " " in one[0]]
    return (singles + pairs)[:QUERIES_PER_LANGUAGE]


def percentile(timings, share):
    ordered = sorted(timings)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def measure_language(client, code, runs):
    """(queries with their results, most SQL queries of a request, timings in ms)."""
    searched = queries_for(code)
    urls = [f"/{code}/search/?{urlencode({'q': query})}" for query, _hits in searched]
    most_queries = 0
    for url in urls:  # warms the caches (menus, language links), and counts the SQL queries
        reset_queries()  # CaptureQueriesContext counts from the log's length, which a request empties
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        most_queries = max(most_queries, len(captured))
    timings = []
    for run in range(runs):
        expire([ANY_PAGE])  # as a publication would: KeptResults searches again
        started = time.perf_counter()
        client.get(urls[run % len(urls)])
        timings.append((time.perf_counter() - started) * 1000)
    return searched, most_queries, timings


def main():
    prepare(ARGUMENTS.pages)
    cache.clear()  # the script's own cache directory: nothing from an earlier build is read
    languages = ARGUMENTS.languages or LANGUAGE_CODES
    pages = bench_pages().count()
    load = f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    server = f"PostgreSQL {connection.pg_version // 10000}"
    print(f"{server}: {pages:,} pages added; {ARGUMENTS.runs} requests per language; {load}")
    print(f"{'lang':5} {'results':>9} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    client = Client(HTTP_HOST="localhost")
    over, every_timing = [], []
    for code in languages:
        searched, queries, timings = measure_language(client, code, ARGUMENTS.runs)
        hits = [count for _query, count in searched]
        p95 = percentile(timings, 0.95)
        within = p95 < ARGUMENTS.budget
        print(
            f"{code:5} {min(hits):>4}–{max(hits):<4} {queries:7} {statistics.median(timings):8.1f} {p95:8.1f} "
            f"{max(timings):8.1f}  {'ok' if within else 'OVER'}",
            flush=True,
        )
        every_timing += timings
        if not within:
            over.append(code)
    print(
        f"{len(languages)} languages, {len(every_timing)} requests: p50 {statistics.median(every_timing):.1f} ms, "
        f"p95 {percentile(every_timing, 0.95):.1f} ms, max {max(every_timing):.1f} ms; p95 budget "
        f"{ARGUMENTS.budget:g} ms: " + (f"over in {', '.join(over)}" if over else "all within")
    )
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
