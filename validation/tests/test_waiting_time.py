"""The validation queue shows how long each teacher has waited since they sent their evidence, the
longest first."""

import pytest

from tests.helpers import soup
from validation.tests.test_admin_queue import QUEUE, in_queue

pytestmark = pytest.mark.django_db


def waiting_column(response):
    table = soup(response).select_one("table.listing")
    headers = [th.text.strip() for th in table.select("thead th")]
    column = headers.index("Waiting for")
    return [row.select("td")[column].text.strip().replace("\xa0", " ") for row in table.select("tbody tr")]


def test_the_queue_says_how_long_each_teacher_has_waited(login, france):
    in_queue(france, days_ago=0)
    in_queue(france, days_ago=3)
    in_queue(france, days_ago=45)
    assert waiting_column(login("nss-fr").get(QUEUE)) == ["1 month", "3 days", "0 minutes"]
