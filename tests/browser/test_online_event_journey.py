"""Online events in a real browser: a teacher in New York finds a seminar organised in Paris, sees its
time in the organiser's zone and, added by the page's script, in her own; registers, is shown the link
to the online room, and finds the confirmation among her notifications. axe finds no serious or critical
violation on the pages along the way."""

import pytest
from playwright.sync_api import expect

from tests.browser.actions import assert_no_serious_violations, log_in

# An organiser, a participant and the event, of their own, so that the journey does not depend on the
# demo's events: 14 January 2030, 18:00 in Paris is 12:00 in New York.
MAKE_EVENT = """
import datetime
from accounts.factories import TeacherFactory
from countries.models import Country
from online_events.factories import OnlineEventFactory

france, italy = Country.objects.get(iso2="FR"), Country.objects.get(iso2="IT")
organiser = TeacherFactory(username="events-organiser", country=france, first_name="Léa", last_name="Morel")
TeacherFactory(username="events-participant", country=italy, first_name="Paola", last_name="Neri", language="en")
start = datetime.datetime(2030, 1, 14, 17, 0, tzinfo=datetime.UTC)
OnlineEventFactory(
    organiser=organiser,
    organisation="Réseau Canopé",
    title="Journey seminar: first steps",
    start=start,
    end=start + datetime.timedelta(hours=1),
    registration_deadline=start,
    time_zone="Europe/Paris",
    room_url="https://meet.example.org/journey-room",
)
"""


@pytest.fixture
def new_york_page(run_on_portal, chromium):
    run_on_portal(MAKE_EVENT)
    context = chromium.new_context(locale="en-GB", timezone_id="America/New_York")
    yield context.new_page()
    context.close()


def test_a_teacher_registers_for_an_online_event_and_finds_it_in_her_notifications(portal_url, new_york_page):
    page = new_york_page
    log_in(page, portal_url, "events-participant")
    page.goto(portal_url + "/en/live/events/")
    expect(page.locator("h1")).to_have_text("Online events")
    assert_no_serious_violations(page)

    page.get_by_role("link", name="Journey seminar: first steps").click()
    when = page.locator(".event-time")
    expect(when).to_contain_text("14 January 2030, 18:00")
    expect(when).to_contain_text("Europe/Paris")
    expect(when.locator(".local-time")).to_contain_text("12:00")
    expect(page.locator("main")).not_to_contain_text("journey-room")
    assert_no_serious_violations(page)

    page.get_by_role("button", name="Register").click()
    expect(page.locator("main")).to_contain_text("You are registered.")
    expect(page.locator("main a[href='https://meet.example.org/journey-room']")).to_be_visible()
    assert_no_serious_violations(page)

    page.goto(portal_url + "/en/live/notifications/")
    expect(page.locator("main")).to_contain_text(
        "You are registered for the online event “Journey seminar: first steps”."
    )
    page.locator("main").get_by_role("link", name="Journey seminar").first.click()
    expect(page.locator("h1")).to_have_text("Journey seminar: first steps")


@pytest.mark.parametrize("path", ["/en/live/events/new/", "/en/live/events/?mine=1"])
def test_the_other_event_pages_have_no_serious_accessibility_violations(portal_url, browser_page, path):
    log_in(browser_page, portal_url, "teacher-fr")
    browser_page.goto(portal_url + path)
    expect(browser_page.locator("h1")).to_be_visible()
    assert_no_serious_violations(browser_page)
