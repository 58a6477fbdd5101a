"""The rules that turn a country or a language into editorial groups with their permissions.

Every function here is idempotent: it adds what is missing and leaves the rest alone, so the
`setup_editorial_teams` command, the demo loader and the signals (editors.signals) can all call it.

- Central team: every page, every collection, every portal model, wagtail-localize's translation
  tool; approves what translators submit outside national sections ("Central review" workflow).
- Editors of a country: add and change pages in its national section, in every language tree;
  upload to the country's collection; edit the country's support-organisation details.
- Moderators of a country: as its editors, plus publish; they approve the editors' submissions
  (the country's workflow, assigned to its section in every language tree).
- Translators into a language: change any page of that language's tree, never publish.
- Validating teachers (`validation.validate_teachers`): the central team for every country, both teams
  of a country for that country (validation.scope); a deployment may give it to a group of its own
  instead (docs/editors.md, "Validating teachers").

Wagtail's installation also makes two groups, "Editors" and "Moderators", with rights over the whole
site (add and publish every page, upload to every collection, wagtail-localize's translation tool).
The portal does not use them; their rights are taken away so that adding someone to one of them by
mistake gives nothing.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core.registry import central_team_app_labels
from editors.models import Team, TeamRole

CENTRAL_GROUP_NAME = "Central editors"
CENTRAL_WORKFLOW_NAME = "Central review"
NATIONAL_COLLECTIONS_NAME = "National teams"
WAGTAIL_DEFAULT_GROUP_NAMES = ["Editors", "Moderators"]

PAGE_ACTIONS = {
    TeamRole.CENTRAL: ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
    TeamRole.EDITORS: ["add_page", "change_page"],
    TeamRole.MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    TeamRole.TRANSLATORS: ["change_page"],
}
UPLOAD_ACTIONS = ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"]
CENTRAL_COLLECTION_ACTIONS = UPLOAD_ACTIONS + ["delete_image", "delete_document"]
CHOOSE_ACTIONS = ["choose_image", "choose_document"]
# Besides the models of the portal's apps that say so (PortalAppConfig.central_team_edits), the
# central team edits redirects and form submissions.
CENTRAL_FRAMEWORK_APPS = ["wagtailredirects", "wagtailforms"]
VALIDATE_TEACHERS = ("validation", "validate_teachers")
MODERATE_REPORTS = ("moderation", "moderate")
CENTRAL_EXTRA_PERMISSIONS = [
    VALIDATE_TEACHERS,
    MODERATE_REPORTS,
    ("wagtail_localize", "submit_translation"),
    ("wagtailcore", "add_workflow"),
    ("wagtailcore", "change_workflow"),
    ("wagtailcore", "add_task"),
    ("wagtailcore", "change_task"),
]


def permissions(*codenames, app_label=None):
    query = Permission.objects.filter(codename__in=codenames)
    return query.filter(content_type__app_label=app_label) if app_label else query


def admin_access():
    return permissions("access_admin", app_label="wagtailadmin")


def team_group(name, role, **scope):
    """The team's group, created with `name` the first time; later runs keep an edited name."""
    team = Team.objects.filter(role=role, **scope).select_related("group").first()
    if team:
        return team.group
    group, _created = Group.objects.get_or_create(name=name)
    Team.objects.create(group=group, role=role, **scope)
    return group


def grant_pages(group, pages, role):
    wanted = list(permissions(*PAGE_ACTIONS[role], app_label="wagtailcore"))
    for page in pages:
        for permission in wanted:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def grant_collection(group, collection, codenames):
    for permission in permissions(*codenames):
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)


def workflow_approved_by(group):
    return Workflow.objects.filter(workflow_tasks__task__groupapprovaltask__groups=group).first()


def approval_workflow(name, task_name, group):
    """The one-step workflow whose step any member of `group` may approve or reject."""
    workflow = workflow_approved_by(group)
    if workflow is None:
        workflow = Workflow.objects.create(name=name, active=True)
        task = GroupApprovalTask.objects.create(name=task_name)
        task.groups.add(group)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def assign_workflow(workflow, pages):
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


