"""The support services' statistics over HTTP: who sees them and for which countries (the central team
every country with a row each, nss-fr France only, whatever the address asks; translators nothing),
the figures of a small world of teachers and schools, the chart, the CSV file, bad addresses and the
number of queries."""

import csv
import io

import pytest
from django.utils import timezone

from accounts.factories import TeacherFactory
from accounts.models import Role, User, ValidationStatus
from backoffice.statistics import month_start, months_back
from backoffice.tests.conftest import months_ago
from backoffice.views import month_name
from countries.factories import CountryFactory
from groups.factories import GroupFactory
from groups.models import Group
from groups.models import Status as GroupStatus
from online_events.factories import OnlineEventFactory
from online_events.models import OnlineEvent
from schools.factories import SchoolFactory
from schools.models import School
from tests.helpers import soup

pytestmark = pytest.mark.django_db

PAGE = "/admin/statistics/"
CSV = "/admin/statistics/statistics.csv"
MONTHLY = ["Registered", "Validated", "Rejected", "Waiting", "Last logged in", "Schools", "Groups", "Online events"]
PER_COUNTRY = [*MONTHLY[:5], "Active", *MONTHLY[5:]]

VALIDATED, REJECTED, WAITING = ValidationStatus.VALIDATED, ValidationStatus.REJECTED, ValidationStatus.WAITING


def teacher_of(country, joined, status=VALIDATED, last_login=None):
    return TeacherFactory(
        country=country, date_joined=months_ago(joined), validation_status=status, last_login=last_login
    )


def school_of(country, created):
    school = SchoolFactory(country=country)
    School.objects.filter(pk=school.pk).update(created_at=months_ago(created))
    return school


def group_of(owner, created, **fields):
    group = GroupFactory(owner=owner, **fields)
    Group.objects.filter(pk=group.pk).update(created_at=months_ago(created))


def event_of(organiser, created):
    event = OnlineEventFactory(organiser=organiser)
    OnlineEvent.objects.filter(pk=event.pk).update(created_at=months_ago(created))


@pytest.fixture
def small_world(france, italy):
    """France: two teachers this month (one validated and active, one waiting), one rejected three
    months ago, one validated thirteen months ago; a school this month and one thirteen months ago; a
    group (with an Italian member) and an online event this month, and a declined group.
    Italy: one validated and active teacher this month, one waiting from last month; a school and a
    group waiting for approval this month, an online event three months ago."""
    claire = teacher_of(france, 0, VALIDATED, last_login=months_ago(0))
    teacher_of(france, 0, WAITING)
    teacher_of(france, 3, REJECTED, last_login=months_ago(3))
    teacher_of(france, 13, VALIDATED, last_login=months_ago(13))
    school_of(france, 0)
    school_of(france, 13)
    marco = teacher_of(italy, 0, VALIDATED, last_login=months_ago(0))
    teacher_of(italy, 1, WAITING)
    school_of(italy, 0)
    group_of(claire, 0, members=[marco])
    group_of(claire, 0, status=GroupStatus.DECLINED)
    group_of(marco, 0, status=GroupStatus.PENDING)
    event_of(claire, 0)
    event_of(marco, 3)


def month_label(count):
    return month_name(months_back(month_start(timezone.now()), count))


def table(response, heading):
    """{row header: [numbers]} of the table after the heading `heading`, and its column headers."""
    page = soup(response)
    title = next(h2 for h2 in page.select("h2") if h2.text.strip() == heading)
    found = title.find_next("table")
    columns = [th.text.strip() for th in found.select("thead th")][1:]
    rows = {
        row.select_one("th").text.strip(): [int(cell.text) for cell in row.select("td")]
        for row in found.select("tbody tr, tfoot tr")
    }
    return columns, rows


def figures(columns, numbers):
    return dict(zip(columns, numbers, strict=True))


def messages_of(response):
    return " ".join(message.text.strip() for message in soup(response).select(".messages li"))


def csv_rows(response):
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff"), "Excel needs the byte order mark to read UTF-8"
    return list(csv.reader(io.StringIO(content.removeprefix("\ufeff"))))


# Who sees what


