"""What a teacher showed for their validation, and the decisions on it, as personal data (privacy app).

The export gives the evidence's statement and the name of its document (the document itself is what the
teacher sent); on erasure the evidence, its document and the decisions go: nobody validates an account
that no longer exists."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from validation.models import Decision, Evidence

LABELS = {
    "evidence": _("What you sent for validation"),
    "statement": _("Your role at the school"),
    "document": _("Document"),
    "sent": _("Sent for validation"),
    "decisions": _("Decisions"),
    "outcome": _("Decision"),
    "reason": _("Reason"),
    "school": _("School"),
    "decided": _("Decided"),
}


def export(user):
    evidence = Evidence.objects.filter(teacher=user).first()
    decisions = Decision.objects.filter(teacher=user).select_related("school").order_by("decided_at", "pk")
    return {
        "evidence": evidence_facts(evidence) if evidence else None,
        "decisions": [
            {
                "outcome": decision.get_outcome_display(),
                "reason": decision.reason,
                "school": decision.school.name if decision.school else "",
                "decided": decision.decided_at,
            }
            for decision in decisions
        ],
    }


def evidence_facts(evidence):
    return {"statement": evidence.statement, "document": evidence.document_name, "sent": evidence.submitted_at}


def erase(user):
    """The rows now; the document leaves the private storage once the erasure is committed."""
    Decision.objects.filter(teacher=user).delete()
    evidence = Evidence.objects.filter(teacher=user).first()
    if evidence is None:
        return
    document_name, storage = evidence.document.name, evidence.document.storage
    evidence.delete()
    if document_name:
        transaction.on_commit(lambda: storage.delete(document_name))
