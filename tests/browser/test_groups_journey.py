"""Live's groups in a real browser, on the demo data (demo/groups.py): Anna (teacher-pl) finds the open
group "Outdoor classroom" by searching, joins it, opens a discussion and replies; the reply shows with its
link clickable. Then she proposes a group of her own, which waits for approval. axe finds no serious or
critical violation on any page along the way."""

from playwright.sync_api import expect

from tests.browser.actions import assert_no_serious_violations, log_in


def find_the_group(page, portal_url):
    page.goto(portal_url + "/en/live/groups/")
    assert_no_serious_violations(page)
    page.get_by_label("Words", exact=True).fill("outside")
    page.locator("#id_language").select_option(label="English")
    page.get_by_role("button", name="Show groups").click()
    page.locator("main").get_by_role("link", name="Outdoor classroom").click()
    expect(page.locator("h1")).to_have_text("Outdoor classroom")
    expect(page.locator("main")).to_contain_text("The group's discussions are for its members.")
    assert_no_serious_violations(page)


def join_and_reply(page):
    page.get_by_role("button", name="Join the group").click()
    expect(page.locator("main")).to_contain_text("Welcome to the group “Outdoor classroom”!")
    assert_no_serious_violations(page)
    page.locator("main").get_by_role("link", name="Lessons in the rain").click()
    expect(page.locator("h1")).to_have_text("Lessons in the rain")
    page.get_by_label("Your reply").fill("In Kraków we go out in snow too: https://example.org/snow")
    page.get_by_role("button", name="Send the reply").click()
    expect(page.locator("main")).to_contain_text("In Kraków we go out in snow too")
    expect(page.locator("main a[href='https://example.org/snow']")).to_have_attribute("rel", "nofollow")
    assert_no_serious_violations(page)


def propose_a_group(page, portal_url):
    page.goto(portal_url + "/en/live/groups/new/")
    assert_no_serious_violations(page)
    page.get_by_role("button", name="Send the proposal").click()
    expect(page.locator(".error-summary")).to_contain_text("There is a problem")
    assert_no_serious_violations(page)
    page.get_by_label("Name", exact=True).fill("Polish for beginners")
    page.get_by_label("Description", exact=True).fill("Teachers who teach Polish as a foreign language.")
    page.get_by_label("Language of the group").select_option(label="Polish")
    page.get_by_label("By invitation only").check()
    page.get_by_role("button", name="Send the proposal").click()
    expect(page.locator("main")).to_contain_text("Your group waits for approval by the central team.")
    assert_no_serious_violations(page)


def test_a_teacher_joins_a_group_replies_and_proposes_her_own(portal_url, browser_page):
    log_in(browser_page, portal_url, "teacher-pl")
    find_the_group(browser_page, portal_url)
    join_and_reply(browser_page)
    propose_a_group(browser_page, portal_url)