def test_the_central_team_sees_every_country_month_by_month_and_a_row_per_country(login, small_world):
    response = login("admin").get(PAGE)
    assert response.status_code == 200
    columns, months = table(response, "Per month")
    assert columns == MONTHLY
    assert len(months) == 12 + 1, "twelve months and the total"
    assert figures(columns, months[month_label(0)]) == {
        "Registered": 3, "Validated": 2, "Rejected": 0, "Waiting": 1, "Last logged in": 2, "Schools": 2,
        "Groups": 2, "Online events": 1,
    }  # fmt: skip
    assert figures(columns, months[month_label(1)])["Waiting"] == 1
    assert figures(columns, months[month_label(3)]) == {
        "Registered": 1, "Validated": 0, "Rejected": 1, "Waiting": 0, "Last logged in": 1, "Schools": 0,
        "Groups": 0, "Online events": 1,
    }  # fmt: skip
    assert figures(columns, months["Total"]) == {
        "Registered": 5, "Validated": 2, "Rejected": 1, "Waiting": 2, "Last logged in": 3, "Schools": 2,
        "Groups": 2, "Online events": 2,
    }  # fmt: skip
    columns, countries = table(response, "Per country")
    assert columns == PER_COUNTRY
    assert figures(columns, countries["France"]) == {
        "Registered": 3, "Validated": 1, "Rejected": 1, "Waiting": 1, "Last logged in": 2, "Active": 1, "Schools": 1,
        "Groups": 1, "Online events": 1,
    }  # fmt: skip
    assert figures(columns, countries["Italy"]) == {
        "Registered": 2, "Validated": 1, "Rejected": 0, "Waiting": 1, "Last logged in": 1, "Active": 1, "Schools": 1,
        "Groups": 1, "Online events": 1,
    }  # fmt: skip
    assert "2 teachers logged in within the last 30 days" in soup(response).select_one(".statistics-active").text


def test_editors_and_pupils_are_no_teachers_to_count(login, france):
    User.objects.create(username="pupil-x", role=Role.PUPIL)
    _columns, months = table(login("admin").get(PAGE), "Per month")
    assert months["Total"] == [0] * len(MONTHLY), "the world's editors joined this month too"


def test_the_central_team_filters_to_one_country(login, small_world):
    response = login("admin").get(PAGE, {"country": "IT"})
    columns, months = table(response, "Per month")
    assert figures(columns, months["Total"])["Registered"] == 2
    assert "Per country" not in response.content.decode()
    assert soup(response).select_one("#statistics-country option[selected]")["value"] == "IT"


@pytest.mark.parametrize("username", ["nss-fr", "moderator-fr"])
def test_the_french_team_sees_france_only(login, small_world, username):
    response = login(username).get(PAGE)
    assert response.status_code == 200
    columns, months = table(response, "Per month")
    assert figures(columns, months["Total"]) == {
        "Registered": 3, "Validated": 1, "Rejected": 1, "Waiting": 1, "Last logged in": 2, "Schools": 1,
        "Groups": 1, "Online events": 1,
    }  # fmt: skip
    page = soup(response)
    assert "Per country" not in response.content.decode() and not page.select("#statistics-country")
    assert "1 teacher logged in within the last 30 days" in page.select_one(".statistics-active").text
    assert page.select_one("h1 .w-header__subtitle").text == "France"


def test_nss_fr_cannot_get_italys_figures_through_the_address(login, small_world):
    client = login("nss-fr")
    response = client.get(PAGE, {"country": "IT"})
    assert response.status_code == 200
    assert "There is no country “IT” in your statistics" in messages_of(response)
    columns, months = table(response, "Per month")
    assert figures(columns, months["Total"])["Registered"] == 3, "France's figures, not Italy's"
    assert client.get(CSV, {"country": "IT"}).status_code == 404
    response = client.get(CSV)
    assert 'filename="statistics-FR-12-' in response["Content-Disposition"]
    assert {row[1] for row in csv_rows(response)[1:]} == {"FR"}


@pytest.mark.parametrize("url", [PAGE, CSV])
def test_translators_get_nothing(login, url):
    assert login("translator-de").get(url).status_code == 403


def test_the_menu_item_is_shown_to_those_who_validate_only(login):
    menu_item = '"url": "/admin/statistics/"'
    assert menu_item in login("nss-fr").get("/admin/").content.decode()
    assert menu_item not in login("translator-de").get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(PAGE)
    assert response.status_code == 302 and "/login/" in response["Location"]


# The period


def test_twenty_four_months_reach_back_further(login, small_world):
    response = login("admin").get(PAGE, {"period": "24"})
    columns, months = table(response, "Per month")
    assert len(months) == 24 + 1
    assert figures(columns, months[month_label(13)]) == {
        "Registered": 1, "Validated": 1, "Rejected": 0, "Waiting": 0, "Last logged in": 1, "Schools": 1,
        "Groups": 0, "Online events": 0,
    }  # fmt: skip
    assert soup(response).select_one("#statistics-period option[selected]")["value"] == "24"


def test_all_starts_with_the_first_month_counted(login, small_world, france):
    teacher_of(france, 30, VALIDATED)
    _columns, months = table(login("admin").get(PAGE, {"period": "all"}), "Per month")
    assert len(months) == 31 + 1
    assert next(iter(months)) == month_label(30)
    assert months["Total"][0] == 5 + 1 + 1, "with the teacher of thirteen months ago"


# The chart


