"""Time the messages pages of a busy teacher against the budget of the issue: p95 under 50 ms, and fewer
than 15 queries a page.

    .venv/bin/python bench/conversations.py                    # SQLite (db.sqlite3), as the settings say
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_messages .venv/bin/python bench/conversations.py
    .venv/bin/python bench/conversations.py --runs 200

The database must be migrated. If missing, the script builds a teacher ("bench-messages") with 1,000
conversations of a few messages each, one of which has 5,000 messages (and 5,000 conversations between
other teachers, so that the tables are not the reader's alone), and refreshes the database's statistics.
Then it asks for the inbox (first and a middle page) and for the long conversation (first, a middle and
the oldest page) through the test client, logged in as that teacher, and prints each page's queries, p50,
p95 and slowest time, and the p95 of the CPU time the web process spent; exits 1 when a page is over
either budget. For comparison, it first measures a Live page with the same layout and nothing in it (the
teacher's empty list of blocked teachers): header, menus and footer cost every page that much. On a
machine busy with other work the times include waiting for a CPU: the load average is printed beside them."""

import argparse
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.contrib.auth.hashers import make_password  # noqa: E402
from django.db import connection, reset_queries, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

from accounts.models import Role, User, ValidationStatus  # noqa: E402
from contacts.models import Contact  # noqa: E402
from countries.models import Country  # noqa: E402
from demo.countries import load_countries  # noqa: E402
from messaging.models import Conversation, Message  # noqa: E402

READER = "bench-messages"
CONVERSATIONS = 1000
MESSAGES_EACH = 4
LONG_CONVERSATION = 5000
OTHER_CONVERSATIONS_EACH = 5
TABLES = ("messaging_conversation", "messaging_message", "contacts_contact", "accounts_user")
SAMPLE = (
    "Hello! Our pupils loved the video call. Shall we plan the next step of the project on water for "
    "October? The class in Lyon prepared a map, https://example.org/map, and questions for yours."
)


def text(number):
    """A message of 10 to 40 words of SAMPLE, different for each number."""
    words = SAMPLE.split()
    return " ".join(words[(number + index) % len(words)] for index in range(10 + number % 31))


def teachers(count, country):
    """The reader and `count` other validated teachers, made in one statement."""
    password = make_password(None)
    users = [
        User(
            username=f"{READER}-{number:04}" if number else READER,
            email=f"{READER}-{number:04}@bench.example",
            first_name="Bench",
            last_name=f"Teacher {number:04}",
            role=Role.TEACHER,
            validation_status=ValidationStatus.VALIDATED,
            country=country,
            password=password,
        )
        for number in range(count + 1)
    ]
    User.objects.bulk_create(users, batch_size=500)
    made = {user.username: user for user in User.objects.filter(username__startswith=READER)}
    return made[READER], [made[f"{READER}-{number:04}"] for number in range(1, count + 1)]


def build():
    """The reader's 1,000 contacts and conversations (the first with 5,000 messages), and, so that the
    tables are not the reader's alone, 5,000 conversations between the other teachers; in bulk."""
    if Country.objects.count() == 0:
        load_countries()
    now = timezone.now()
    reader, others = teachers(CONVERSATIONS, Country.objects.order_by("iso2").first())
    Contact.objects.bulk_create(
        [Contact(owner=a, other=b) for other in others for a, b in ((reader, other), (other, reader))], batch_size=1000
    )
    # (one teacher, the other, who wrote last, when, who has not read it yet): in every third of the reader's
    # conversations, the other teacher wrote last and the reader has not read it.
    readers = []
    for position, other in enumerate(others):
        news = position % 3 == 0
        readers.append(
            (reader, other, other if news else reader, now - timedelta(hours=position), reader if news else None)
        )
    between_others = [
        (teacher, others[(position + step) % len(others)], teacher, now - timedelta(minutes=position), None)
        for position, teacher in enumerate(others)
        for step in range(1, OTHER_CONVERSATIONS_EACH + 1)
    ]
    Conversation.objects.bulk_create([conversation(*pair) for pair in readers + between_others], batch_size=1000)
    messages = []
    for position, one in enumerate(Conversation.objects.select_related("first", "second").order_by("pk")):
        count = LONG_CONVERSATION if position == 0 else MESSAGES_EACH  # the first is the reader's
        for number in range(count):
            from_last = count - 1 - number  # the last message is at the conversation's last_message_at
            sender = one.last_sender if from_last == 0 else (one.first, one.second)[number % 2]
            created_at = one.last_message_at - timedelta(minutes=7 * from_last)
            messages.append(Message(conversation=one, sender=sender, body=text(number), created_at=created_at))
    Message.objects.bulk_create(messages, batch_size=2000)
    return reader


