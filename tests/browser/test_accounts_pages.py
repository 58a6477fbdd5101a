"""The account pages in a real browser: axe finds no serious violation on them, a teacher logs in from
the header and finds their menu, turns two-factor authentication on (the QR code shows under the
Content Security Policy) and off again, and the header fits a phone."""

import re
import time

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from playwright.sync_api import expect

from tests.browser.actions import assert_no_serious_violations, log_in

TOTP_PERIOD = 30


def log_out(page):
    page.locator(".account-menu summary").click()
    page.locator(".account-menu").get_by_role("button", name="Log out").click()
    expect(page.locator(".account-menu").get_by_role("link", name="Log in")).to_be_visible()


def authenticator_code(secret):
    """What an authenticator app shows now; at the very end of a period, the next period's code, so
    that it is still good when the form arrives."""
    if TOTP_PERIOD - time.time() % TOTP_PERIOD < 2:
        time.sleep(2)
    return format_hotp_value(hotp_value(secret, int(time.time()) // TOTP_PERIOD))


def watch_for_blocked_content(page):
    """The messages the browser logs when the Content Security Policy blocks something."""
    blocked = []
    page.on(
        "console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text else None
    )
    return blocked


@pytest.mark.parametrize(
    "path",
    ["/en/accounts/login/", "/en/accounts/signup/", "/el/accounts/password/reset/", "/en/accounts/confirm-email/"],
)
def test_the_pages_before_log_in_have_no_serious_accessibility_violations(portal_url, browser_page, path):
    browser_page.goto(portal_url + path)
    assert_no_serious_violations(browser_page)


def test_a_sign_up_with_errors_has_no_serious_accessibility_violations(portal_url, browser_page):
    page = browser_page
    page.goto(portal_url + "/en/accounts/signup/")
    page.get_by_label("First name").fill("Ana")
    page.get_by_label("Last name").fill("Silva")
    page.get_by_label("E-mail address").fill("ana.silva@escola.example")
    page.get_by_label("Username").fill("teacher-fr")  # taken
    page.get_by_label("Country of your school").select_option(label="Portugal")
    page.get_by_label("Password", exact=True).fill("12345678")
    page.get_by_label("Password (again)").fill("12345678")
    page.locator("main").get_by_role("button", name="Register").click()
    expect(page.locator(".account-form__errors")).to_be_visible()
    expect(page.get_by_label("First name")).to_have_value("Ana")
    assert_no_serious_violations(page)


def test_a_teacher_logs_in_from_the_header_and_finds_their_menu_and_settings(portal_url, browser_page):
    page = browser_page
    blocked = watch_for_blocked_content(page)
    log_in(page, portal_url, "teacher-fr@example.org")
    page.wait_for_url(re.compile(r"/live/"))
    page.goto(portal_url + "/en/")
    summary = page.locator(".account-menu summary")
    expect(summary).to_contain_text("Claire Dubois")
    summary.click()
    expect(page.locator(".account-menu").get_by_role("link", name="Account settings")).to_be_visible()
    assert_no_serious_violations(page)  # with the menu open
    page.locator(".account-menu").get_by_role("link", name="Account settings").click()
    for name in ("Preferences", "E-mail addresses", "Password", "Two-factor authentication"):
        page.locator(".account-nav").get_by_role("link", name=name).click()
        expect(page.locator(".account-nav [aria-current=page]")).to_have_text(name)
        assert_no_serious_violations(page)
    log_out(page)
    assert blocked == []


def test_a_teacher_turns_two_factor_authentication_on_and_off(portal_url, browser_page):
    page = browser_page
    blocked = watch_for_blocked_content(page)
    log_in(page, portal_url, "teacher-pl")
    page.goto(portal_url + "/en/accounts/2fa/")
    page.locator("main").get_by_role("link", name="Activate").click()
    # allauth asks for the password again before a change of two-factor authentication.
    assert_no_serious_violations(page)
    confirm_password(page)

    qr_code = page.locator("img.account-qr")
    expect(qr_code).to_be_visible()
    assert qr_code.evaluate("image => image.complete && image.naturalWidth > 0"), "the policy blocked the QR code"
    assert_no_serious_violations(page)
    secret = page.locator("#authenticator_secret").input_value()
    try:
        page.get_by_label("Authenticator code").fill(authenticator_code(secret))
        page.locator("main").get_by_role("button", name="Activate").click()
        expect(page.locator("#recovery_codes")).to_be_visible()
        assert_no_serious_violations(page)
        log_out(page)

        log_in(page, portal_url, "teacher-pl")
        page.wait_for_url(re.compile(r"/accounts/2fa/authenticate/"))
        assert_no_serious_violations(page)
        enter_code(page, secret)
        page.wait_for_url(re.compile(r"/live/"))
        assert blocked == []
    finally:
        turn_two_factor_off(page, portal_url, secret)


def confirm_password(page):
    page.get_by_label("Password").fill(settings.DEMO_PASSWORD)
    page.locator("main").get_by_role("button", name="Confirm").click()


def enter_code(page, secret):
    page.get_by_label("Code").fill(authenticator_code(secret))
    page.locator("main").get_by_role("button", name="Sign In").click()


def turn_two_factor_off(page, portal_url, secret):
    """The demo account is shared with other browser tests: leave it as it was, wherever the test stopped."""
    response = page.goto(portal_url + "/en/accounts/2fa/totp/deactivate/")
    if response.status == 404:
        return  # never activated
    if "/accounts/login/" in page.url:
        log_in(page, portal_url, "teacher-pl")
        enter_code(page, secret)
        page.goto(portal_url + "/en/accounts/2fa/totp/deactivate/")
    if "/reauthenticate/" in page.url:
        confirm_password(page)
    page.locator("main").get_by_role("button", name="Deactivate").click()
    expect(page.locator(".account-message")).to_be_visible()


@pytest.mark.parametrize("width", [320, 390])
def test_the_header_and_the_log_in_fit_a_phone(portal_url, browser_page, width):
    page = browser_page
    page.set_viewport_size({"width": width, "height": 844})
    page.goto(portal_url + "/fr/accounts/login/")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    log_in(page, portal_url, "teacher-it")
    page.goto(portal_url + "/el/kits/")
    page.locator(".account-menu summary").click()
    expect(page.locator(".account-menu__list")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    menu = page.locator(".account-menu__list").bounding_box()
    assert menu["x"] >= 0 and menu["x"] + menu["width"] <= width, "the open menu fits the screen"
