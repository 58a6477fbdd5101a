"""A history for the support services' statistics (backoffice): the generated teachers (demo.teachers)
joined over four years, mostly long ago, never logged in, and their schools were all made the day the
demo was loaded, so the statistics of the last twelve months would show little and nothing per month.

`spread_demo_history()` gives each generated teacher who never logged in a date of joining (three in
four within the last twelve months, the others up to three years back; the first teacher of each
country always in the last twelve months, so that every country shows something) and a last log-in
between then and now, most of them recent; each of their schools is dated from its first teacher.
The dates come from each teacher's username, so they are the same every time. Idempotent: the teachers
it dated have logged in, so running it again changes nothing."""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from demo.teachers import USERNAME_PREFIX
from schools.models import School

RECENT_SHARE = 0.75
RECENT_DAYS = 365
OLDEST_DAYS = 3 * 365


def joined_days_ago(rng, recent):
    if recent or rng.random() < RECENT_SHARE:
        return rng.randint(0, RECENT_DAYS - 1)
    return rng.randint(RECENT_DAYS, OLDEST_DAYS)


def date_teacher(teacher, recent, now):
    """Joined some days ago; last logged in between then and now, most likely lately (the square of a
    random fraction is small more often than not)."""
    rng = random.Random(teacher.username)
    teacher.date_joined = now - timedelta(days=joined_days_ago(rng, recent), minutes=rng.randint(0, 24 * 60))
    teacher.last_login = now - (now - teacher.date_joined) * rng.random() ** 2


def date_schools(teachers):
    """Each school from the day its first teacher joined, if that is earlier than its date now."""
    first_joined = {}
    for teacher in sorted(teachers, key=lambda teacher: teacher.date_joined, reverse=True):
        if teacher.school_id:
            first_joined[teacher.school_id] = teacher.date_joined  # the earliest comes last
    schools = list(School.objects.filter(pk__in=first_joined))
    for school in schools:
        school.created_at = min(school.created_at, first_joined[school.pk])
    School.objects.bulk_update(schools, ["created_at"], batch_size=1000)


def spread_demo_history(now=None):
    """Date the generated teachers who never logged in, and their schools; returns how many teachers."""
    now = now or timezone.now()
    teachers = list(
        User.objects.filter(username__startswith=USERNAME_PREFIX, last_login__isnull=True)
        .only("username", "country_id", "school_id", "date_joined", "last_login")
        .order_by("username")
    )
    dated_countries = set()
    for teacher in teachers:
        date_teacher(teacher, recent=teacher.country_id not in dated_countries, now=now)
        dated_countries.add(teacher.country_id)
    with transaction.atomic():
        User.objects.bulk_update(teachers, ["date_joined", "last_login"], batch_size=1000)
        date_schools(teachers)
    return len(teachers)
