"""Patches of Wagtail and wagtail-localize, kept here so that they are easy to find and to drop.
Each target is declared, with the version it was checked against, in core.internals.

Each one is a small wrapper around the upstream function or method; the decisions are made elsewhere
(`editors.publishing` for who may make content live, `editors.access` for what a user may see).

- **403, not a redirect.** Wagtail answers a forbidden admin request (another country's page, a crafted
  URL) with a redirect to the dashboard and a message. The portal answers 403 instead, with the same
  message on a page of its own: the refusal is then visible to tests, logs and monitoring, and the
  browser's address bar still shows what was refused. `wagtail.admin.auth.require_admin_access` looks
  the function up in its module on every call, so replacing it there is enough.
- **Publishing paths of wagtail-localize** ask for the right to publish (docs/editors.md lists them).
- **Other countries' drafts stay out of sight** in the page chooser, bulk actions and workflow views.

Module-level functions are replaced before the URLconf is first loaded (`EditorsConfig.ready` runs
before wagtail-localize's hooks build their URLs, and `before_edit_page` looks its view up on every
call); methods are replaced on the classes the URLs point at.
"""

import html
import json
import re
from functools import wraps

import wagtail.admin.auth
from django import forms
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from wagtail.models import Page

from core.listing import is_ascii_number
from editors.access import visible_pages
from editors.publishing import (
    PUBLISH_REFUSED,
    live_target,
    may_publish,
    may_publish_translations,
    save_translation_draft,
)


def forbidden(request, message=None):
    """The portal's 403 page; `message` says why when there is more to say than "not your team's"."""
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        raise PermissionDenied
    return TemplateResponse(request, "editors/forbidden.html", {"message": message}, status=403)


# wagtail-localize: publishing paths


def convert_to_alias_needs_publish(convert_to_alias):
    """Converting a translation back into an alias replaces it with its source's text, makes it live
    if the source is live, and deletes the translation: it needs the right to publish the page, not
    just to edit it as wagtail-localize asks."""

    @wraps(convert_to_alias)
    def guarded(request, page_id):
        page = get_object_or_404(Page, id=page_id, alias_of_id__isnull=True)
        if not may_publish(request.user, page):
            return forbidden(request, PUBLISH_REFUSED)
        return convert_to_alias(request, page_id)

    return guarded


# The element wagtail-localize's React editor starts from; its props are HTML-escaped JSON.
EDITOR_PROPS = re.compile(r'(<div class="js-translation-editor" data-props=")([^"]*)(")')


def convert_button_for_publishers_only(edit_translation):
    """wagtail-localize's translation editor offers "Convert to alias page" to everyone who may edit,
    and for those who may not publish it is even the main button. Its React component draws the button
    only when its props carry the address, so the address is taken out of the props for them."""

    @wraps(edit_translation)
    def without_convert_button(request, translation, instance):
        response = edit_translation(request, translation, instance)
        if response.status_code == 200 and isinstance(instance, Page) and not may_publish(request.user, instance):
            content = response.content.decode(response.charset)
            response.content = EDITOR_PROPS.sub(drop_convert_to_alias_link, content, count=1).encode(response.charset)
        return response

    return without_convert_button


def drop_convert_to_alias_link(match):
    start, props, end = match.groups()
    props = json.loads(html.unescape(props))
    props.get("links", {})["convertToAliasUrl"] = None
    return start + html.escape(json.dumps(props, cls=DjangoJSONEncoder)) + end


def sync_publishes_only_for_publishers(view_class):
    """wagtail-localize's "Sync translated pages" can publish every translation of a page at once
    ("Publish immediately"). Those who may not publish all of them do not get the checkbox, and a
    crafted one is refused."""
    get_form, post = view_class.get_form, view_class.post

    @wraps(get_form)
    def get_form_without_publish(self):
        form = get_form(self)
        if not may_publish_translations(self.request.user, self.object):
            field = form.fields["publish_translations"]
            field.disabled = True
            field.widget = forms.HiddenInput()
        return form

    @wraps(post)
    def post_unless_publishing(self, request, **kwargs):
        if request.POST.get("publish_translations") and not may_publish_translations(request.user, self.object):
            return forbidden(request, PUBLISH_REFUSED)
        return post(self, request, **kwargs)

    view_class.get_form = get_form_without_publish
    view_class.post = post_unless_publishing