def conversation(teacher, other, last_sender, last_at, behind):
    """A conversation read to the end by both teachers but `behind` (None or one of them)."""
    first, second = sorted((teacher, other), key=lambda user: user.pk)

    def read_mark(user):
        return last_at - timedelta(minutes=1) if user == behind else last_at

    return Conversation(
        first=first,
        second=second,
        last_message_at=last_at,
        last_sender=last_sender,
        first_read_at=read_mark(first),
        second_read_at=read_mark(second),
    )


def prepare():
    reader = User.objects.filter(username=READER).first()
    if reader is None:
        started = time.perf_counter()
        with transaction.atomic():
            reader = build()
        print(f"Built {CONVERSATIONS} conversations in {time.perf_counter() - started:.1f} s.")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"VACUUM ANALYZE {', '.join(TABLES)}")
        else:
            cursor.execute("ANALYZE")
    return reader


def percentile(timings, share):
    ordered = sorted(timings)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def measure(client, url, runs):
    """(status, queries of one warm request, p50, p95, slowest, and p95 of this process's CPU time, in ms).

    The CPU time leaves out the time waiting for a CPU on a busy machine (and the database server's own
    time on PostgreSQL), so it shows what the page costs the web process whatever else runs."""
    client.get(url)  # warms the caches (menus, settings), as earlier visitors would have
    reset_queries()  # CaptureQueriesContext counts from the log's length, which a request empties
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    timings, cpu = [], []
    for _run in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    p95 = percentile(timings, 0.95)
    return status, len(queries), statistics.median(timings), p95, max(timings), percentile(cpu, 0.95)


def pages(reader):
    long_one = Conversation.objects.of(reader).order_by("pk").first()  # build() made it first
    inbox = reverse("messaging:inbox")
    conversation = long_one.get_absolute_url()
    message_pages = -(-LONG_CONVERSATION // 50)
    return {
        "inbox, first page": inbox,
        "inbox, page 25 of 50": f"{inbox}?page=25",
        "conversation, newest page": conversation,
        f"conversation, page 50 of {message_pages}": f"{conversation}?page=50",
        f"conversation, oldest page ({message_pages})": f"{conversation}?page={message_pages}",
    }


def print_row(name, result, verdict=""):
    status, queries, p50, p95, slowest, cpu_p95 = result
    print(f"{name:36} {status:6} {queries:7} {p50:8.1f} {p95:8.1f} {slowest:8.1f} {cpu_p95:8.1f}  {verdict}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100, help="requests per page")
    parser.add_argument("--budget", type=float, default=50, help="p95 budget in milliseconds")
    parser.add_argument("--queries", type=int, default=14, help="most queries a page may make")
    args = parser.parse_args()
    translation.activate("en")
    reader = prepare()
    client = Client(HTTP_HOST="localhost")
    client.force_login(reader)
    conversations = Conversation.objects.of(reader).count()
    messages = Message.objects.count()
    load = f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    counts = f"the reader's {conversations} conversations, {messages} messages in all"
    print(f"{connection.vendor}: {counts}; {args.runs} runs; {load}")
    print(f"{'page':36} {'status':>6} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'cpu p95':>8}")
    print_row("(the layout alone: an empty list)", measure(client, reverse("contacts:blocked"), args.runs))
    over = []
    for name, url in pages(reader).items():
        status, queries, _p50, p95, _slowest, _cpu_p95 = result = measure(client, url, args.runs)
        within = status == 200 and p95 <= args.budget and queries <= args.queries
        print_row(name, result, "ok" if within else "OVER")
        if not within:
            over.append(name)
    print(
        f"p95 budget {args.budget:g} ms, {args.queries} queries: "
        + (f"over in {', '.join(over)}" if over else "all within")
    )
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
