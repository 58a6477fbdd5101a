"""The figures of the support services' statistics, counted per country and per month.

Each counted thing (COUNTED) is one entry: a model, the date that puts a row in a month, the path to
the row's country, and the figures counted of it. `count` groups every thing by country and month in
the database (TruncMonth, Count with a filter per figure) and unites the things in one UNION ALL
query, so the statistics cost one query whatever the number of countries, months and things.

A figure with `within_days` is a current figure ("active: logged in within the last 30 days"), not a
monthly one: the page shows it as one number per country and in all, never per month."""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Count, F, Q, Value
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Role, User, ValidationStatus
from groups.models import Group
from groups.models import Role as GroupRole
from groups.models import Status as GroupStatus
from online_events.models import OnlineEvent
from schools.models import School

ACTIVE_DAYS = 30


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    condition: Q = field(default_factory=Q)
    within_days: int | None = None

    @property
    def is_monthly(self):
        return self.within_days is None

    def count(self, date_field, now):
        condition = self.condition
        if self.within_days is not None:
            condition &= Q(**{f"{date_field}__gte": now - datetime.timedelta(days=self.within_days)})
        return Count("pk", filter=condition) if condition else Count("pk")


@dataclass(frozen=True)
class Counted:
    """A thing counted in the month of `date_field` and the country at `country_field`; `rows` says
    which rows of the model are such things."""

    model: type
    date_field: str
    country_field: str
    figures: tuple[Figure, ...]
    rows: Q = field(default_factory=Q)

    def grouped(self, index, since, country_ids, now, width):
        """(index, country id, month, count of each figure, zeros up to `width`) per country and month,
        as a query: every part of the UNION has the same columns."""
        # One filter(): conditions on a relation to many (a group's owner among its memberships) in
        # separate calls would each join the relation again, and count rows more than once.
        conditions = self.rows & Q(**{f"{self.date_field}__isnull": False})
        if since:
            conditions &= Q(**{f"{self.date_field}__gte": since})
        if country_ids is not None:
            conditions &= Q(**{f"{self.country_field}__in": country_ids})
        rows = self.model.objects.order_by().filter(conditions)
        counts = {f"figure_{n}": figure.count(self.date_field, now) for n, figure in enumerate(self.figures)}
        padding = {f"figure_{n}": Value(0) for n in range(len(self.figures), width)}
        return (
            rows.annotate(counted_country=F(self.country_field), counted_month=TruncMonth(self.date_field))
            .values("counted_country", "counted_month")
            .annotate(counted_thing=Value(index), **counts, **padding)
            .values_list("counted_thing", "counted_country", "counted_month", *[f"figure_{n}" for n in range(width)])
        )


TEACHERS = Q(role=Role.TEACHER)

COUNTED = (
    Counted(
        User,
        "date_joined",
        "country",
        rows=TEACHERS,
        figures=(
            Figure("registered", _("Registered")),
            Figure("validated", _("Validated"), Q(validation_status=ValidationStatus.VALIDATED)),
            Figure("rejected", _("Rejected"), Q(validation_status=ValidationStatus.REJECTED)),
            Figure("waiting", _("Waiting"), Q(validation_status=ValidationStatus.WAITING)),
        ),
    ),
    Counted(
        User,
        "last_login",
        "country",
        rows=TEACHERS,
        figures=(
            Figure("last_logged_in", _("Last logged in")),
            Figure("active", _("Active"), within_days=ACTIVE_DAYS),
        ),
    ),
    Counted(School, "created_at", "country", figures=(Figure("schools", _("Schools")),)),
    # A group's country is its owner's; declined groups never were.
    Counted(
        Group,
        "created_at",
        "memberships__user__country",
        rows=Q(memberships__role=GroupRole.OWNER) & ~Q(status=GroupStatus.DECLINED),
        figures=(Figure("groups", _("Groups")),),
    ),
    # An event's country is its organiser's.
    Counted(
        OnlineEvent,
        "created_at",
        "organiser__country",
        figures=(Figure("online_events", _("Online events")),),
    ),
)

FIGURES = tuple(figure for thing in COUNTED for figure in thing.figures)
MONTHLY_FIGURES = tuple(figure for figure in FIGURES if figure.is_monthly)


def month_start(moment):
    """The first day of `moment`'s month, in the current time zone."""
    return timezone.localtime(moment).date().replace(day=1)


def months_back(month, count):
    """The first day of the month `count` months before `month`."""
    index = month.year * 12 + month.month - 1 - count
    return datetime.date(index // 12, index % 12 + 1, 1)


def months_between(first, last):
    months = []
    while first <= last:
        months.append(first)
        first = months_back(first, -1)
    return months


@dataclass
class Statistics:
    """The counts of one selection: `cells[(country id, month)]` is a Counter of figure keys."""

    months: list
    cells: dict

    def by_month(self):
        """(month, Counter) of every month of the period, the oldest first, all countries together."""
        totals = defaultdict(Counter)
        for (_country_id, month), counts in self.cells.items():
            totals[month].update(counts)
        return [(month, totals[month]) for month in self.months]

    def by_country(self, countries):
        """(country, Counter) of each of `countries`, over the whole period."""
        totals = defaultdict(Counter)
        for (country_id, _month), counts in self.cells.items():
            totals[country_id].update(counts)
        return [(country, totals[country.pk]) for country in countries]

    def of(self, country, month):
        return self.cells.get((country.pk, month), Counter())

    @cached_property
    def totals(self):
        totals = Counter()
        for counts in self.cells.values():
            totals.update(counts)
        return totals


def count(last_months, country_ids, now=None):
    """The statistics of the last `last_months` months (None: since the first thing counted) of the
    countries `country_ids` (None: every country), in one query."""
    now = now or timezone.now()
    this_month = month_start(now)
    first_month = months_back(this_month, last_months - 1) if last_months else None
    since = timezone.make_aware(datetime.datetime.combine(first_month, datetime.time())) if first_month else None
    width = max(len(thing.figures) for thing in COUNTED)
    parts = [thing.grouped(index, since, country_ids, now, width) for index, thing in enumerate(COUNTED)]
    cells = defaultdict(Counter)
    for index, country_id, month, *counts in parts[0].union(*parts[1:], all=True):
        month = month_start(month)
        for figure, number in zip(COUNTED[index].figures, counts, strict=False):
            cells[country_id, month][figure.key] += number
    earliest = min((month for _country_id, month in cells), default=this_month)
    return Statistics(months_between(first_month or earliest, this_month), dict(cells))
