"""The groups' pages, for validated teachers only (accounts.access): the list with its search, proposing a
group, a group's page, its members, its discussions, and the actions on them (all POST).

Who sees what:
- an approved group's page is open to every validated teacher; a group waiting for approval or declined
  answers 404 to everyone but its proposer;
- the discussions and the members' list are for members only: others get a page saying so (403), with the
  way to join;
- the rules of each action are in groups.rules; a refused action changes nothing and says why.

What a teacher reads leaves out what moderators hid (but their own, marked) and what teachers they blocked,
or who blocked them, wrote."""

from collections import Counter
from functools import wraps

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts.access import refuse, validated_teacher_required
from core.listing import Listing
from groups import rules
from groups.filters import GroupFilter
from groups.forms import GroupForm, InvitationForm, ReplyForm, ThreadForm
from groups.models import (
    REPLIES_PER_PAGE,
    Group,
    Invitation,
    JoinRequest,
    Membership,
    Reply,
    Role,
    Status,
    Thread,
    readable_by,
)

GROUPS_PER_PAGE = 20
THREADS_PER_PAGE = 20
MEMBERS_PER_PAGE = 50


def with_card_facts(groups):
    return groups.with_member_counts().prefetch_related("subjects", "age_ranges")


def visible_group(request, pk, groups=Group.objects):
    return get_object_or_404(groups.visible_to(request.user), pk=pk)


def for_members(view):
    """A page or an action of a group's members: other teachers are told what the group's page offers them.
    The view gets the group and the reader's membership."""

    @wraps(view)
    def checked(request, pk, *args, **kwargs):
        group = visible_group(request, pk)
        membership = rules.membership_of(request.user, group)
        if membership is None or not group.is_approved:
            return refuse(
                request,
                _("This is for the members of the group “%(group)s”. Join the group on its page to take part.")
                % {"group": group.name},
            )
        return view(request, group, membership, *args, **kwargs)

    return checked


def done_or_refused(request, action, *args, success=""):
    """Run a rule; say what happened, or why it was refused (nothing changed)."""
    try:
        action(*args)
    except rules.Refused as refusal:
        messages.error(request, refusal.message)
        return False
    if success:
        messages.success(request, success)
    return True


@validated_teacher_required
@require_safe
def group_list(request):
    """Approved groups by name; with `mine=1`, the reader's own groups and proposals, and invitations."""
    show_mine = request.GET.get("mine") == "1"
    if show_mine:
        # A subquery, not a join: a join on memberships would also narrow the members counted.
        mine = Membership.objects.filter(user=request.user).values("group")
        groups = Group.objects.visible_to(request.user).filter(pk__in=mine)
    else:
        groups = Group.objects.approved()
    group_filter = GroupFilter(request.GET, groups, language_code=get_language())
    listing = Listing(request, with_card_facts(group_filter.qs).order_by("name", "pk"), GROUPS_PER_PAGE)
    invitations = (
        Invitation.objects.filter(invited=request.user, group__status=Status.APPROVED).select_related(
            "group", "invited_by"
        )
        if show_mine
        else []
    )
    context = {"filter": group_filter, "listing": listing, "show_mine": show_mine, "invitations": invitations}
    return render(request, "groups/group_list.html", context)


@validated_teacher_required
@require_http_methods(["GET", "HEAD", "POST"])
def group_new(request):
    """Propose a group: it waits for the central team, and its proposer owns it."""
    form = GroupForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        group = propose(form, request.user)
        messages.success(request, _("Thank you! Your proposal was sent."))
        return redirect(group)
    return render(request, "groups/group_form.html", {"form": form})


def propose(form, proposer):
    """The group, its subjects and ages, and its owner: saved whole or not at all."""
    with transaction.atomic():
        group = form.save()
        Membership.objects.create(group=group, user=proposer, role=Role.OWNER)
    return group


@validated_teacher_required
@require_safe
def group_detail(request, pk):
    """The group: what it is about and how many belong to it; for its members, its discussions; for others,
    the way to join that its policy offers."""
    group = visible_group(request, pk, with_card_facts(Group.objects))
    membership = rules.membership_of(request.user, group)
    context = {"group": group, "membership": membership}
    if membership and group.is_approved:
        threads = readable_by(group.threads.select_related("author__country"), request.user)
        context["listing"] = Listing(request, threads, THREADS_PER_PAGE, prepare=reply_counter(request.user))
        if membership.runs_the_group:
            context["request_count"] = group.join_requests.count()
    elif not membership:
        context["invitation"] = group.invitations.filter(invited=request.user).select_related("invited_by").first()
        context["asked"] = group.join_requests.filter(user=request.user).exists()
    return render(request, "groups/group_detail.html", context)


def reply_counter(user):
    """For a page of threads: set each one's `reply_count`, the replies `user` reads (one query)."""

    def count(threads):
        replies = readable_by(Reply.objects.filter(thread__in=threads), user).values_list("thread_id", flat=True)
        counts = Counter(replies)
        for thread in threads:
            thread.reply_count = counts[thread.pk]

    return count


