"""A report, from the forum to the admin and back, in a real browser: teacher-it reports teacher-fr's forum
post, moderator-fr finds it in France's queue and hides it; teacher-it no longer finds the post, and
teacher-fr sees it marked hidden, with the reason. The report form has no serious accessibility
violations."""

import re

from django.conf import settings
from playwright.sync_api import expect

from tests.browser.actions import assert_no_serious_violations, log_in

POST_TITLE = "Nos rivières, leur eau et nous"
REASON = "Links to outside websites must be checked first."


def log_in_to_live(page, portal_url, username):
    log_in(page, portal_url, username)
    page.wait_for_url(re.compile(r"/live/$"))


def report_the_post(page, portal_url):
    log_in_to_live(page, portal_url, "teacher-it")
    page.goto(portal_url + "/en/live/forum/")
    page.get_by_role("link", name=POST_TITLE).click()
    post_url = page.url
    page.locator("main a.report-link").first.click()
    expect(page.locator("h1")).to_have_text("Report to the moderators")
    assert_no_serious_violations(page)
    page.locator('main button[type="submit"]').click()
    expect(page.locator("main")).to_contain_text("Choose why you report this.")
    page.get_by_label("Spam or advertising").check()
    page.locator('main button[type="submit"]').click()
    page.wait_for_url(post_url)
    expect(page.locator("main")).to_contain_text("A moderator will look at your report")
    return post_url


def hide_in_the_admin(page, portal_url):
    page.goto(portal_url + "/admin/login/")
    page.locator("#id_username").fill("moderator-fr")
    page.locator("#id_password").fill(settings.DEMO_PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(portal_url + "/admin/moderation/")
    page.locator("table.listing tbody tr", has_text="Avec ma classe de seconde").first.locator("a").click()
    expect(page.locator("main")).to_contain_text(POST_TITLE)
    page.locator('input[name="action"][value="hide"]').check()
    page.locator("#id_message").fill(REASON)
    page.locator('main form button[type="submit"]').click()
    page.wait_for_url(re.compile(r"/admin/moderation/$"))
    expect(page.locator("table.listing")).not_to_contain_text("Avec ma classe de seconde")


def test_a_reported_post_is_hidden_by_moderator_fr(portal_url, chromium):
    reporter_context, moderator_context, author_context = (chromium.new_context() for _ in range(3))
    try:
        reporter = reporter_context.new_page()
        post_url = report_the_post(reporter, portal_url)

        hide_in_the_admin(moderator_context.new_page(), portal_url)

        assert reporter.goto(post_url).status == 404
        reporter.goto(portal_url + "/en/live/forum/")
        expect(reporter.locator("main")).not_to_contain_text(POST_TITLE)

        author = author_context.new_page()
        log_in_to_live(author, portal_url, "teacher-fr")
        author.goto(post_url)
        expect(author.locator("main")).to_contain_text(f"Hidden by a moderator: {REASON}")
    finally:
        for context in (reporter_context, moderator_context, author_context):
            context.close()
