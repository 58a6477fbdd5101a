"""Reports in "download my data", and what deleting an account does to them (core.registry,
`personal_data`).

A teacher's data here: the reports they made, and the decisions moderators took about what they wrote
(never who reported it). Deleting the account empties what the reports hold of them (their notes, the
copies of their text) and keeps the rest, the record of what moderators decided; the account's row stays
(accounts), so the reports keep pointing at "Former member"."""

from moderation.models import Report


def export(user):
    made = user.reports_made.select_related("content_type").order_by("created_at", "pk")
    received = user.reports_received.exclude(action="").order_by("decided_at", "pk")
    return {
        "reports_made": [
            {
                "content_type": report.content_type.name,
                "reason": report.reason,
                "note": report.note,
                "reported_at": report.created_at.isoformat(),
                "status": report.status,
            }
            for report in made
        ],
        "decisions_about_you": [
            {"decision": report.action, "message": report.decision_message, "decided_at": report.decided_at.isoformat()}
            for report in received
        ],
    }


def erase(user):
    Report.objects.filter(reporter=user).update(note="")
    Report.objects.filter(reported_author=user).update(excerpt="")
