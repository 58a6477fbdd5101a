"""The support services' statistics in the Wagtail admin: a page (table, chart, a row per country for
those who follow several) and the same figures as a CSV file.

Only those who may validate teachers see them, each for the countries they validate
(validation.scope): the central team every country, a national team its own. Anything else is a 403;
a country outside the scope is never counted, whatever the address asks."""

import csv
from functools import wraps

from babel import dates as cldr
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from backoffice.chart import BarChart, Series
from backoffice.selection import PERIOD_LABELS, selection
from backoffice.statistics import ACTIVE_DAYS, FIGURES, MONTHLY_FIGURES, count
from languages.dates import reader_locale
from validation.scope import may_validate

CHARTED = ("registered", "validated")


def statistics_viewer_required(view):
    @wraps(view)
    def checked(request, *args, **kwargs):
        if not may_validate(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return require_GET(checked)


def month_name(month):
    """ "December 2026" in the reader's language."""
    return cldr.format_skeleton("yMMMM", month, locale=reader_locale())


def short_month_name(month):
    """ "Dec 2026", under the chart's bars."""
    return cldr.format_skeleton("yMMM", month, locale=reader_locale())


def chart_of(by_month):
    figures = {figure.key: figure for figure in MONTHLY_FIGURES}
    series = [Series(key, figures[key].label, [counts[key] for _month, counts in by_month]) for key in CHARTED]
    return BarChart([short_month_name(month) for month, _counts in by_month], series)


def figure_row(counts, figures):
    return [counts[figure.key] for figure in figures]


def country_rows(figures, chosen):
    """(country, every figure over the period) of each country, for those who follow several."""
    if not chosen.shows_country_rows:
        return []
    return [(country, figure_row(counts, FIGURES)) for country, counts in figures.by_country(chosen.countries)]


@statistics_viewer_required
def statistics(request):
    chosen = selection(request)
    for problem in chosen.problems:
        messages.warning(request, problem)
    figures = count(chosen.months, chosen.country_ids)
    by_month = figures.by_month()
    context = {
        "chosen": chosen,
        "periods": PERIOD_LABELS.items(),
        "monthly_figures": MONTHLY_FIGURES,
        "figures": FIGURES,
        "active_days": ACTIVE_DAYS,
        "active": figures.totals["active"],
        "months": [(month_name(month), figure_row(counts, MONTHLY_FIGURES)) for month, counts in by_month],
        "month_totals": figure_row(figures.totals, MONTHLY_FIGURES),
        "countries": country_rows(figures, chosen),
        "country_totals": figure_row(figures.totals, FIGURES),
        "chart": chart_of(by_month),
        "csv_url": f"{reverse('backoffice:statistics_csv')}?{urlencode(chosen.query())}",
    }
    return TemplateResponse(request, "backoffice/statistics.html", context)


@statistics_viewer_required
def statistics_csv(request):
    """A row per country and month of the selection, for a spreadsheet: UTF-8 with a byte order mark,
    which Excel needs to read the countries' names right. A selection that is no choice is a 404 (the
    page's links never make one; there is no page to explain it on)."""
    chosen = selection(request)
    if chosen.problems:
        raise Http404
    figures = count(chosen.months, chosen.country_ids)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    place = chosen.country.iso2 if chosen.country else "all"
    day = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="statistics-{place}-{chosen.period}-{day}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([_("Country"), _("Country code"), _("Month"), *[figure.label for figure in MONTHLY_FIGURES]])
    for country in chosen.counted_countries:
        for month in figures.months:
            counts = figure_row(figures.of(country, month), MONTHLY_FIGURES)
            writer.writerow([country.name, country.iso2, month.strftime("%Y-%m"), *counts])
    return response