@validated_teacher_required
@require_POST
def group_join(request, pk):
    group = visible_group(request, pk)
    try:
        outcome = rules.join(group, request.user)
    except rules.Refused as refusal:
        return refuse(request, refusal.message)
    if outcome == rules.JOINED:
        messages.success(request, _("Welcome to the group “%(group)s”!") % {"group": group.name})
    else:
        messages.success(request, _("Your request was sent. You will be told when the group's moderators accept it."))
    return redirect(group)


@validated_teacher_required
@require_POST
def invitation_decline(request, pk):
    group = visible_group(request, pk)
    get_object_or_404(Invitation, group=group, invited=request.user).delete()
    messages.success(request, _("You declined the invitation to “%(group)s”.") % {"group": group.name})
    return redirect("groups:list")


@validated_teacher_required
@require_POST
@for_members
def group_leave(request, group, membership):
    message = _("You left the group “%(group)s”.") % {"group": group.name}
    if done_or_refused(request, rules.leave, membership, success=message):
        return redirect("groups:list")
    return redirect(group)


@validated_teacher_required
@require_safe
@for_members
def members(request, group, membership):
    """The members, who runs the group, and for those who do: requests to join and the invitation form."""
    listing = Listing(
        request,
        group.memberships.select_related("user__country").order_by("role", "joined_at", "pk"),
        MEMBERS_PER_PAGE,
    )
    context = {"group": group, "membership": membership, "listing": listing}
    if membership.runs_the_group:
        context["join_requests"] = group.join_requests.select_related("user__country")
        context["invitation_form"] = InvitationForm(inviter=request.user, group=group)
    return render(request, "groups/members.html", context)


def target_membership(group, user_pk):
    return get_object_or_404(Membership.objects.select_related("user"), group=group, user_id=user_pk)


@validated_teacher_required
@require_POST
@for_members
def member_remove(request, group, membership, user_pk):
    target = target_membership(group, user_pk)
    message = _("%(name)s is no longer a member.") % {"name": target.user.display_name}
    done_or_refused(request, rules.remove_member, membership, target, success=message)
    return redirect("groups:members", pk=group.pk)


@validated_teacher_required
@require_POST
@for_members
def member_role(request, group, membership, user_pk):
    target = target_membership(group, user_pk)
    moderator = request.POST.get("moderator") == "1"
    message = _("%(name)s is now a moderator of the group.") if moderator else _("%(name)s is no longer a moderator.")
    done_or_refused(
        request,
        rules.set_moderator,
        membership,
        target,
        moderator,
        success=message % {"name": target.user.display_name},
    )
    return redirect("groups:members", pk=group.pk)


@validated_teacher_required
@require_POST
@for_members
def member_owner(request, group, membership, user_pk):
    target = target_membership(group, user_pk)
    message = _("%(name)s now owns the group; you stay on as a moderator.") % {"name": target.user.display_name}
    done_or_refused(request, rules.hand_over, membership, target, success=message)
    return redirect("groups:members", pk=group.pk)


@validated_teacher_required
@require_POST
@for_members
def member_invite(request, group, membership):
    form = InvitationForm(request.POST, inviter=request.user, group=group)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["teacher"]))
        return redirect("groups:members", pk=group.pk)
    invited = form.cleaned_data["teacher"]
    message = _("%(name)s is invited and was told.") % {"name": invited.display_name}
    done_or_refused(request, rules.invite, membership, invited, success=message)
    return redirect("groups:members", pk=group.pk)


@validated_teacher_required
@require_POST
@for_members
def request_answer(request, group, membership, request_pk):
    join_request = get_object_or_404(JoinRequest.objects.select_related("user", "group"), group=group, pk=request_pk)
    accept = request.POST.get("accept") == "1"
    message = _("%(name)s is now a member, and was told.") if accept else _("You declined the request of %(name)s.")
    done_or_refused(
        request,
        rules.answer_request,
        membership,
        join_request,
        accept,
        success=message % {"name": join_request.user.display_name},
    )
    return redirect("groups:members", pk=group.pk)


@validated_teacher_required
@require_http_methods(["GET", "HEAD", "POST"])
@for_members
def thread_new(request, group, membership):
    form = ThreadForm(
        request.POST if request.method == "POST" else None, instance=Thread(group=group, author=request.user)
    )
    if form.is_valid():
        thread = rules.start_thread(form.instance)
        return redirect(thread)
    return render(request, "groups/thread_form.html", {"group": group, "form": form})


@validated_teacher_required
@require_http_methods(["GET", "HEAD", "POST"])
@for_members
def thread_detail(request, group, membership, thread_pk):
    """A discussion, its replies (oldest first, as a conversation reads) and the form to reply."""
    threads = readable_by(group.threads.select_related("author__country"), request.user)
    thread = get_object_or_404(threads, pk=thread_pk)
    form = ReplyForm(
        request.POST if request.method == "POST" else None, instance=Reply(thread=thread, author=request.user)
    )
    if form.is_valid():
        reply = rules.add_reply(form.instance)
        return redirect(reply.get_absolute_url())
    replies = readable_by(thread.replies.select_related("author__country"), request.user)
    listing = Listing(request, replies, REPLIES_PER_PAGE)
    context = {"group": group, "membership": membership, "thread": thread, "listing": listing, "form": form}
    return render(request, "groups/thread_detail.html", context)