@transaction.atomic
def ensure_central_team():
    group = team_group(CENTRAL_GROUP_NAME, TeamRole.CENTRAL)
    group.permissions.add(*admin_access())
    central_apps = central_team_app_labels() + CENTRAL_FRAMEWORK_APPS
    group.permissions.add(*Permission.objects.filter(content_type__app_label__in=central_apps))
    for app_label, codename in CENTRAL_EXTRA_PERMISSIONS:
        group.permissions.add(*permissions(codename, app_label=app_label))
    grant_pages(group, [Page.get_first_root_node()], TeamRole.CENTRAL)
    grant_collection(group, Collection.get_first_root_node(), CENTRAL_COLLECTION_ACTIONS)
    workflow = approval_workflow(CENTRAL_WORKFLOW_NAME, "Approval by the central team", group)
    assign_workflow(workflow, [Page.get_first_root_node()])
    return group


def country_collection(country):
    root = Collection.get_first_root_node()
    parent = root.get_children().filter(name=NATIONAL_COLLECTIONS_NAME).first()
    if parent is None:
        parent = root.add_child(name=NATIONAL_COLLECTIONS_NAME)
    collection = parent.get_children().filter(name=country.name).first()
    return collection or parent.add_child(name=country.name)


@transaction.atomic
def ensure_country_teams(country):
    """The editors' and moderators' groups of `country`, their collection, their workflow and their
    rights on every language version of the country's national section."""
    editors = team_group(f"{country.name} ({country.iso2}): editors", TeamRole.EDITORS, country=country)
    moderators = team_group(f"{country.name} ({country.iso2}): moderators", TeamRole.MODERATORS, country=country)
    collection = country_collection(country)
    for group in (editors, moderators):
        group.permissions.add(*admin_access(), *permissions("change_country", app_label="countries"))
        for app_label, codename in (VALIDATE_TEACHERS, MODERATE_REPORTS):
            group.permissions.add(*permissions(codename, app_label=app_label))
        grant_collection(group, collection, UPLOAD_ACTIONS)
    workflow = approval_workflow(*national_workflow_names(country), moderators)
    name_workflow_in_section_language(workflow, country)
    grant_sections(country.national_sections.all())
    return editors, moderators


def national_workflow_names(country):
    """The country's moderation workflow and its step, named in the language its section is written in:
    its editors and moderators read them on every page they submit ("Soumettre à …") and on the
    dashboard."""
    with translation.override(country.language):
        names = {"country": country.name}
        return gettext("Moderation: %(country)s") % names, gettext("Approval by the moderators of %(country)s") % names


def name_workflow_in_section_language(workflow, country):
    """Rename a workflow that still has the English names setup_editorial_teams gave before workflows were
    named in the section's language; a name the central team chose is kept."""
    english_names = (f"Moderation: {country.name_en} ({country.iso2})", f"Moderation: {country.name_en}")
    if workflow.name not in english_names:
        return
    workflow.name, task_name = national_workflow_names(country)
    workflow.save(update_fields=["name"])
    for task in workflow.tasks.all():
        task.name = task_name
        task.save(update_fields=["name"])


def grant_sections(sections):
    """Give each section's country teams their rights on it and put it under the country's workflow;
    called for every new language version of a section (editors.signals)."""
    for section in sections:
        for team in Team.objects.filter(country_id=section.country_id).select_related("group"):
            grant_pages(team.group, [section], team.role)
            if team.role == TeamRole.MODERATORS:
                assign_workflow(workflow_approved_by(team.group), [section])


@transaction.atomic
def ensure_language_team(locale):
    name = f"Translators into {locale.get_display_name()} ({locale.language_code})"
    group = team_group(name, TeamRole.TRANSLATORS, locale=locale)
    group.permissions.add(*admin_access())
    grant_collection(group, Collection.get_first_root_node(), CHOOSE_ACTIONS)
    grant_language_roots(Page.objects.filter(depth=2, locale=locale))
    return group


def grant_language_roots(pages):
    """Translators change every page under their language's home page; called again when a new
    language's home page is created (editors.signals)."""
    for page in pages:
        for team in Team.objects.filter(role=TeamRole.TRANSLATORS, locale_id=page.locale_id).select_related("group"):
            grant_pages(team.group, [page], TeamRole.TRANSLATORS)


@transaction.atomic
def disarm_wagtail_default_groups():
    """Take every right from Wagtail's default groups (unless a team uses one of the names): model
    permissions, page and collection permissions, and approving in Wagtail's default workflow."""
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUP_NAMES, team__isnull=True):
        group.permissions.clear()
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        for task in GroupApprovalTask.objects.filter(groups=group):
            task.groups.remove(group)


def ensure_all_teams():
    from countries.models import Country

    disarm_wagtail_default_groups()
    ensure_central_team()
    for country in Country.objects.all():
        ensure_country_teams(country)
    for locale in Locale.objects.all():
        ensure_language_team(locale)
