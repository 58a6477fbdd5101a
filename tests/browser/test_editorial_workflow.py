"""The editorial workflow end to end: a national editor submits a change to the French section, a
French moderator approves it, and the public page shows it. Both admins are in French, as the demo
accounts choose."""

import re

from django.conf import settings
from playwright.sync_api import expect

NEW_INTRODUCTION = "Réseau Canopé now has an eTwinning correspondent in every academic region of France."


def log_in(context, portal_url, username):
    page = context.new_page()
    page.goto(portal_url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(settings.DEMO_PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    return page


def test_nss_fr_submits_the_french_section_and_moderator_fr_publishes_it(portal_url, chromium):
    editor_context, moderator_context = chromium.new_context(), chromium.new_context()
    try:
        editor = log_in(editor_context, portal_url, "nss-fr")
        expect(editor.locator("html")).to_have_attribute("lang", "fr")
        editor.locator('#national-section-FR-section a[data-section-locale="en"]').click()
        editor.locator("#id_introduction").fill(NEW_INTRODUCTION)
        editor.locator("footer .w-dropdown__toggle").click()
        expect(editor.get_by_role("button", name="Publier", exact=True)).to_have_count(0)
        editor.get_by_role("button", name="Soumettre à Moderation: France (FR)").click()
        expect(editor.locator(".messages")).to_contain_text("France")

        editor.goto(portal_url + "/en/countries/fr/")
        expect(editor.locator("main")).not_to_contain_text(NEW_INTRODUCTION)

        moderator = log_in(moderator_context, portal_url, "moderator-fr")
        moderator.locator("#awaiting-review-section").get_by_role("link", name="France", exact=True).click()
        moderator.locator("footer .w-dropdown__toggle").click()
        moderator.get_by_role("button", name="Approuver et Publier").click()
        expect(moderator.locator(".messages")).to_contain_text("France")

        public = moderator_context.new_page()
        public.goto(portal_url + "/en/countries/fr/")
        expect(public.locator("main")).to_contain_text(NEW_INTRODUCTION)
    finally:
        editor_context.close()
        moderator_context.close()
