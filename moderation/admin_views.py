"""The moderators' side of reports, in the Wagtail admin: the queue of open reports and a report's page,
with the reported content in context and the decision.

Every view needs the permission `moderation.moderate` (403 without it) and finds the report among those
of the user's countries (moderation.scope): a report of another country is a 404, whatever the address
or the action."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from core.listing import Listing
from moderation.decisions import AlreadyDecided, CannotHide, decide
from moderation.forms import DecisionForm
from moderation.scope import may_moderate, reports_in_scope

REPORTS_PER_PAGE = 25


def moderator_required(view):
    @wraps(view)
    def checked(request, *args, **kwargs):
        if not may_moderate(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


def with_people(reports):
    return reports.select_related("reporter", "reported_author__country", "content_type", "decided_by")


@moderator_required
def queue(request):
    """Open reports, the oldest first."""
    reports = with_people(reports_in_scope(request.user).open()).order_by("created_at", "pk")
    listing = Listing(request, reports, REPORTS_PER_PAGE)
    return TemplateResponse(request, "moderation/admin/queue.html", {"listing": listing})


@moderator_required
@require_http_methods(["GET", "HEAD", "POST"])
def report_detail(request, pk):
    reports = with_people(reports_in_scope(request.user))
    report = get_object_or_404(reports, pk=pk)
    content = report.content
    form = DecisionForm(request.POST if request.method == "POST" else None, content=content)
    if request.method == "POST" and form.is_valid():
        return decided(request, report, form)
    same_object = list(
        reports.filter(content_type_id=report.content_type_id, object_id=report.object_id).order_by("created_at", "pk")
    )
    context = {
        "report": report,
        "content": content,
        "reports": same_object,
        "is_open": any(other.is_open for other in same_object),
        "form": form,
    }
    return TemplateResponse(request, "moderation/admin/report.html", context)


def decided(request, report, form):
    action = form.cleaned_data["action"]
    try:
        decisions = decide(report, action, request.user, form.cleaned_data["message"], form.suspension_days)
    except AlreadyDecided:
        messages.warning(request, _("Another moderator has just decided on this report: nothing was changed."))
        return redirect("moderation_admin:report", report.pk)
    except CannotHide:
        messages.error(request, _("The content no longer exists, so it cannot be hidden: nothing was changed."))
        return redirect("moderation_admin:report", report.pk)
    done = ngettext(
        "%(decision)s: %(count)d report decided. Whoever reported it was told.",
        "%(decision)s: %(count)d reports decided. Whoever reported it was told.",
        len(decisions),
    )
    messages.success(request, done % {"decision": decisions[0].get_action_display(), "count": len(decisions)})
    return redirect("moderation_admin:queue")
