"""Making and deciding reports as the tests' teachers and moderators do, over HTTP."""

from django.urls import reverse

from moderation.models import Report


def report_url(content):
    meta = content._meta
    return reverse("moderation:report", args=[meta.app_label, meta.model_name, content.pk])


def report(client, content, reason="spam", note=""):
    """Report `content` as `client`'s teacher; the report made."""
    response = client.post(report_url(content), {"reason": reason, "note": note})
    assert response.status_code == 302, response.content.decode()
    return Report.objects.about(content).latest("pk")


def decision_url(report):
    return reverse("moderation_admin:report", args=[report.pk])


def decide(client, report, action, message="", period=""):
    return client.post(decision_url(report), {"action": action, "message": message, "period": period})
