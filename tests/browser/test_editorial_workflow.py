"""The editorial workflow end to end: France's national editor writes a news article in French in the
French section, in Wagtail's page editor, and submits it (the main button, as she cannot publish); a French
moderator approves it; it is then read in the French section and in /fr/news/. Both admins are in French, as
the demo accounts choose."""

import re

from django.conf import settings
from playwright.sync_api import expect

TITLE = "Atelier TwinSpace à Bordeaux pour les enseignants de l'académie"


def log_in(context, portal_url, username):
    page = context.new_page()
    page.goto(portal_url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(settings.DEMO_PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    return page


def test_nss_fr_writes_french_news_that_moderator_fr_publishes(portal_url, chromium):
    editor_context, moderator_context = chromium.new_context(), chromium.new_context()
    try:
        editor = log_in(editor_context, portal_url, "nss-fr")
        expect(editor.locator("html")).to_have_attribute("lang", "fr")
        editor.locator('#national-section-FR-section a[data-section-locale="fr"]').click()
        section_id = re.search(r"/admin/pages/(\d+)/edit/", editor.url).group(1)
        expect(editor.locator("#id_introduction")).to_be_editable()  # the page editor, not wagtail-localize's
        editor.goto(f"{portal_url}/admin/pages/{section_id}/add_subpage/")
        editor.locator('a[href*="/add/news/newspage/"]').click()
        editor.locator("#id_title").fill(TITLE)
        editor.locator("#id_title").press("Tab")  # Wagtail makes the slug from the title when it changes
        editor.locator("#id_introduction").fill("Une après-midi pour prendre en main TwinSpace avec un formateur.")
        main_button = editor.locator("footer .w-dropdown-button button").first
        expect(main_button).to_contain_text("Soumettre")
        expect(main_button).not_to_contain_text("Moderation")  # the workflow is named in French
        main_button.click()
        expect(editor.locator(".messages .success")).to_be_visible()

        editor.goto(portal_url + "/fr/news/")
        expect(editor.locator("main")).not_to_contain_text(TITLE)

        moderator = log_in(moderator_context, portal_url, "moderator-fr")
        moderator.locator("#awaiting-review-section").get_by_role("link", name=TITLE).click()
        moderator.locator("footer .w-dropdown__toggle").click()
        moderator.get_by_role("button", name="Approuver et Publier").click()
        expect(moderator.locator(".messages .success")).to_be_visible()

        public = moderator_context.new_page()
        public.goto(portal_url + "/fr/countries/fr/")
        expect(public.locator("main")).to_contain_text(TITLE)
        public.goto(portal_url + "/fr/news/?country=fr")
        expect(public.locator("main")).to_contain_text(TITLE)
    finally:
        editor_context.close()
        moderator_context.close()
