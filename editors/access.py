"""What a signed-in editor may work on, asked by views, buttons and dashboard panels.

The answers come from the user's teams (editors.models.Team) and are remembered on the user object
for the length of the request, because a page listing asks once per row.
"""

from functools import cached_property

from django.db.models import F
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.listing import under
from editors.models import Team, TeamRole

NATIONAL_ROLES = (TeamRole.EDITORS, TeamRole.MODERATORS)


class EditorialScope:
    def __init__(self, user):
        self.user = user

    @cached_property
    def teams(self):
        if not self.user.is_authenticated:
            return []
        return list(Team.objects.filter(group__user=self.user))

    @cached_property
    def is_central(self):
        return self.user.is_superuser or any(team.role == TeamRole.CENTRAL for team in self.teams)

    @cached_property
    def country_ids(self):
        """Countries whose national section the user edits or moderates."""
        return {team.country_id for team in self.teams if team.role in NATIONAL_ROLES}

    @cached_property
    def locale_ids(self):
        """Languages the user translates into."""
        return {team.locale_id for team in self.teams if team.role == TeamRole.TRANSLATORS}

    @cached_property
    def section_paths(self):
        """Tree paths of every language version of the user's national sections."""
        from countries.models import NationalSectionPage

        if not self.country_ids:
            return ()
        return tuple(NationalSectionPage.objects.filter(country_id__in=self.country_ids).values_list("path", flat=True))

    def in_own_section(self, page):
        return page.path.startswith(self.section_paths) if self.section_paths else False

    def may_translate_into(self, page, locale_id):
        """Central editors translate anything; national teams the pages of their own section, into
        any language; translators any page, into their own languages."""
        if page.is_root() or locale_id == page.locale_id:
            return False
        return self.is_central or self.in_own_section(page) or locale_id in self.locale_ids

    def translation_locales(self, page):
        """Languages the user may translate `page` into (before leaving out those it already has)."""
        allowed = [pk for pk in Locale.objects.values_list("pk", flat=True) if self.may_translate_into(page, pk)]
        return Locale.objects.filter(pk__in=allowed)

    def may_translate(self, page):
        return not page.is_root() and (self.is_central or self.in_own_section(page) or bool(self.locale_ids))


def pages_under(paths):
    """Every page inside any of the trees starting at `paths` (national sections, say)."""
    return Page.objects.filter(under(paths))


def visible_pages(pages, user):
    """The pages of `pages` the user may see listed in the admin (page chooser, bulk actions): every
    page they may work on, and elsewhere only what visitors see, live pages under their live title.
    A draft, or a live page whose next version has another title, of another team stays out of sight.

    Expressed as a `pk__in` subquery, which Wagtail's search backends accept as a filter too.
    """
    if user.is_superuser:
        return pages
    in_reach = PagePermissionPolicy().instances_user_has_any_permission_for(user, {"add", "change", "publish"})
    public = Page.objects.filter(live=True, draft_title=F("title"))
    return pages.filter(pk__in=(in_reach | public).values_list("pk", flat=True))


def scope_of(user):
    """The user's EditorialScope, made once per request (the request's user object lives as long)."""
    scope = getattr(user, "_editorial_scope", None)
    if scope is None:
        scope = user._editorial_scope = EditorialScope(user)
    return scope
