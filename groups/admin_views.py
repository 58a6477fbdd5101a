"""The central team's queue of proposed groups, in the Wagtail admin: each proposal waiting, oldest first,
with Approve and Decline (with a reason the proposer is told).

Every view needs the permission `groups.approve_group` (the central team has it through
`central_team_edits`, superusers have every permission): anyone else gets 403, whatever the address."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from core.listing import Listing
from groups import rules
from groups.forms import DeclineForm
from groups.models import Group, Membership, Role, Status

PERMISSION = "groups.approve_group"
PROPOSALS_PER_PAGE = 25


def may_approve(user):
    return user.is_active and user.has_perm(PERMISSION)


def approver_required(view):
    @wraps(view)
    def checked(request, *args, **kwargs):
        if not may_approve(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


def proposals():
    """Groups waiting for a decision, the longest waiting first, with their proposer (the owner)."""
    owners = Membership.objects.filter(role=Role.OWNER).select_related("user__country")
    return (
        Group.objects.filter(status=Status.PENDING)
        .prefetch_related("subjects", "age_ranges", Prefetch("memberships", queryset=owners, to_attr="owners"))
        .order_by("created_at", "pk")
    )


@approver_required
@require_safe
def queue(request):
    listing = Listing(request, proposals(), PROPOSALS_PER_PAGE)
    return TemplateResponse(request, "groups/admin/queue.html", {"listing": listing})


@approver_required
@require_POST
def decide(request, pk):
    group = get_object_or_404(Group, pk=pk)
    approve = request.POST.get("decision") == "approve"
    form = DeclineForm(request.POST)
    if not approve and not form.is_valid():
        messages.error(request, " ".join(form.errors["reason"]))
        return redirect("groups_admin:queue")
    try:
        rules.decide(group.pk, approve, "" if approve else form.cleaned_data["reason"].strip())
    except rules.AlreadyDecided:
        messages.warning(request, _("“%(group)s” was already decided: nothing was changed.") % {"group": group.name})
        return redirect("groups_admin:queue")
    if approve:
        messages.success(request, _("“%(group)s” is approved; its proposer was told.") % {"group": group.name})
    else:
        messages.success(request, _("“%(group)s” is declined; its proposer was told.") % {"group": group.name})
    return redirect("groups_admin:queue")
