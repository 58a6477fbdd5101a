"""The "my data" pages: who reaches them, what the overview says, and what they refuse."""

import pytest
from django.urls import reverse

from accounts.factories import EditorFactory, PupilFactory
from live.tests.helpers import as_on_a_running_server, waiting_teacher
from tests.helpers import soup

pytestmark = pytest.mark.django_db

OVERVIEW = reverse("privacy:overview")
DOWNLOAD = reverse("privacy:download")
DELETE = reverse("privacy:delete")


def test_the_pages_are_under_live_in_every_language():
    assert OVERVIEW == "/en/live/my-data/"
    assert DOWNLOAD == "/en/live/my-data/download/"
    assert DELETE == "/en/live/my-data/delete/"


@pytest.mark.parametrize("url", [OVERVIEW, DELETE])
def test_anonymous_visitors_are_sent_to_log_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_anonymous_visitors_download_nothing(client):
    response = client.post(DOWNLOAD)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


@pytest.mark.parametrize("make_user", [PupilFactory, EditorFactory])
def test_accounts_that_are_not_teachers_are_refused(client, make_user):
    client.force_login(make_user())
    assert client.get(OVERVIEW).status_code == 403
    assert client.post(DOWNLOAD).status_code == 403


def test_a_teacher_waiting_for_validation_reaches_their_data(client):
    client.force_login(waiting_teacher())
    response = client.get(OVERVIEW)
    assert response.status_code == 200
    assert client.post(DOWNLOAD).status_code == 200
    assert client.get(DELETE).status_code == 200


def test_the_overview_says_what_is_kept_and_offers_both_actions(claire_client):
    response = claire_client.get(OVERVIEW)
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Your data"
    assert "no-cache" in response["Cache-Control"]
    download = page.select_one(f'form[action="{DOWNLOAD}"]')
    assert download["method"] == "post"
    assert download.button.get_text(strip=True) == "Download my data"
    assert page.select_one(f'a[href="{DELETE}"]').get_text(strip=True) == "Delete my account"
    assert "signed “Former member”" in page.get_text()


def test_the_overview_says_when_inactive_accounts_are_deleted(claire_client, settings):
    assert "If you do not use your account" not in soup(claire_client.get(OVERVIEW)).get_text()
    settings.INACTIVE_ACCOUNT_RETENTION_DAYS = 730
    settings.INACTIVE_ACCOUNT_WARNING_DAYS = 30
    text = " ".join(soup(claire_client.get(OVERVIEW)).get_text().split())
    assert "If you do not use your account for 730 days, we send you an e-mail." in text
    assert "your account is deleted 30 days later." in text


def test_the_pages_speak_the_readers_language(claire_client):
    response = claire_client.get(reverse("privacy:overview").replace("/en/", "/fr/"))
    assert response.status_code == 200
    assert soup(response).html["lang"] == "fr"


def test_the_download_is_a_post(claire_client):
    assert claire_client.get(DOWNLOAD).status_code == 405


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_are_refused(claire_client, method):
    assert getattr(claire_client, method)(DELETE).status_code == 405
    assert getattr(claire_client, method)(OVERVIEW).status_code == 405


def test_the_deletion_form_asks_for_the_password_and_a_confirmation(claire_client):
    page = soup(claire_client.get(DELETE))
    assert page.select_one("input#id_password")["type"] == "password"
    assert page.select_one("input#id_confirm")["type"] == "checkbox"
    assert page.select_one('label[for="id_confirm"]').get_text(strip=True).startswith("I understand")
    assert page.select_one(f'a[href="{OVERVIEW}"]')


def test_the_goodbye_page_is_only_for_who_just_deleted_their_account(client):
    response = client.get(reverse("privacy:deleted"))
    assert response.status_code == 302
    assert response.url == "/en/"


@pytest.mark.parametrize("url", [OVERVIEW, DELETE])
def test_the_pages_need_few_queries(claire_client, claires_world, django_assert_max_num_queries, url):
    as_on_a_running_server(claire_client, url)
    with django_assert_max_num_queries(5):
        assert claire_client.get(url).status_code == 200


def test_the_download_needs_a_bounded_number_of_queries(claire_client, claires_world, django_assert_max_num_queries):
    as_on_a_running_server(claire_client, OVERVIEW)
    with django_assert_max_num_queries(36):
        assert claire_client.post(DOWNLOAD).status_code == 200
