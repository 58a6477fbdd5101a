"""Page permissions that Wagtail's groups cannot express."""

from wagtail.models import PagePermissionTester


class SectionPermissionTester(PagePermissionTester):
    """A national section may be deleted, moved or unpublished only by those whose rights start
    above it (the central team): its own national team works inside it but cannot remove it."""

    def rights_start_above_page(self):
        if self.user.is_superuser:
            return True
        return any(
            perm.page.depth < self.page.depth
            for perm in self.permission_policy.get_cached_permissions_for_user(self.user)
            if self.page.path.startswith(perm.page.path)
        )

    def can_delete(self, ignore_bulk=False):
        return self.rights_start_above_page() and super().can_delete(ignore_bulk)

    def can_unpublish(self):
        return self.rights_start_above_page() and super().can_unpublish()
