"""Every admin path that makes content live or replaces live content needs the right to publish.

Each path is taken over HTTP with CSRF checks on, as a browser would: national editors (nss-fr) and
translators (translator-de) are refused and nothing changes (live state, live text and revision, alias,
the page and its translation); those who may publish (moderator-fr in France's section, the central
team everywhere) still can. docs/editors.md lists the paths and how each is guarded.
"""

import datetime

import polib
import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import override
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from accounts.models import User
from editors.publishing import PUBLISH_REFUSED
from editors.tests.conftest import localize
from news.factories import NewsPageFactory
from tests.world import world

pytestmark = pytest.mark.django_db


def snapshot(page):
    """What visitors get from a page: whether it exists and is live, its live text and revision, and
    whether it is an alias or a synchronised translation."""
    row = (
        Page.objects.filter(pk=page.pk)
        .values("live", "title", "live_revision_id", "alias_of_id", "path", "has_unpublished_changes")
        .first()
    )
    translated = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).exists()
    return {"page": row, "translated": translated}


def translation_of(page):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale_id=page.locale_id)


def translate_string(translation, path, text):
    """Translate the source's text at `path` (e.g. "title") in wagtail-localize's translation memory."""
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        defaults={"data": text},
    )


@pytest.fixture
def admin_languages(db):
    """Each editor has the admin in their own language (their account settings), as in the demo."""
    for username, language_code in {"nss-fr": "fr", "moderator-fr": "fr", "translator-de": "de"}.items():
        profile = UserProfile.get_for_user(User.objects.get(username=username))
        profile.preferred_language = language_code
        profile.save(update_fields=["preferred_language"])


def refusal_read_by(username):
    """The 403 page's reason, in the user's admin language."""
    profile = UserProfile.get_for_user(User.objects.get(username=username))
    with override(profile.get_preferred_language()):
        return escape(str(PUBLISH_REFUSED))


def edit_url(page):
    return f"/admin/pages/{page.id}/edit/"


def body_as_posted(page):
    """The body of a standard page as its editor posts it (the StreamField's inputs are made by
    JavaScript, so they are not in the page's HTML)."""
    return nested_form_data(
        {"body": streamfield([(block.block_type, rich_text(block.value.source)) for block in page.body])}
    )


def test_the_tests_post_as_a_browser_does(browser, pages):
    """A post without the CSRF token is refused: the tests below really send it."""
    without_token = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
    without_token.force_login(User.objects.get(username="admin"))
    response = without_token.post(f"/admin/localize/page/{pages['kit-de'].id}/convert_to_alias/")
    assert response.status_code == 403 and b"CSRF" in response.content
    assert Page.objects.get(pk=pages["kit-de"].pk).alias_of_id is None


# wagtail-localize: Convert to alias page


@pytest.mark.parametrize(("username", "key"), [("translator-de", "kit-de"), ("nss-fr", "fr-section-fr")])
def test_converting_a_translation_into_an_alias_needs_the_right_to_publish(
    browser, pages, admin_languages, username, key
):
    page = pages[key]
    before = snapshot(page)
    client = browser(username)
    url = f"/admin/localize/page/{page.id}/convert_to_alias/"
    assert client.get(url).status_code == 403
    response = client.post(url, form_page=edit_url(page))
    assert response.status_code == 403
    assert refusal_read_by(username) in response.content.decode()
    assert snapshot(page) == before


def test_a_translator_cannot_make_a_draft_translation_live_by_converting_it(browser, pages):
    italy = pages["it-section-en"]
    translate_object(italy, [Locale.objects.get(language_code="de")], user=User.objects.get(username="admin"))
    draft = italy.get_translation(Locale.objects.get(language_code="de"))
    before = snapshot(draft)
    assert not before["page"]["live"] and before["translated"]
    url = f"/admin/localize/page/{draft.id}/convert_to_alias/"
    assert browser("translator-de").post(url, form_page=edit_url(draft)).status_code == 403
    assert snapshot(draft) == before, "still a draft, still a translation"


@pytest.mark.parametrize(
    ("username", "key", "source_key"),
    [("moderator-fr", "fr-section-fr", "fr-section-en"), ("admin", "kit-de", "kit-en")],
)
def test_those_who_may_publish_still_convert_a_translation_into_an_alias(browser, pages, username, key, source_key):
    page = pages[key]
    url = f"/admin/localize/page/{page.id}/convert_to_alias/"
    response = browser(username).post(url)
    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).alias_of_id == pages[source_key].id
    assert not snapshot(page)["translated"]


