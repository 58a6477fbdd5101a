"""What the groups tell teachers (notifications.sending.notify): invitations, proposals decided, requests
to join and their answer, and new discussions in a teacher's groups."""

from django.utils.translation import gettext_lazy as _

from notifications.kinds import Kind, Notice

NOTICES = {
    "invited": Notice(Kind.GROUP_INVITATION, _("%(name)s invited you to the group “%(group)s”.")),
    "approved": Notice(
        Kind.GROUP_INVITATION, _("Your group “%(group)s” was approved: teachers can now find it and join.")
    ),
    "declined": Notice(
        Kind.GROUP_INVITATION,
        _("Your proposed group “%(group)s” was not approved."),
        note=_("If a reason was given, you can read it on the group's page."),
    ),
    "join_requested": Notice(Kind.GROUP_INVITATION, _("%(name)s asked to join the group “%(group)s”.")),
    "request_accepted": Notice(Kind.GROUP_INVITATION, _("You are now a member of the group “%(group)s”.")),
    "new_thread": Notice(
        Kind.GROUP_THREAD, _("%(name)s started the discussion “%(thread)s” in the group “%(group)s”.")
    ),
}