def drafts_leave_live_pages_alone(create_or_update_translation):
    """wagtail-localize saves a draft translation (publish=False) by writing it into the page's row
    first, which for a live page is publishing it. Every draft of a live page (submit for review,
    translating a subtree, translating into a language that has an alias) goes into a revision only."""

    @wraps(create_or_update_translation)
    def create_or_update(source, locale, user=None, publish=True, copy_parent_pages=False, fallback=False):
        if not publish:
            page = live_target(source, locale)
            if page is not None:
                return save_translation_draft(source, page, locale, user=user, fallback=fallback)
        return create_or_update_translation(
            source, locale, user=user, publish=publish, copy_parent_pages=copy_parent_pages, fallback=fallback
        )

    return create_or_update


# Wagtail: other countries' drafts out of sight


def bulk_actions_list_only_visible_pages(get_actionable_objects):
    """Bulk actions list the selected pages one may not act on by title; a crafted selection would
    show other countries' draft titles. Those out of sight (editors.access.visible_pages) are left out."""

    @wraps(get_actionable_objects)
    def get_visible_actionable_objects(self):
        objects, refused = get_actionable_objects(self)
        no_access = refused.get("items_with_no_access", [])
        if no_access:
            shown = set(
                visible_pages(
                    Page.objects.filter(pk__in=[page.pk for page in no_access]), self.request.user
                ).values_list("pk", flat=True)
            )
            refused = {**refused, "items_with_no_access": [page for page in no_access if page.pk in shown]}
        return objects, refused

    return get_visible_actionable_objects


def workflow_views_for_editors_only(view_class):
    """Wagtail's workflow views look the page up before asking about the workflow, and answer "The page
    '<draft title>' is not currently awaiting moderation" to anyone. Only those who may open the page's
    editor (its editors, and its reviewers while it waits for them) get any answer about it."""
    dispatch = view_class.dispatch

    @wraps(dispatch)
    def dispatch_for_editors(self, request, *args, **kwargs):
        if not self.object.permissions_for_user(request.user).can_edit():
            return forbidden(request)
        return dispatch(self, request, *args, **kwargs)

    view_class.dispatch = dispatch_for_editors


# Wagtail's page ids (an AutoField): ASCII digits, within a 32-bit integer.
MAX_PAGE_ID = 2**31 - 1


def is_page_id(value):
    """Whether `value` (from a URL or a form) can be a page's id: ASCII digits (core.listing), and not
    a number too large for the column, which fails in SQLite."""
    value = str(value)
    return is_ascii_number(value) and len(value) <= len(str(MAX_PAGE_ID)) and int(value) <= MAX_PAGE_ID


def chooser_opens_only_visible_pages(view_class):
    """The page chooser lists pages through `construct_page_chooser_queryset` (editors.wagtail_hooks),
    but also shows the page it browses and the pages it is given as chosen: both must be visible."""
    get = view_class.get

    @wraps(get)
    def get_visible(self, request, *args, **kwargs):
        ids = [kwargs["parent_page_id"]] if kwargs.get("parent_page_id") else request.GET.getlist("id")
        # An id that is no page id ("²", "abc", forty digits) names no page: int() here, or the database
        # here or in Wagtail's view, would make it a server error.
        if not all(is_page_id(pk) for pk in ids):
            raise Http404
        ids = {int(pk) for pk in ids}
        if ids and visible_pages(Page.objects.filter(pk__in=ids), request.user).count() < len(ids):
            return forbidden(request)
        return get(self, request, *args, **kwargs)

    view_class.get = get_visible


def apply():
    from wagtail.admin.views import chooser
    from wagtail.admin.views.pages import workflow
    from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
    from wagtail_localize.models import TranslationSource
    from wagtail_localize.views import convert, edit_translation, update_translations

    wagtail.admin.auth.permission_denied = forbidden

    convert.convert_to_alias = convert_to_alias_needs_publish(convert.convert_to_alias)
    edit_translation.edit_translation = convert_button_for_publishers_only(edit_translation.edit_translation)
    sync_publishes_only_for_publishers(update_translations.UpdateTranslationsView)
    TranslationSource.create_or_update_translation = drafts_leave_live_pages_alone(
        TranslationSource.create_or_update_translation
    )

    PageBulkAction.get_actionable_objects = bulk_actions_list_only_visible_pages(PageBulkAction.get_actionable_objects)
    for view_class in (
        workflow.WorkflowActionView,
        workflow.CollectWorkflowActionDataView,
        workflow.ConfirmWorkflowCancellationView,
        workflow.PreviewRevisionForTaskView,
    ):
        workflow_views_for_editors_only(view_class)
    chooser_opens_only_visible_pages(chooser.BrowseView)
    chooser_opens_only_visible_pages(chooser.ChosenMultipleView)