@pytest.mark.parametrize(
    ("username", "key", "offered"),
    [
        ("nss-fr", "fr-section-fr", False),
        ("translator-de", "kit-de", False),
        ("moderator-fr", "fr-section-fr", True),
        ("admin", "kit-de", True),
    ],
)
def test_the_translation_editor_offers_the_conversion_only_to_publishers(login, pages, username, key, offered):
    """For those who may not publish it was even the editor's main button."""
    page = pages[key]
    response = login(username).get(edit_url(page))
    assert response.status_code == 200
    assert 'class="js-translation-editor"' in response.content.decode(), "wagtail-localize's editor"
    assert (f"/admin/localize/page/{page.id}/convert_to_alias/" in response.content.decode()) is offered


@pytest.mark.parametrize(("username", "offered"), [("nss-fr", False), ("moderator-fr", True)])
def test_the_page_editor_offers_the_conversion_only_to_publishers(login, pages, username, offered):
    """Once synchronisation is stopped the page has Wagtail's own editor, whose actions menu had it
    first (that is, as its main button)."""
    page = pages["fr-section-fr"]
    Translation.objects.filter(pk=translation_of(page).pk).update(enabled=False)
    response = login(username).get(edit_url(page))
    assert response.status_code == 200
    assert ('name="localize-convert-to-alias"' in response.content.decode()) is offered


# wagtail-localize: stop and restart synchronisation (they change which editor a page has, not what is live)


def test_stopping_and_restarting_synchronisation_leave_the_live_page_as_it_was(browser, pages):
    kit_de = pages["kit-de"]
    translation = translation_of(kit_de)
    before = snapshot(kit_de)
    client = browser("translator-de")
    stop = f"/admin/localize/translate/{translation.id}/disable/"
    response = client.post(stop, {"next": edit_url(kit_de)}, form_page=edit_url(kit_de))
    assert response.status_code == 302
    assert not Translation.objects.get(pk=translation.pk).enabled
    assert snapshot(kit_de)["page"] == before["page"]
    response = client.post(edit_url(kit_de), {"localize-restart-translation": "1"}, form_page=edit_url(kit_de))
    assert response.status_code == 302
    assert snapshot(kit_de) == before


# Wagtail: revert to a revision, scheduled publishing


def revision_titled(page, title):
    page = Page.objects.get(pk=page.pk).specific
    page.title = title
    return page.save_revision()


def test_a_national_editor_reverting_to_a_revision_only_saves_a_draft(browser, pages):
    """Wagtail saves a draft when someone who may not publish asks to publish (its native answer)."""
    prize = pages["fr-page-fr"]
    revision = revision_titled(prize, "Zq old prizes")
    before = snapshot(prize)
    url = f"/admin/pages/{prize.id}/revisions/{revision.id}/revert/"
    changes = {**body_as_posted(revision.as_object()), "action-publish": "1"}
    response = browser("nss-fr").submit(url, changes, form_id="page-edit-form")
    assert response.status_code == 302
    assert snapshot(prize) == before, "live text and revision unchanged"
    assert Page.objects.get(pk=prize.pk).get_latest_revision().object_str == "Zq old prizes"


def test_a_translator_cannot_revert_a_translation_and_publish_it(browser, pages):
    """A translation's revisions open in wagtail-localize's editor, whose publish button needs the
    right to publish."""
    kit_de = pages["kit-de"]
    revision = revision_titled(kit_de, "Zq alter Titel")
    before = snapshot(kit_de)
    url = f"/admin/pages/{kit_de.id}/revisions/{revision.id}/revert/"
    assert browser("translator-de").post(url, {"action": "publish"}, form_page=url).status_code == 403
    assert snapshot(kit_de) == before


def test_a_moderator_reverts_to_a_revision_and_publishes_it(browser, pages):
    prize = pages["fr-page-fr"]
    revision = revision_titled(prize, "Zq old prizes")
    url = f"/admin/pages/{prize.id}/revisions/{revision.id}/revert/"
    changes = {**body_as_posted(revision.as_object()), "action-publish": "1"}
    response = browser("moderator-fr").submit(url, changes, form_id="page-edit-form")
    assert response.status_code == 302
    assert Page.objects.get(pk=prize.pk).title == "Zq old prizes"


