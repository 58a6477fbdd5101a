"""Live in a real browser: a teacher in France finds a teacher in Italy who teaches science to 12-15
year-olds, sends a contact request, the Italian teacher accepts it, and they exchange messages. axe finds no
serious or critical violation on any Live page along the way."""

import pytest
from playwright.sync_api import expect

from tests.browser.actions import assert_no_serious_violations, log_in

# Two teachers of their own, so that the journey does not depend on the demo's contacts.
MAKE_TEACHERS = """
from accounts.factories import TeacherFactory
from countries.models import Country
from live.factories import ProfileFactory
from taxonomy.models import AgeRange, Subject

science = Subject.objects.get(slug="natural-sciences")
ages = AgeRange.objects.get(slug="12-15")
for username, iso2, first, last, language in [
    ("journey-fr", "FR", "Élodie", "Marchand", "fr"),
    ("journey-it", "IT", "Giorgio", "Verdelli", "it"),
]:
    teacher = TeacherFactory(
        username=username, country=Country.objects.get(iso2=iso2), first_name=first, last_name=last, language="en"
    )
    ProfileFactory(user=teacher, subjects=[science], age_ranges=[ages], languages=[language, "en"], looking=True)
"""


@pytest.fixture
def teachers(run_on_portal, chromium):
    run_on_portal(MAKE_TEACHERS)
    french, italian = chromium.new_context(), chromium.new_context()
    yield french.new_page(), italian.new_page()
    french.close()
    italian.close()


def find_the_italian_science_teacher(page, portal_url):
    page.goto(portal_url + "/en/live/partners/")
    assert_no_serious_violations(page)
    page.locator("#id_country").select_option(label="Italy")
    page.locator("#id_subject").select_option(label="Natural sciences")
    page.locator("#id_age").select_option(label="12 to 15 years")
    page.get_by_role("button", name="Find teachers").click()
    result = page.locator(".partner", has_text="Giorgio Verdelli")
    expect(result).to_contain_text("1 subject")
    assert_no_serious_violations(page)
    result.get_by_role("link", name="Giorgio Verdelli").click()
    expect(page.locator("h1")).to_have_text("Giorgio Verdelli")
    assert_no_serious_violations(page)


def ask_to_be_contacts(page):
    page.get_by_role("link", name="Send a contact request").click()
    # axe must run on the form's page, not on the profile while the browser is still leaving it.
    expect(page.get_by_label("Note")).to_be_visible()
    assert_no_serious_violations(page)
    page.get_by_label("Note").fill("Bonjour Giorgio! Shall our pupils study the water of our rivers together?")
    page.get_by_role("button", name="Send the request").click()
    expect(page.locator("main")).to_contain_text("Giorgio Verdelli")


def accept_the_request(page):
    page.locator(".account-menu summary").click()
    page.locator(".account-menu").get_by_role("link", name="Live").click()
    page.wait_for_url("**/en/live/")
    assert_no_serious_violations(page)
    page.goto(page.url.split("/en/")[0] + "/en/live/contacts/")
    expect(page.locator("main")).to_contain_text("Shall our pupils study the water of our rivers together?")
    assert_no_serious_violations(page)
    page.get_by_role("button", name="Accept").click()
    expect(page.locator("main").get_by_role("link", name="Write").first).to_be_visible()


def write(page, text):
    page.get_by_label("Message").fill(text)
    page.get_by_role("button", name="Send").click()
    expect(page.locator("main")).to_contain_text(text)


def test_a_teacher_in_france_finds_a_partner_in_italy_and_they_write_to_each_other(portal_url, teachers):
    french, italian = teachers
    log_in(french, portal_url, "journey-fr")
    expect(french.locator("h1")).to_contain_text("Élodie")
    assert_no_serious_violations(french)
    find_the_italian_science_teacher(french, portal_url)
    ask_to_be_contacts(french)

    log_in(italian, portal_url, "journey-it")
    accept_the_request(italian)
    italian.locator("main").get_by_role("link", name="Write").first.click()
    write(italian, "Ciao Élodie! Yes, gladly: the Arno and the Seine. https://example.org/rivers")
    assert_no_serious_violations(italian)

    french.goto(portal_url + "/en/live/messages/")
    expect(french.locator("main")).to_contain_text("Giorgio Verdelli")
    expect(french.locator(".account-menu summary")).to_contain_text("1")
    assert_no_serious_violations(french)
    french.locator("main").get_by_role("link", name="Giorgio Verdelli").first.click()
    expect(french.locator("main a[href='https://example.org/rivers']")).to_have_attribute("rel", "nofollow")
    write(french, "Parfait ! I will send the first activity on Monday.")

    italian.reload()
    expect(italian.locator("main")).to_contain_text("I will send the first activity on Monday.")


@pytest.mark.parametrize(
    "path", ["/en/live/profile/", "/en/live/forum/", "/en/live/forum/new/", "/en/live/contacts/blocked/"]
)
def test_the_other_live_pages_have_no_serious_accessibility_violations(portal_url, browser_page, path):
    log_in(browser_page, portal_url, "teacher-fr")
    browser_page.goto(portal_url + path)
    expect(browser_page.locator("h1")).to_be_visible()
    assert_no_serious_violations(browser_page)
