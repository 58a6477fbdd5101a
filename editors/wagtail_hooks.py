from django.http import Http404
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.admin.widgets import ListingButton
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail_localize.models import Translation

from editors import views
from editors.access import scope_of, visible_pages
from editors.country_admin import CountryViewSet
from editors.panels import CentralOverviewPanel, NationalSectionPanel, TranslatorPanel
from editors.patches import forbidden, is_page_id
from editors.publishing import PUBLISH_REFUSED, may_publish, may_publish_under

app_name = "editors"
urlpatterns = [
    path("", views.overview, name="translation_overview"),
    # A slug, not any text: a code with a NUL byte reached the Locale query, which PostgreSQL refuses (a 500).
    path("language/<slug:language_code>/", views.language_pages, name="translation_language"),
    path("page/<int:page_id>/translate/", views.TranslatePageView.as_view(), name="translate_page"),
    path("translation/<int:translation_id>/changes/", views.changes, name="translation_changes"),
    path("translation/<int:translation_id>/review/", views.submit_for_review, name="submit_for_review"),
]


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [path("translations/", include((urlpatterns, app_name), namespace=app_name))]


def follows_translations(request):
    scope = scope_of(request.user)
    return scope.is_central or bool(scope.locale_ids) or bool(scope.section_paths)


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return follows_translations(request)


@hooks.register("register_admin_menu_item")
def register_translations_menu_item():
    return TranslationsMenuItem(
        _("Translations"), reverse("editors:translation_overview"), icon_name="globe", order=250
    )


@hooks.register("register_page_listing_more_buttons")
@hooks.register("register_page_header_buttons")
def translate_button(page, user, view_name=None, next_url=None):
    """wagtail-localize shows its own button to those with the global permission; national teams
    and translators get this one, which leads to the scoped view (editors.views.TranslatePageView)."""
    if user.has_perm("wagtail_localize.submit_translation") or not scope_of(user).may_translate(page):
        return
    yield ListingButton(
        _("Translate this page"),
        reverse("editors:translate_page", args=[page.alias_of_id or page.id]),
        priority=60,
        icon_name="wagtail-localize-language",
    )


@hooks.register("register_page_header_buttons")
def submit_for_review_button(page, user, view_name=None, next_url=None):
    """Those who may edit a translation but not publish it hand it to review from the page's header
    (wagtail-localize's editor itself can only publish)."""
    permissions = page.permissions_for_user(user)
    if page.is_root() or permissions.can_publish() or not permissions.can_edit():
        return
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation:
        yield ListingButton(
            _("Submit translation for review"),
            reverse("editors:submit_for_review", args=[translation.pk]),
            priority=61,
            icon_name="resubmit",
        )


@hooks.register("insert_global_admin_js")
def translation_editor_heading():
    """The translation editor's heading in the admin's language (wagtail-localize writes it in English)."""
    return format_html(
        '<script src="{}" data-template="{}" defer></script>',
        static("editors/js/translation-editor-heading.js"),
        gettext("Translation from %(source)s into %(target)s"),
    )


@hooks.register("construct_homepage_panels")
def add_role_panels(request, panels):
    scope = scope_of(request.user)
    if scope.is_central:
        panels.append(CentralOverviewPanel())
    if scope.country_ids:
        panels.append(NationalSectionPanel(scope.country_ids))
    if scope.locale_ids:
        panels.append(TranslatorPanel(scope.locale_ids))


# Paths that make content live (editors.publishing; docs/editors.md lists them all)


@hooks.register("construct_page_action_menu")
def convert_to_alias_for_publishers_only(menu_items, request, context):
    """wagtail-localize's "Convert to alias page" replaces the page with its source's live text; those
    who may not publish the page do not see it (and editors.patches refuses it to them)."""
    page = context.get("page")
    if page is not None and page.pk and not may_publish(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


@hooks.register("construct_page_action_menu")
def submit_first_for_those_who_cannot_publish(menu_items, request, context):
    """Wagtail's main button is "Save draft"; for national editors, who cannot publish, the obvious next
    step is "Submit to moderation", so it becomes the main button and "Save draft" goes in the menu."""
    names = [item.name for item in menu_items]
    if "action-submit" in names and "action-publish" not in names:
        menu_items.insert(0, menu_items.pop(names.index("action-submit")))


@hooks.register("before_copy_page")
def copies_go_live_only_for_publishers(request, page):
    """Two checks on the posted parent, before Wagtail's copy view reads it:
    - Wagtail looks it up (`Page.objects.get`) before validating its form, so a crafted or stale
      parent ("²", "abc", none, a deleted page) was a server error. No such page: 404.
    - Wagtail keeps a copy live ("Publish copies") or makes it an alias (which follows its original's
      live state) only for those who may publish where it goes, and silently ignores the request from
      anyone else. A crafted request is refused instead, like every other publishing path."""
    if request.method != "POST":
        return None
    parent_id = request.POST.get("new_parent_page", "")
    parent = Page.objects.filter(pk=parent_id).first() if is_page_id(parent_id) else None
    if parent is None:
        raise Http404
    wants_live_copy = request.POST.get("publish_copies") or request.POST.get("alias")
    if wants_live_copy and not may_publish_under(request.user, parent):
        return forbidden(request, PUBLISH_REFUSED)
    return None


@hooks.register("before_bulk_action")
def bulk_actions_need_one_allowed_page(request, action_type, objects, action_class_instance):
    """Wagtail's bulk actions (publish, unpublish, delete, move) act only on the selected pages the user
    may act on; with none of them its form is not even offered, so a post is crafted: 403."""
    if isinstance(action_class_instance, PageBulkAction) and not objects:
        return forbidden(request, PUBLISH_REFUSED)
    return None


# Other teams' drafts stay out of sight


@hooks.register("construct_page_chooser_queryset")
def chooser_lists_only_visible_pages(pages, request):
    """The page chooser (browsing and search) lists only the pages the user may see (their own team's,
    and live pages elsewhere), never another team's draft titles."""
    return visible_pages(pages, request.user)


register_snippet(CountryViewSet)