def schedule(browser, username, page, title, go_live_at):
    changes = {
        **body_as_posted(page),
        "title": title,
        "go_live_at": go_live_at.strftime("%Y-%m-%d %H:%M"),
        "action-publish": "1",
    }
    return browser(username).submit(edit_url(page), changes, form_id="page-edit-form")


def test_a_national_editor_cannot_schedule_a_publication(browser, pages):
    prize = pages["fr-page-fr"]
    live_title = prize.title
    before = snapshot(prize)
    response = schedule(browser, "nss-fr", prize, "Zq scheduled", timezone.now() + datetime.timedelta(hours=1))
    assert response.status_code == 302
    assert not prize.revisions.filter(approved_go_live_at__isnull=False).exists()
    call_command("publish_scheduled", verbosity=0)
    after = snapshot(prize)
    assert after["page"]["title"] == before["page"]["title"] == live_title
    assert after["page"]["live_revision_id"] == before["page"]["live_revision_id"]


def test_a_moderator_schedules_a_publication(browser, pages):
    prize = pages["fr-page-fr"]
    response = schedule(browser, "moderator-fr", prize, "Zq scheduled", timezone.now() + datetime.timedelta(hours=1))
    assert response.status_code == 302
    scheduled = prize.revisions.get(approved_go_live_at__isnull=False)
    assert Page.objects.get(pk=prize.pk).title == prize.title, "not before its time"
    # An hour later:
    scheduled.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    scheduled.content["go_live_at"] = scheduled.approved_go_live_at.isoformat()
    scheduled.save()
    call_command("publish_scheduled", verbosity=0)
    assert Page.objects.get(pk=prize.pk).title == "Zq scheduled"


# Wagtail: bulk actions (there is no bulk copy in Wagtail 8)


def bulk_case(pages, draft, username, action):
    """The page a role tries a bulk action on, and the form it posts."""
    if username == "nss-fr":
        page = draft if action == "publish" else pages["fr-page-fr"]
    else:
        page = pages["kit-de"]
        if action == "publish":
            revision_titled(page, "Zq neuer Titel")
    data = {"chooser": page.get_parent().id} if action == "move" else {}
    return page, data


@pytest.mark.parametrize("username", ["nss-fr", "translator-de"])
@pytest.mark.parametrize("action", ["publish", "unpublish", "delete", "move"])
def test_bulk_actions_need_the_right_to_publish(browser, pages, unpublished_draft, username, action):
    page, data = bulk_case(pages, unpublished_draft, username, action)
    before = snapshot(page)
    url = f"/admin/bulk/wagtailcore/page/{action}/?id={page.id}"
    response = browser(username).post(url, data, form_page=url)
    assert response.status_code == 403
    assert snapshot(page) == before


def test_a_moderator_bulk_publishes_a_draft_of_their_country(browser, unpublished_draft):
    draft = unpublished_draft
    url = f"/admin/bulk/wagtailcore/page/publish/?id={draft.id}"
    assert browser("moderator-fr").post(url, form_page=url).status_code == 302
    assert Page.objects.get(pk=draft.pk).live


# Wagtail: copy with "Publish copies" or as an alias


@pytest.mark.parametrize(("username", "key"), [("nss-fr", "fr-page-fr"), ("translator-de", "kit-de")])
@pytest.mark.parametrize("option", ["publish_copies", "alias"])
def test_copies_are_not_published_by_those_who_may_not_publish(browser, pages, username, key, option):
    page = pages[key]
    url = f"/admin/pages/{page.id}/copy/"
    data = {"new_title": "Zq copy", "new_slug": "zq-copy", "new_parent_page": page.get_parent().id, option: "on"}
    response = browser(username).post(url, data, form_page=url)
    assert response.status_code == 403
    assert not Page.objects.filter(slug="zq-copy").exists()


def test_a_national_editor_still_copies_a_page_as_a_draft(browser, pages):
    prize = pages["fr-page-fr"]
    url = f"/admin/pages/{prize.id}/copy/"
    data = {"new_title": "Zq copy", "new_slug": "zq-copy", "new_parent_page": prize.get_parent().id}
    assert browser("nss-fr").post(url, data, form_page=url).status_code == 302
    assert not Page.objects.get(slug="zq-copy").live


