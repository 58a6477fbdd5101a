"""The editorial world of the editors' tests: the world's accounts (tests/world.py), the pages each
role works on (`pages`), a draft never published and a draft waiting for France's moderators."""

import re

import pytest
from django.test import Client, TestCase
from wagtail.models import Page

from accounts.models import User
from core import factories
from countries.models import NationalSectionPage
from home.factories import StandardPageFactory
from kits.factories import KitPageFactory
from tests.helpers import kept_for_the_module
from tests.world import world


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


def localize(page, language_code, strings=None):
    """The published translation of `page` into `language_code`, made through wagtail-localize as an
    editor's (a TranslationSource, its strings translated, a synchronised Translation), so that it
    opens in wagtail-localize's translation editor. Each segment is translated by `strings` (English
    text -> translation), or else marked with the language code (the slug is kept). The parent must
    exist in that language (a translation or an alias)."""

    def translate_text(english, segment):
        marked = english if segment.context.path == "slug" else f"{english} [{language_code}]"
        return (strings or {}).get(english, marked)

    with TestCase.captureOnCommitCallbacks(execute=True):  # wagtail-localize publishes on commit
        return factories.localize(page, language_code, translate_text)


# The French version of France's section (its English title "France" reads the same in French).
FRENCH_SECTION = {"France": "France"}


def build_pages():
    """The pages each role works on, as the demo had them: France's section in English and in French
    (a synchronised translation) with a live French page of nss-fr's, Italy's section, the English
    home page and kit index, and an English kit with its German translation (synchronised). The
    kit index is translated into German and the country index into French and German, as the
    demo translated every section (five wagtail-localize translations: seconds, hence built once per
    module by `editorial_pages`)."""
    sections = world()
    nss_fr = User.objects.get(username="nss-fr")
    for index, language_code in ((sections.kits, "de"), (sections.countries, "fr"), (sections.countries, "de")):
        localize(index, language_code)
    france_fr = localize(sections.fr, "fr", FRENCH_SECTION)
    prizes = StandardPageFactory(
        parent=france_fr,
        title="Prix des classes jumelées",
        slug="prix-des-classes",
        introduction="Chaque année, le bureau national récompense des projets remarquables.",
        body=[{"type": "paragraph", "value": "<p>Les candidatures sont ouvertes à toutes les écoles.</p>"}],
        owner=nss_fr,
    )
    kit_en = KitPageFactory(parent=sections.kits, title="Twin towns in pictures", slug="twin-towns")
    return {
        "fr-section-en": sections.fr,
        "fr-section-fr": france_fr,
        "fr-page-fr": prizes,
        "it-section-en": sections.it,
        "home-en": sections.home.specific,
        "kits-en": sections.kits,
        "kit-en": kit_en,
        "kit-de": localize(kit_en, "de"),
    }


@pytest.fixture(scope="module")
def editorial_pages(django_db_setup, django_db_blocker):
    """build_pages() once per test module (tests.helpers.kept_for_the_module)."""
    with kept_for_the_module(django_db_blocker):
        yield {name: page.pk for name, page in build_pages().items()}


@pytest.fixture
def pages(db, editorial_pages):
    """The pages of build_pages(), loaded afresh for each test."""
    return {name: Page.objects.get(pk=pk).specific for name, pk in editorial_pages.items()}


def french_draft_page(pages, title, slug):
    nss_fr = User.objects.get(username="nss-fr")
    return StandardPageFactory(
        parent=pages["fr-section-fr"],
        title=title,
        slug=slug,
        introduction="Programme en préparation.",
        body=[{"type": "paragraph", "value": "<p>Le programme sera publié après validation.</p>"}],
        owner=nss_fr,
        publish=False,
    )


@pytest.fixture
def unpublished_draft(pages):
    """A page of nss-fr's in the French version of France's section, never published."""
    return french_draft_page(pages, "Journée des classes jumelées 2027", "journee-des-classes-2027")


@pytest.fixture
def submitted_draft(pages):
    """A draft nss-fr submitted to France's moderators (it waits in their workflow)."""
    page = french_draft_page(pages, "Rencontre des classes à Lyon", "rencontre-lyon")
    page.get_workflow().start(page, User.objects.get(username="nss-fr"))
    return page


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
