"""A moderator's decision on the open reports about one object, and everything that follows from it.

Every open report about the object that the moderator may decide on is closed with the same decision,
in one transaction with what the decision does (hide, warn, suspend), its entries in the admin's audit
log (one per report, on the report: wagtail.log) and the notifications: the author told what was done
(hidden, warned, suspended), each reporter told their report was reviewed."""

from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator
from wagtail.log_actions import log

from accounts.models import SUSPENDED_FOR_GOOD
from accounts.suspension import suspend, suspension_end
from languages.dates import format_datetime
from moderation.models import Action, Status
from moderation.reportable import can_be_hidden
from moderation.scope import reports_in_scope
from notifications.sending import notify

# How much of the reported text a reporter's notification quotes to say which report it is.
QUOTED_LENGTH = 60


class AlreadyDecided(Exception):
    """Another moderator decided on these reports meanwhile."""


class CannotHide(Exception):
    """The content was deleted meanwhile, or is of a kind that cannot be hidden."""


def log_action_name(action):
    return f"moderation.{action}"


def decide(report, action, moderator, message="", suspension_days=None):
    """Decide `action` on `report` and on every other open report about the same object in the
    moderator's scope. Returns the reports decided."""
    with transaction.atomic():
        reports = list(
            reports_in_scope(moderator)
            .open()
            .select_for_update()
            .filter(content_type_id=report.content_type_id, object_id=report.object_id)
            .select_related("reporter", "reported_author")
        )
        if not reports:
            raise AlreadyDecided
        author, content = reports[0].reported_author, report.content
        carry_out(action, content, author, message, suspension_days)
        status = Status.DISMISSED if action == Action.DISMISS else Status.ACTIONED
        now = timezone.now()
        for decided in reports:
            decided.status, decided.action, decided.decision_message = status, action, message
            decided.decided_by, decided.decided_at = moderator, now
            decided.save(update_fields=["status", "action", "decision_message", "decided_by", "decided_at"])
            log(decided, log_action_name(action), user=moderator, data={"message": message})
            tell_reporter(decided, content)
    return reports


def carry_out(action, content, author, message, suspension_days):
    if action == Action.HIDE:
        if content is None or not can_be_hidden(content):
            raise CannotHide
        content.hide(message)
        notify(author, "moderation.hidden", excerpt=message, **link_to(content))
    elif action == Action.WARN:
        notify(author, "moderation.warned", excerpt=message, **link_to(content))
    elif action == Action.SUSPEND:
        until = suspension_end(suspension_days)
        suspend(author, until, message)
        if until >= SUSPENDED_FOR_GOOD:
            notify(author, "moderation.suspended_for_good", excerpt=message)
        else:
            params = {"date": format_datetime(until, language_code=author.language)}
            notify(author, "moderation.suspended", params=params, excerpt=message)


def link_to(content):
    """The notification's link to the content (moderation.views.reported_content), if it still exists."""
    if content is None:
        return {}
    return {
        "url_name": "moderation:content",
        "url_args": [content._meta.app_label, content._meta.model_name, content.pk],
    }


def tell_reporter(report, content):
    notice = "moderation.report_dismissed" if report.status == Status.DISMISSED else "moderation.report_actioned"
    quoted = Truncator(report.excerpt).chars(QUOTED_LENGTH)
    notify(report.reporter, notice, params={"content": quoted}, **link_to(content))
