"""What validation tells a teacher (notifications): the support service's decision."""

from django.utils.translation import gettext_lazy as _

from notifications.kinds import Kind, Notice
from notifications.sending import notify

NOTICES = {
    "validated": Notice(
        Kind.VALIDATION,
        _("The support service of %(country)s validated your account. Welcome to Live!"),
        note=_("You can now use Live: find partner schools abroad, make contacts and write to them."),
    ),
    "rejected": Notice(
        Kind.VALIDATION,
        _("The support service of %(country)s could not validate your account."),
        note=_("You can change your evidence or your school and send your request again from your validation page."),
    ),
}

# Where each decision's notification leads: Live, or the validation page with the reason.
DESTINATION = {"validated": "live:home", "rejected": "validation:status"}


def notify_decision(decision):
    """Tell the teacher, with the reason of a rejection quoted."""
    teacher = decision.teacher
    notify(
        teacher,
        f"validation.{decision.outcome}",
        params={"country": teacher.country.name_in(teacher.language) if teacher.country else ""},
        excerpt=decision.reason,
        url_name=DESTINATION[decision.outcome],
    )
