"""Translation states, scoped translation, what changed, PO export and import, review."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape
from django.utils.translation import gettext
from django.utils.translation import override as translation_override
from wagtail.models import GroupPagePermission, Locale, Page, WorkflowPage
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from accounts.models import User
from countries.models import NationalSectionPage
from editors.tests.conftest import localize
from editors.translation_state import State, page_translations
from kits.factories import KitPageFactory
from languages.codes import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

# The German kit index's title, translated (so that the English title shows only where it is listed).
KITS_IN_GERMAN = {"Project kits": "Projektvorlagen"}


@pytest.fixture
def pages(pages):
    """The editors' pages, with the kit index translated into German and into French through
    wagtail-localize, as every section was translated into every language."""
    localize(pages["kits-en"], "de", KITS_IN_GERMAN)
    localize(pages["kits-en"], "fr")
    return pages


@pytest.fixture
def german_admin(db):
    """The German translator works in a German admin (their account's language)."""
    profile = UserProfile.get_for_user(User.objects.get(username="translator-de"))
    profile.preferred_language = "de"
    profile.save()


@pytest.fixture
def out_of_date_kit(pages):
    """A kit whose English text changed after its German translation was made."""
    kit = KitPageFactory(parent=pages["kits-en"], title="Water in our towns", slug="water", publish=True)
    localize(kit, "de")
    publish_with(kit, introduction="Pupils measure how much water their school uses, week by week.")
    return kit


def state_of(page, language_code):
    locale = Locale.objects.get(language_code=language_code)
    versions = Page.objects.filter(translation_key=page.translation_key)
    (result,) = [r for r in page_translations(versions) if r.locale_id == locale.pk]
    return result.state


def translation_into(page, language_code):
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    return Translation.objects.get(source=source, target_locale__language_code=language_code)


def publish_with(page, **changes):
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision().publish()


# States


def test_pages_show_each_translation_state(pages, out_of_date_kit):
    assert state_of(pages["kits-en"], "de") == State.TRANSLATED
    assert state_of(pages["it-section-en"], "de") == State.MISSING
    german = page_translations(locale_ids=[Locale.objects.get(language_code="de").pk])
    assert [r.source["title"] for r in german if r.state == State.OUT_OF_DATE] == ["Water in our towns"]


def test_a_changed_source_marks_its_translations_out_of_date(pages):
    kits = pages["kits-en"]
    publish_with(kits, introduction="Ready-made project plans, now with more to choose from.")
    assert state_of(kits, "de") == State.OUT_OF_DATE
    assert state_of(kits, "fr") == State.OUT_OF_DATE


def test_publishing_the_source_unchanged_keeps_translations_up_to_date(pages):
    kits = pages["kits-en"]
    publish_with(kits)
    assert state_of(kits, "de") == State.TRANSLATED


def test_saving_the_translation_brings_it_up_to_date(pages):
    kits = pages["kits-en"]
    publish_with(kits, introduction="Ready-made project plans, now with more to choose from.")
    translation_into(kits, "de").save_target(publish=True)
    assert state_of(kits, "de") == State.TRANSLATED


def test_translators_see_what_changed(login, pages):
    kits = pages["kits-en"]
    publish_with(kits, introduction="Ready-made project plans, now with more to choose from.")
    response = login("translator-de").get(f"/admin/translations/translation/{translation_into(kits, 'de').id}/changes/")
    assert response.status_code == 200
    assert "Ready-made project plans, now with more to choose from." in response.content.decode()
    assert "Project kits" not in response.content.decode().split("<table")[1], "unchanged text is not listed"


def test_a_translator_cannot_open_another_languages_changes(login, pages):
    translation = translation_into(pages["kits-en"], "fr")
    assert login("translator-de").get(f"/admin/translations/translation/{translation.id}/changes/").status_code == 403


# Overview


def test_the_overview_counts_every_language(login):
    response = login("admin").get("/admin/translations/")
    assert response.status_code == 200
    assert response.content.decode().count('href="/admin/translations/language/') >= len(LANGUAGE_CODES)


def test_a_national_editor_sees_the_overview_of_their_section_only(login, pages):
    response = login("nss-fr").get("/admin/translations/language/de/?state=missing")
    content = response.content.decode()
    assert "France" in content and pages["fr-page-fr"].title in content
    assert "Italy" not in content and "Project kits" not in content


def test_a_bad_state_filter_shows_every_state(login):
    assert login("translator-de").get("/admin/translations/language/de/?state=nonsense").status_code == 200


# Translating within one's scope


def test_a_national_editor_translates_their_section_into_any_language(login, pages):
    france = pages["fr-section-en"]
    client = login("nss-fr")
    form = client.get(f"/admin/translations/page/{france.id}/translate/")
    assert form.status_code == 200
    german = Locale.objects.get(language_code="de")
    response = client.post(f"/admin/translations/page/{france.id}/translate/", {"locales": [german.pk]})
    assert response.status_code == 302
    german_section = NationalSectionPage.objects.get(country__iso2="FR", locale=german)
    assert not german_section.live, "translations of live pages wait for review"
    editors = german_section.country.teams.get(role="editors").group
    assert GroupPagePermission.objects.filter(group=editors, page=german_section).exists()
    assert WorkflowPage.objects.get(page=german_section).workflow.name.startswith("Moderation: France")
    assert client.get(f"/admin/pages/{german_section.id}/edit/").status_code == 200


def test_a_national_editor_cannot_translate_other_pages(login, pages):
    client = login("nss-fr")
    for key in ("it-section-en", "kits-en"):
        assert client.get(f"/admin/translations/page/{pages[key].id}/translate/").status_code == 403, key


def test_a_translator_translates_only_into_their_language(login, pages):
    italy = pages["it-section-en"]
    client = login("translator-de")
    form = client.get(f"/admin/translations/page/{italy.id}/translate/").content.decode()
    assert 'value="{}"'.format(Locale.objects.get(language_code="de").pk) in form
    french = Locale.objects.get(language_code="fr")
    assert client.post(f"/admin/translations/page/{italy.id}/translate/", {"locales": [french.pk]}).status_code == 403
    assert not italy.get_translations().filter(locale=french).exists()


def test_the_global_translation_tool_stays_with_the_central_team(login, pages):
    france = pages["fr-section-en"]
    assert login("nss-fr").get(f"/admin/localize/submit/page/{france.id}/").status_code == 403
    assert login("admin").get(f"/admin/localize/submit/page/{france.id}/").status_code == 200


# Review


def test_a_translator_submits_a_translation_for_central_review(login, pages):
    kits = pages["kits-en"]
    publish_with(kits, introduction="Ready-made project plans, now with more to choose from.")
    translation = translation_into(kits, "de")
    response = login("translator-de").post(f"/admin/translations/translation/{translation.id}/review/")
    assert response.status_code == 302
    kits_de = kits.get_translation(translation.target_locale)
    assert kits_de.workflow_in_progress
    assert kits_de.current_workflow_task.name == "Approval by the central team"


# PO files


def test_po_export_and_import(login, pages):
    kits = pages["kits-en"]
    publish_with(kits, introduction="Ready-made project plans, now with more to choose from.")
    translation = translation_into(kits, "de")
    client = login("translator-de")
    exported = client.get(f"/admin/localize/translate/{translation.id}/pofile/download/")
    assert exported.status_code == 200
    po = polib.pofile(exported.content.decode())
    entry = po.find("Ready-made project plans, now with more to choose from.")
    entry.msgstr = "Fertige Projektpläne, jetzt mit mehr Auswahl."
    upload = SimpleUploadedFile("kits-de.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = client.post(f"/admin/localize/translate/{translation.id}/pofile/upload/", {"file": upload})
    assert response.status_code == 302
    assert StringTranslation.objects.filter(data="Fertige Projektpläne, jetzt mit mehr Auswahl.").exists()


def in_german(message):
    """The message as the German translator reads it (their admin is in German)."""
    with translation_override("de"):
        return escape(gettext(message))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG not a po file at all", "This is not a PO file. Download the PO file of this translation first."),
        (
            b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n',
            "This PO file was made for another page or language.",
        ),
        (None, "This field is required."),
    ],
)
def test_a_wrong_po_file_is_refused_with_a_message(login, pages, german_admin, content, message):
    translation = translation_into(pages["kits-en"], "de")
    client = login("translator-de")
    data = {} if content is None else {"file": SimpleUploadedFile("wrong.po", content)}
    response = client.post(f"/admin/localize/translate/{translation.id}/pofile/upload/", data, follow=True)
    assert response.status_code == 200
    assert in_german(message) in response.content.decode()


