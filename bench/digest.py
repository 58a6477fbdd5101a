"""Time and memory of the daily digest for many teachers: the issue asks for a figure for 100,000.

    .venv/bin/python bench/digest.py                       # 100,000 teachers, SQLite (db.sqlite3)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_digest .venv/bin/python bench/digest.py
    .venv/bin/python bench/digest.py --teachers 10000

The database must be migrated. The script makes the teachers it needs ("bench-digest-<n>", validated,
in France, each with three notifications waiting for the digest, in one of five languages), marks their
notifications waiting again if an earlier run sent them, then runs the digest as the worker does
(notifications.tasks.send_digests) with Django's in-memory mail backend: the mail server's speed is
not the portal's to measure, only what the portal does per e-mail (reading, rendering in the
recipient's language, recording). E-mails are rendered whole, then counted and dropped
(`CountingBackend`), so that memory is the digest's, not an outbox's. It prints the time, the e-mails
sent per second and the process's peak resident memory before and after the run."""

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.core.mail.backends.base import BaseEmailBackend  # noqa: E402
from django.db import transaction  # noqa: E402

from accounts.models import Role, User, ValidationStatus  # noqa: E402
from countries.models import Country  # noqa: E402
from demo.countries import load_countries  # noqa: E402
from notifications.kinds import Kind  # noqa: E402
from notifications.models import EmailStatus, Notification  # noqa: E402
from notifications.tasks import send_digests  # noqa: E402

PREFIX = "bench-digest-"
LANGUAGES = ("en", "fr", "de", "it", "pl")
NOTIFICATIONS_EACH = 3
BATCH = 5000


class CountingBackend(BaseEmailBackend):
    """Counts the e-mails it is given, each made into its final bytes as a mail server would get it."""

    sent = 0

    def send_messages(self, messages):
        for message in messages:
            message.message().as_bytes()
        CountingBackend.sent += len(messages)
        return len(messages)


def ensure_teachers(count):
    """The teachers, made in batches if missing (one password hash for all: hashing is slow on purpose)."""
    load_countries()
    france = Country.objects.get(iso2="FR")
    existing = User.objects.filter(username__startswith=PREFIX).count()
    password = make_password(settings.DEMO_PASSWORD)
    for start in range(existing, count, BATCH):
        with transaction.atomic():
            User.objects.bulk_create(
                User(
                    username=f"{PREFIX}{number}",
                    email=f"{PREFIX}{number}@school.example",
                    first_name="Bench",
                    last_name=str(number),
                    password=password,
                    role=Role.TEACHER,
                    country=france,
                    validation_status=ValidationStatus.VALIDATED,
                    language=LANGUAGES[number % len(LANGUAGES)],
                )
                for number in range(start, min(start + BATCH, count))
            )
        print(f"  {min(start + BATCH, count):,} teachers", flush=True)


def ensure_waiting_notifications(count):
    """Three notifications per teacher waiting for the digest (those of an earlier run are reset)."""
    teachers = User.objects.filter(username__startswith=PREFIX).order_by("pk")[:count]
    ids = list(teachers.values_list("pk", flat=True))
    have = set(Notification.objects.filter(recipient_id__in=ids).values_list("recipient_id", flat=True).distinct())
    missing = [pk for pk in ids if pk not in have]
    for start in range(0, len(missing), BATCH):
        Notification.objects.bulk_create(
            Notification(
                recipient_id=pk,
                notice="contacts.request",
                kind=Kind.CONTACT_REQUEST,
                params={"name": f"Teacher {number}"},
                url_name="contacts:list",
                email_status=EmailStatus.DIGEST,
            )
            for pk in missing[start : start + BATCH]
            for number in range(NOTIFICATIONS_EACH)
        )
    Notification.objects.filter(recipient_id__in=ids).update(email_status=EmailStatus.DIGEST, emailed_at=None)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--teachers", type=int, default=100_000)
    count = parser.parse_args().teachers
    print(f"Preparing {count:,} teachers with {NOTIFICATIONS_EACH} notifications each…", flush=True)
    ensure_teachers(count)
    ensure_waiting_notifications(count)
    settings.EMAIL_BACKEND = "__main__.CountingBackend"
    rss_before = peak_rss_mib()
    started = time.perf_counter()
    sent = send_digests()
    elapsed = time.perf_counter() - started
    print(
        f"Digests sent: {sent:,} ({CountingBackend.sent:,} e-mails made) on {settings.DATABASES['default']['ENGINE']}"
    )
    print(f"Time: {elapsed:.1f} s, {sent / elapsed:,.0f} e-mails a second")
    print(f"Peak resident memory: {rss_before:.0f} MiB before the run, {peak_rss_mib():.0f} MiB after")


def peak_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
