"""A teacher's own data in a real browser: Lena downloads her data (a ZIP with the readable page and the
JSON), then deletes her account; a wrong password first changes nothing; afterwards she is logged out,
cannot log in again, and her forum post is signed "Former member" for Sven. No serious accessibility
violation on the pages along the way."""

import json
import zipfile

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.browser.actions import assert_no_serious_violations, log_in

MAKE_TEACHERS = """
from accounts.factories import TeacherFactory
from countries.models import Country
from forum.factories import PostFactory
from live.factories import ProfileFactory

lena = TeacherFactory(
    username="privacy-lena", first_name="Lena", last_name="Hoffmann", country=Country.objects.get(iso2="DE")
)
ProfileFactory(user=lena, presentation="I teach <em>music</em> in Leipzig.", with_photo=True)
PostFactory(author=lena, title="Songs of our towns")
TeacherFactory(username="privacy-sven", first_name="Sven", last_name="Berg", country=Country.objects.get(iso2="SE"))
"""


@pytest.fixture
def lena(run_on_portal, browser_page):
    run_on_portal(MAKE_TEACHERS)
    return browser_page


def download_my_data(page, portal_url, tmp_path):
    page.goto(portal_url + "/en/live/my-data/")
    expect(page.locator("h1")).to_have_text("Your data")
    assert_no_serious_violations(page)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download my data").click()
    download = download_info.value
    assert download.suggested_filename.startswith("twinning-data-")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    with zipfile.ZipFile(path) as archive:
        data = json.loads(archive.read("data.json"))
        assert data["accounts"]["username"] == "privacy-lena"
        assert data["live"]["presentation"] == "I teach <em>music</em> in Leipzig."
        assert "I teach &lt;em&gt;music&lt;/em&gt; in Leipzig." in archive.read("data.html").decode()
        assert "files/live/photo.jpg" in archive.namelist()


def delete_my_account(page):
    page.get_by_role("link", name="Delete my account").click()
    expect(page.locator("h1")).to_have_text("Delete your account")
    assert_no_serious_violations(page)
    page.get_by_label("Your password").fill("not my password")
    page.get_by_label("I understand").check()
    page.locator("main form").get_by_role("button", name="Delete my account").click()
    expect(page.locator(".error-summary")).to_contain_text("This is not your password")
    assert_no_serious_violations(page)
    page.get_by_label("Your password").fill(settings.DEMO_PASSWORD)
    page.locator("main form").get_by_role("button", name="Delete my account").click()
    expect(page.locator("h1")).to_have_text("Your account is deleted")
    assert_no_serious_violations(page)
    assert_logged_out(page)


def assert_logged_out(page):
    expect(page.locator(".account-menu").get_by_role("link", name="Log in")).to_be_visible()


def test_a_teacher_downloads_her_data_then_deletes_her_account(portal_url, lena, chromium, tmp_path):
    log_in(lena, portal_url, "privacy-lena")
    expect(lena.locator("h1")).to_contain_text("Lena")
    download_my_data(lena, portal_url, tmp_path)
    delete_my_account(lena)

    log_in(lena, portal_url, "privacy-lena")
    assert_logged_out(lena)

    sven = chromium.new_context().new_page()
    log_in(sven, portal_url, "privacy-sven")
    sven.goto(portal_url + "/en/live/forum/")
    post = sven.locator(".forum-card", has_text="Songs of our towns")
    expect(post).to_contain_text("Former member")
    expect(post).not_to_contain_text("Hoffmann")
    sven.context.close()