def test_a_moderator_publishes_a_copy(browser, pages):
    prize = pages["fr-page-fr"]
    url = f"/admin/pages/{prize.id}/copy/"
    data = {"new_title": "Zq copy", "new_slug": "zq-copy", "new_parent_page": prize.get_parent().id}
    assert browser("moderator-fr").post(url, {**data, "publish_copies": "on"}, form_page=url).status_code == 302
    assert Page.objects.get(slug="zq-copy").live


# Wagtail: unpublish, delete, move, privacy and order of live pages (Wagtail's own checks)


def page_path_action(page, action):
    return {
        "unpublish": f"/admin/pages/{page.id}/unpublish/",
        "delete": f"/admin/pages/{page.id}/delete/",
        "move": f"/admin/pages/{page.id}/move/{page.get_parent().get_parent().id}/confirm/",
        "privacy": f"/admin/pages/{page.id}/privacy/",
        "reorder": f"/admin/pages/{page.id}/set_position/?position=0",
    }[action]


@pytest.mark.parametrize(("username", "key"), [("nss-fr", "fr-page-fr"), ("translator-de", "kit-de")])
@pytest.mark.parametrize("action", ["unpublish", "delete", "move", "privacy", "reorder"])
def test_wagtails_own_checks_refuse_changes_to_live_pages(browser, pages, username, key, action):
    page = pages[key]
    before = snapshot(page)
    data = {"restriction_type": "login"} if action == "privacy" else {}
    response = browser(username).post(page_path_action(page, action), data, form_page=edit_url(page))
    assert response.status_code == 403
    assert snapshot(page) == before
    assert not PageViewRestriction.objects.filter(page=page).exists()


def test_a_moderator_unpublishes_a_page_of_their_country(browser, pages):
    prize = pages["fr-page-fr"]
    url = page_path_action(prize, "unpublish")
    assert browser("moderator-fr").post(url, form_page=url).status_code == 302
    assert not Page.objects.get(pk=prize.pk).live


# wagtail-localize: the translation editor's Publish button


@pytest.mark.parametrize(("username", "key"), [("nss-fr", "fr-section-fr"), ("translator-de", "kit-de")])
def test_the_translation_editor_publishes_only_for_publishers(browser, pages, username, key):
    page = pages[key]
    translate_string(translation_of(page), "title", "Zq published title")
    before = snapshot(page)
    response = browser(username).post(edit_url(page), {"action": "publish"}, form_page=edit_url(page))
    assert response.status_code == 403
    assert snapshot(page) == before


def test_a_moderator_publishes_a_translation_from_the_translation_editor(
    browser, pages, django_capture_on_commit_callbacks
):
    page = pages["fr-section-fr"]
    translate_string(translation_of(page), "title", "Zq France")
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        assert browser("moderator-fr").post(edit_url(page), {"action": "publish"}).status_code == 302
    published = Page.objects.get(pk=page.pk)
    assert published.title == "Zq France" and published.live_revision_id == published.latest_revision_id


# Translations saved as drafts: submit for review, translate, PO import


def test_submitting_a_live_translation_for_review_leaves_it_live_as_it_was(browser, pages):
    """Before, the draft was written into the live page: visitors saw it before any review."""
    kit_de = pages["kit-de"]
    translation = translation_of(kit_de)
    translate_string(translation, "title", "Zq Titel zur Prüfung")
    before = snapshot(kit_de)
    url = f"/admin/translations/translation/{translation.id}/review/"
    assert browser("translator-de").post(url, form_page=url).status_code == 302
    page = Page.objects.get(pk=kit_de.pk)
    assert (
        page.live
        and page.title == before["page"]["title"]
        and page.live_revision_id == before["page"]["live_revision_id"]
    )
    assert page.has_unpublished_changes and page.draft_title == "Zq Titel zur Prüfung"
    assert page.workflow_in_progress

    # The central team's approval publishes it.
    task_state = page.current_workflow_task_state
    approve = f"/admin/pages/workflow/action/{page.id}/approve/{task_state.id}/"
    assert browser("admin").post(approve, form_page=edit_url(page)).status_code == 302
    assert Page.objects.get(pk=page.pk).title == "Zq Titel zur Prüfung"