def test_the_chart_shows_registered_and_validated_teachers_with_a_text_alternative(login, small_world):
    page = soup(login("admin").get(PAGE))
    chart = page.select_one("figure.statistics-chart svg")
    assert chart["role"] == "img"
    title = page.select_one(f"#{chart['aria-labelledby'].split()[0]}")
    assert title.text == "Teachers registered and validated per month"
    bars = chart.select("rect")
    assert len(bars) == 12 * 2
    this_month = [bar.select_one("title").text for bar in bars[-2:]]
    assert this_month[0].endswith(": Registered 3") and this_month[1].endswith(": Validated 2")
    heights = [float(bar["height"]) for bar in bars]
    assert heights[-2] > heights[-1] > 0 and heights[0] == 0


# The CSV file


def test_the_csv_file_has_a_row_per_country_and_month(login, small_world):
    response = login("admin").get(CSV, {"period": "12"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "private" in response["Cache-Control"], "never kept by a shared cache"
    assert response["Content-Disposition"].startswith('attachment; filename="statistics-all-12-')
    rows = csv_rows(response)
    assert rows[0] == ["Country", "Country code", "Month", *MONTHLY]
    assert len(rows) == 1 + 2 * 12
    this_month = month_start(timezone.now()).strftime("%Y-%m")
    assert ["France", "FR", this_month, "2", "1", "0", "1", "1", "1", "1", "1"] in rows
    assert ["Italy", "IT", this_month, "1", "1", "0", "0", "1", "1", "1", "0"] in rows


def test_the_csv_file_of_one_country_and_period(login, small_world):
    response = login("admin").get(CSV, {"period": "24", "country": "FR"})
    assert 'filename="statistics-FR-24-' in response["Content-Disposition"]
    rows = csv_rows(response)
    assert len(rows) == 1 + 24 and {row[1] for row in rows[1:]} == {"FR"}
    thirteen_months_ago = months_back(month_start(timezone.now()), 13).strftime("%Y-%m")
    assert ["France", "FR", thirteen_months_ago, "1", "1", "0", "0", "1", "1", "0", "0"] in rows


def test_the_page_links_to_the_csv_file_of_its_selection(login):
    link = soup(login("admin").get(PAGE, {"period": "24", "country": "IT"})).select_one("a[download]")
    assert link["href"] == f"{CSV}?period=24&country=IT"


# Bad addresses


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"period": "13"}, "There is no period “13”"),
        ({"period": "\x00"}, "There is no period"),
        ({"country": "<script>"}, "There is no country “<script>”"),
        ({"country": "ZZ", "period": "all"}, "There is no country “ZZ”"),
    ],
)
def test_a_bad_choice_in_the_address_is_explained_and_the_page_still_shows(login, query, message):
    response = login("admin").get(PAGE, query)
    assert response.status_code == 200
    assert message in messages_of(response)
    assert "<script>" not in response.content.decode().replace("&lt;script&gt;", "")


@pytest.mark.parametrize("query", [{"period": "forever"}, {"country": "XX"}])
def test_a_bad_choice_for_the_csv_file_is_a_404(login, query):
    assert login("admin").get(CSV, query).status_code == 404


@pytest.mark.parametrize("url", [PAGE, CSV])
def test_only_get_is_allowed(login, url):
    assert login("admin").post(url).status_code == 405


# Speed


@pytest.fixture
def forty_four_countries(france, italy):
    """44 countries, each with teachers in several months, a rejected and a waiting one, and a school."""
    countries = [france, italy, *(CountryFactory(iso2=f"Q{chr(65 + n)}") for n in range(26))]
    countries += [CountryFactory(iso2=f"X{chr(65 + n)}") for n in range(16)]
    now = timezone.now()
    User.objects.bulk_create(
        User(
            username=f"stat-{country.iso2}-{n}",
            email=f"stat-{country.iso2}-{n}@school.example",
            role=Role.TEACHER,
            country=country,
            validation_status=(VALIDATED, REJECTED, WAITING)[n % 3],
            date_joined=months_ago(n * 5),
            last_login=now if n % 2 else None,
        )
        for country in countries
        for n in range(6)
    )
    School.objects.bulk_create(SchoolFactory.build(country=country) for country in countries)
    return countries


@pytest.mark.parametrize(
    ("username", "query"),
    [
        ("admin", {}),
        ("admin", {"period": "all"}),
        ("admin", {"country": "FR"}),
        ("nss-fr", {"period": "24"}),
        ("moderator-fr", {}),
    ],
)
def test_the_page_needs_few_queries_whatever_the_number_of_countries(
    login, forty_four_countries, username, query, django_assert_max_num_queries
):
    client = login(username)
    client.get(PAGE, query)
    # The admin's own frame (menu, sidebar, the user's teams and rights) takes up to 12 of them.
    with django_assert_max_num_queries(14):
        response = client.get(PAGE, query)
    assert response.status_code == 200
    if username == "admin" and not query:
        _columns, countries = table(response, "Per country")
        assert len(countries) == 44 + 1


def test_the_csv_file_needs_few_queries(login, forty_four_countries, django_assert_max_num_queries):
    client = login("admin")
    client.get(CSV)
    with django_assert_max_num_queries(6):
        response = client.get(CSV, {"period": "all"})
    assert len(csv_rows(response)) == 1 + 44 * 26
