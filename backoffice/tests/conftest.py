"""What the statistics tests share: France and Italy of the world (tests/world.py), dates in the
middle of past months (so that no test depends on the day it runs), and a client logged in as one of
the world's accounts."""

import datetime

import pytest
from django.utils import timezone

from accounts.models import User
from backoffice.statistics import month_start, months_back
from countries.models import Country


@pytest.fixture
def france():
    return Country.objects.get(iso2="FR")


@pytest.fixture
def italy():
    return Country.objects.get(iso2="IT")


def months_ago(count):
    """Noon on the 15th of the month `count` months before this one (0: now, always this month)."""
    if count == 0:
        return timezone.now()
    month = months_back(month_start(timezone.now()), count)
    return timezone.make_aware(datetime.datetime.combine(month.replace(day=15), datetime.time(12)))


@pytest.fixture
def login(client):
    def log_in(username):
        client.force_login(User.objects.get(username=username))
        return client

    return log_in
