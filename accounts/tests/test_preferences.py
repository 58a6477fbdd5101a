"""The account's preferences: name and preferred language, changed by the account holder."""

import pytest

from accounts.factories import TeacherFactory
from tests.helpers import soup, translated

pytestmark = pytest.mark.django_db

URL = "/en/accounts/preferences/"


@pytest.fixture
def teacher(france):
    return TeacherFactory(username="claire", first_name="Claire", last_name="Dubois", country=france, language="en")


def test_anonymous_visitors_are_asked_to_log_in(client):
    assert client.get(URL)["Location"] == "/en/accounts/login/?next=/en/accounts/preferences/"


def test_the_page_shows_the_account_and_its_preferences(client, teacher):
    client.force_login(teacher)
    page = soup(client.get(URL))
    assert page.h1.get_text(strip=True) == "Preferences"
    assert page.select_one("#id_first_name")["value"] == "Claire"
    assert page.select_one("#id_language option[selected]")["value"] == "en"
    assert page.select_one('.account-nav a[aria-current="page"]')["href"] == URL


def test_a_new_name_and_language_are_saved_and_the_page_comes_back_in_that_language(client, teacher):
    client.force_login(teacher)
    response = client.post(URL, {"first_name": "Claire-Marie", "last_name": "Dubois", "language": "fr"})
    assert response["Location"] == "/fr/accounts/preferences/"
    teacher.refresh_from_db()
    assert (teacher.first_name, teacher.language) == ("Claire-Marie", "fr")
    page = soup(client.get(response["Location"]))
    assert page.html["lang"] == "fr"
    assert page.select_one(".account-message").get_text(strip=True) == translated("Your preferences are saved.", "fr")
    assert "Claire-Marie Dubois" in page.select_one(".account-menu__summary").get_text()


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        ({"first_name": "", "last_name": "Dubois", "language": "fr"}, "first_name", "This field is required."),
        ({"first_name": "C", "last_name": "Dubois", "language": "xx"}, "language", "Select a valid choice."),
        ({"first_name": "C" * 151, "last_name": "D", "language": "fr"}, "first_name", "Ensure this value has at most"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(client, teacher, data, field, error):
    client.force_login(teacher)
    response = client.post(URL, data)
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one(f"#id_{field}_errors").get_text().startswith(error)
    assert page.select_one("#id_last_name")["value"] == data["last_name"], "what was typed is kept"
    teacher.refresh_from_db()
    assert (teacher.first_name, teacher.language) == ("Claire", "en")
    assert "Claire Dubois" in page.select_one(".account-menu__summary").get_text(), "the header shows the saved name"


def test_the_preferences_are_linked_from_the_header_and_the_account_pages(client, teacher):
    client.force_login(teacher)
    assert soup(client.get("/en/")).select_one(f'.account-menu a[href="{URL}"]')
    assert soup(client.get("/en/accounts/password/change/")).select_one(f'.account-nav a[href="{URL}"]')
