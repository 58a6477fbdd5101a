"""The demo's editorial world (editors.demo): its accounts, and the pages each role works on."""

import pytest
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
