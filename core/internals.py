"""The framework internals the portal relies on, in one list: private attributes it reads or sets and
functions and methods it wraps (editors.patches) in Django, Wagtail and wagtail-localize. None of
them is a public API, so an upgrade may change them without notice.

core/tests/test_internals.py checks that each one is still where it is declared, and that the
installed versions are those below: upgrading one of these packages fails that test until every
entry has been looked at again and CHECKED_AGAINST updated."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Internal:
    target: str  # dotted path of the upstream function, method or class
    uses: str  # where the portal relies on it, and how
    attribute: str = ""  # a private attribute the target reads or sets, if that is what we rely on


CHECKED_AGAINST = {"Django": "5.2.19", "wagtail": "8.0.1", "wagtail-localize": "1.14.5"}

INTERNALS = [
    Internal(
        "wagtail.models.Site.find_for_request",
        "core.site.find_site_from_cache sets the request's site from the cache; Wagtail then uses it as is",
        "_wagtail_site",
    ),
    Internal("wagtail.models.Site._find_for_request", "core.site.find_site_from_cache looks the site up with it"),
    Internal("wagtail.images.models.Picture", "core_tags.picture draws <picture> with it, as {% picture %} does"),
    Internal(
        "wagtail.models.Page.route_for_request",
        "core.views.serve_page sets the route before Wagtail's view runs, which then uses it as is",
        "_wagtail_route_for_request",
    ),
    Internal(
        "django.db.models.fields.related_descriptors.create_forward_many_to_many_manager",
        "kits.models.prefetch_taxonomies fills a kit's terms; the many-to-many manager then reads them",
        "_prefetched_objects_cache",
    ),
    Internal("wagtail.admin.auth.permission_denied", "editors.patches: 403 instead of a redirect"),
    Internal("wagtail_localize.views.convert.convert_to_alias", "editors.patches: needs the right to publish"),
    Internal(
        "wagtail_localize.views.edit_translation.edit_translation", "editors.patches: convert button for publishers"
    ),
    Internal(
        "wagtail_localize.views.update_translations.UpdateTranslationsView", "editors.patches: sync publishes for some"
    ),
    Internal(
        "wagtail_localize.models.TranslationSource.create_or_update_translation",
        "editors.patches: a draft translation leaves the live page alone",
    ),
    Internal(
        "wagtail.admin.views.pages.bulk_actions.page_bulk_action.PageBulkAction.get_actionable_objects",
        "editors.patches: bulk actions list only pages the user may see",
    ),
    Internal("wagtail.admin.views.pages.workflow.WorkflowActionView", "editors.patches: for the page's editors only"),
    Internal(
        "wagtail.admin.views.pages.workflow.CollectWorkflowActionDataView", "editors.patches: for the page's editors"
    ),
    Internal(
        "wagtail.admin.views.pages.workflow.ConfirmWorkflowCancellationView", "editors.patches: for the page's editors"
    ),
    Internal(
        "wagtail.admin.views.pages.workflow.PreviewRevisionForTaskView", "editors.patches: for the page's editors"
    ),
    Internal("wagtail.admin.views.chooser.BrowseView", "editors.patches: the chooser opens only visible pages"),
    Internal("wagtail.admin.views.chooser.ChosenMultipleView", "editors.patches: the chooser opens visible pages"),
]
