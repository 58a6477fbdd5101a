"""The demo's editorial world (demo.editors): its accounts, and the pages each role works on."""

import re

import pytest
from django.test import Client
from wagtail.models import Page

from accounts.models import User
from countries.models import NationalSectionPage
from kits.models import KitIndexPage, KitPage


@pytest.fixture
def login(client):
    def log_in(username):
        client.force_login(User.objects.get(username=username))
        return client

    return log_in


class Browser:
    """An admin session that posts as a browser does: CSRF checks on, the token read from the form
    page (or, where that page is refused, from the CSRF cookie the admin sets)."""

    def __init__(self, username):
        self.client = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
        self.client.force_login(User.objects.get(username=username))

    def get(self, url, *args, **kwargs):
        return self.client.get(url, *args, **kwargs)

    def csrf_token(self, form_page):
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.get(form_page).content.decode())
        if found:
            return found.group(1)
        if "csrftoken" not in self.client.cookies:
            self.get("/admin/")
        return self.client.cookies["csrftoken"].value

    def post(self, url, data=None, form_page=None, **kwargs):
        """Post `data` to `url` with the token of `form_page` (default: `url` itself)."""
        token = self.csrf_token(form_page or url)
        return self.client.post(url, {**(data or {}), "csrfmiddlewaretoken": token}, **kwargs)

    def submit(self, url, changes, form_id):
        """Post the form `form_id` of the page at `url` as it stands, token included, with `changes`."""
        from wagtail.test.utils.form_data import querydict_from_html

        data = querydict_from_html(self.get(url).content.decode(), form_id=form_id, exclude_csrf=False)
        for name, value in changes.items():
            data[name] = value
        return self.client.post(url, data)


@pytest.fixture
def browser(db):
    return Browser


def section(iso2, language_code):
    return NationalSectionPage.objects.get(country__iso2=iso2, locale__language_code=language_code)


@pytest.fixture
def pages(db):
    kit_en = KitPage.objects.filter(locale__language_code="en").order_by("path").first()
    return {
        "fr-section-en": section("FR", "en"),
        "fr-section-fr": section("FR", "fr"),
        "fr-page-fr": Page.objects.get(slug="prix-nationaux").specific,
        "it-section-en": section("IT", "en"),
        "home-en": Page.objects.get(depth=2, locale__language_code="en").specific,
        "kits-en": KitIndexPage.objects.get(locale__language_code="en"),
        "kit-en": kit_en,
        "kit-de": kit_en.get_translation(kit_en.get_translations().get(locale__language_code="de").locale),
    }


def edit_form(page, **changes):
    """The admin's edit form of a content page (standard page or national section), as posted."""
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    data = {
        "title": page.title,
        "slug": page.slug,
        "introduction": page.introduction,
        "body": streamfield([(block.block_type, block.block.get_prep_value(block.value)) for block in page.body]),
        "seo_title": page.seo_title,
        "search_description": page.search_description,
    }
    data.update(changes)
    return nested_form_data(data)
