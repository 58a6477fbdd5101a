"""Who may make content live, asked by every admin path that makes a page live or replaces what is live.

Wagtail's own views ask the page's publish right before publishing, unpublishing, moving or deleting
live pages, setting privacy, reordering, or copying with "publish copies". wagtail-localize's
"Convert to alias page" (which replaces the page with its source's text and mirrors the source's live
state), "Sync translated pages" with "Publish immediately", and saving a translation as a draft (which
writes the translated text into the live page's row) only asked for the right to edit, or nothing.
`editors.patches` and `editors.wagtail_hooks` route those paths through `may_publish`, so national
editors and translators, who never publish, submit to moderation instead. docs/editors.md lists them.
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Page
from wagtail_localize.models import TranslationLog, pk

# Shown on the 403 page when one of these paths is refused.
PUBLISH_REFUSED = _(
    "Making content live, or changing what is live, needs the right to publish it. Nothing was changed: "
    "submit your changes for moderation instead."
)


def may_publish(user, page):
    """The one answer to "may this user make this page's content live?": the page's publish right (the
    central team everywhere, a country's moderators in its national section)."""
    return page.permissions_for_user(user).can_publish()


def may_publish_under(user, parent):
    """May the user put live pages under `parent` (a copy kept live, an alias)? Wagtail asks the same
    question of the parent, which may be the root, where `may_publish` is always no."""
    return parent.permissions_for_user(user).can_publish_subpage()


def may_publish_translations(user, source):
    """May the user publish every page that syncing `source` (a TranslationSource) would publish?"""
    targets = [translation.get_target_instance() for translation in source.translations.filter(enabled=True)]
    return all(may_publish(user, target) for target in targets if isinstance(target, Page))


def live_target(source, locale):
    """The live page a translation of `source` into `locale` would write to, if there is one."""
    model = source.specific_content_type.model_class()
    if model is None or not issubclass(model, Page):
        return None
    return model.objects.filter(translation_key=source.object_id, locale_id=pk(locale), live=True).first()


@transaction.atomic
def save_translation_draft(source, page, locale, user=None, fallback=False):
    """Save the translation of `source` into a live `page` as a new draft revision, leaving what is
    live untouched until someone who may publish approves or publishes it.

    wagtail-localize saves a draft by writing the translated text into the page's row and then saving
    a revision, but a live page's row *is* what visitors see. This does what Wagtail's own editor does
    for a live page: the translated text goes into the revision only. A live alias is first converted
    into an ordinary page with its current content (as wagtail-localize does), so the public keeps
    seeing that content until the translation is approved.
    """
    if page.alias_of_id:
        ConvertAliasPageAction(page, user=user).execute(skip_permission_checks=True)
    draft = source.get_ephemeral_translated_instance(locale, fallback=fallback)
    # save_revision writes only the revision fields of the row (latest revision, draft title,
    # has_unpublished_changes); the content stays in the revision.
    revision = draft.save_revision(user=user, log_action=True)
    TranslationLog.objects.create(source=source, locale_id=pk(locale), revision=revision)
    return draft, False