def test_a_translator_cannot_import_into_another_language(login, pages):
    translation = translation_into(pages["kits-en"], "fr")
    upload = SimpleUploadedFile("fr.po", b'msgid ""\nmsgstr ""\n')
    assert (
        login("translator-de")
        .post(f"/admin/localize/translate/{translation.id}/pofile/upload/", {"file": upload})
        .status_code
        == 403
    )


def test_national_editors_find_the_scoped_translate_button_in_the_explorer(login, pages):
    france = pages["fr-section-en"]
    listing = login("nss-fr").get(f"/admin/pages/{france.get_parent().id}/").content.decode()
    assert f"/admin/translations/page/{france.id}/translate/" in listing
    assert "/admin/localize/submit/page/" not in listing, "not wagtail-localize's global tool"


@pytest.mark.parametrize(("username", "language_code", "status"), [("translator-de", "fr", 403), ("nss-fr", "de", 403)])
def test_only_those_who_may_edit_a_translation_submit_it(login, pages, username, language_code, status):
    translation = translation_into(pages["kits-en"], language_code)
    response = login(username).post(f"/admin/translations/translation/{translation.id}/review/")
    assert response.status_code == status
    assert not pages["kits-en"].get_translation(translation.target_locale).workflow_in_progress


def test_the_page_header_offers_review_to_those_who_cannot_publish(login, pages):
    kit_de = pages["kit-de"]
    review = f"/admin/translations/translation/{translation_into(pages['kit-en'], 'de').id}/review/"
    assert review in login("translator-de").get(f"/admin/pages/{kit_de.id}/").content.decode()
    assert review not in login("admin").get(f"/admin/pages/{kit_de.id}/").content.decode()
