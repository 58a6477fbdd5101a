"""What the moderation app tells teachers (notifications.sending.notify): the author of reported content
what a moderator decided about it, and the reporter that their report was reviewed. A reporter is not told
what was done to the author (a warning or a suspension is between the author and the moderators)."""

from django.utils.translation import gettext_lazy as _

from notifications.kinds import Kind, Notice

NOTICES = {
    "hidden": Notice(
        Kind.MODERATION,
        _("A moderator hid something you wrote on Live: other teachers no longer see it."),
        note=_("The reason is quoted above. You still see it, marked hidden."),
    ),
    "warned": Notice(Kind.MODERATION, _("A moderator sent you a warning about something you wrote on Live.")),
    "suspended": Notice(
        Kind.MODERATION,
        _("A moderator suspended your account until %(date)s: you cannot log in until then."),
    ),
    "suspended_for_good": Notice(
        Kind.MODERATION, _("A moderator suspended your account for good: you can no longer log in.")
    ),
    "report_dismissed": Notice(
        Kind.MODERATION,
        _("Your report about “%(content)s” was reviewed: the moderators found nothing against the rules of Live."),
        note=_("Thank you for telling us."),
    ),
    "report_actioned": Notice(
        Kind.MODERATION,
        _("Your report about “%(content)s” was reviewed: the moderators took action."),
        note=_("Thank you for helping keep Live a safe place."),
    ),
}