def test_translating_over_a_live_alias_keeps_it_as_it_was_until_review(browser):
    """wagtail-localize turns an alias into the translation; before, the translation went live at once."""
    german = Locale.objects.get(language_code="de")
    localize(world().news, "de")
    news = NewsPageFactory(parent=world().news, title="Twin schools meet in Brussels")
    alias = news.copy_for_translation(german, alias=True)
    assert alias.live
    source, _created = TranslationSource.get_or_create_from_instance(news)
    segment = StringSegment.objects.get(source=source, context__path="title")
    StringTranslation.objects.create(
        translation_of=segment.string, locale=german, context=segment.context, data="Zq Nachricht"
    )
    url = f"/admin/translations/page/{news.id}/translate/"
    assert browser("translator-de").post(url, {"locales": [german.pk]}, form_page=url).status_code == 302
    page = Page.objects.get(pk=alias.pk)
    assert page.live and page.title == news.title and page.alias_of_id is None
    assert page.has_unpublished_changes and page.draft_title == "Zq Nachricht"


def test_importing_a_po_file_leaves_the_live_page_as_it_was(browser, pages):
    kit_de = pages["kit-de"]
    translation = translation_of(kit_de)
    client = browser("translator-de")
    po = polib.pofile(client.get(f"/admin/localize/translate/{translation.id}/pofile/download/").content.decode())
    po.find(pages["kit-en"].title).msgstr = "Zq Titel aus der PO-Datei"
    before = snapshot(kit_de)
    upload = SimpleUploadedFile("kit-de.po", str(po).encode(), content_type="text/x-gettext-translation")
    changes = f"/admin/translations/translation/{translation.id}/changes/"
    response = client.post(
        f"/admin/localize/translate/{translation.id}/pofile/upload/", {"file": upload}, form_page=changes
    )
    assert response.status_code == 302
    assert StringTranslation.objects.filter(data="Zq Titel aus der PO-Datei").exists()
    assert snapshot(kit_de) == before


# wagtail-localize: Sync translated pages with "Publish immediately"


def test_syncing_with_publish_needs_the_right_to_publish_every_translation(browser, pages):
    """nss-fr gets wagtail-localize's translation tool, as Wagtail's default "Editors" group gave it."""
    nss_fr = User.objects.get(username="nss-fr")
    nss_fr.user_permissions.add(Permission.objects.get(codename="submit_translation"))
    france, france_fr = pages["fr-section-en"], pages["fr-section-fr"]
    source = TranslationSource.objects.get(object_id=france.translation_key, locale=france.locale)
    url = f"/admin/localize/update/{source.id}/"
    client = browser("nss-fr")
    form = client.get(url)
    assert form.status_code == 200
    assert 'type="checkbox" name="publish_translations"' not in form.content.decode()
    before = snapshot(france_fr)
    response = client.post(url, {"publish_translations": "on"}, form_page=url)
    assert response.status_code == 403
    assert snapshot(france_fr) == before


def test_the_central_team_syncs_and_publishes_translations(browser, pages, django_capture_on_commit_callbacks):
    france, france_fr = pages["fr-section-en"], pages["fr-section-fr"]
    source = TranslationSource.objects.get(object_id=france.translation_key, locale=france.locale)
    before = snapshot(france_fr)
    url = f"/admin/localize/update/{source.id}/"
    client = browser("admin")
    assert 'type="checkbox" name="publish_translations"' in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        assert client.post(url, {"publish_translations": "on"}, form_page=url).status_code == 302
    assert snapshot(france_fr)["page"]["live_revision_id"] != before["page"]["live_revision_id"]


# Wagtail: workflow actions


@pytest.mark.parametrize("username", ["nss-fr", "translator-de", "nss-it"])
def test_only_the_countrys_moderators_approve_its_pages(browser, submitted_draft, username):
    submitted = submitted_draft
    task_state = submitted.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{submitted.id}/approve/{task_state.id}/"
    response = browser(username).post(url, form_page=edit_url(submitted))
    assert response.status_code == 403
    page = Page.objects.get(pk=submitted.pk)
    assert not page.live and page.workflow_in_progress


def test_a_moderator_approves_and_publishes(browser, submitted_draft):
    submitted = submitted_draft
    task_state = submitted.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{submitted.id}/approve/{task_state.id}/"
    assert browser("moderator-fr").post(url, form_page=edit_url(submitted)).status_code == 302
    assert Page.objects.get(pk=submitted.pk).live
