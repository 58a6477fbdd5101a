"""What teachers may do in a group, and doing it: joining by the group's policy, leaving, inviting,
answering requests, naming moderators, handing the group over, removing members, and the central team's
decision on a proposal.

Each action either happens whole (one transaction, with the notifications it sends) or raises `Refused`
with the sentence that tells the teacher why, and changes nothing. The views only pick the action and show
the outcome."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from groups.models import Group, Invitation, JoinPolicy, JoinRequest, Membership, Role, Status, Thread
from groups.tasks import tell_members_of_new_thread
from notifications.sending import notify


class Refused(Exception):
    """An action the rules do not allow; `message` says why, to the teacher who tried."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


JOINED, REQUESTED = "joined", "requested"


def membership_of(user, group):
    return Membership.objects.filter(group=group, user=user).first()


def about(group, **params):
    """The plain-text values a group's notification is filled in with."""
    return {"group": group.name, **params}


@transaction.atomic
def join(group, user):
    """Join `group`, or ask to, as its policy says; JOINED or REQUESTED."""
    if not group.is_approved:
        raise Refused(_("This group is not open yet: it waits for approval."))
    if Membership.objects.filter(group=group, user=user).exists():
        raise Refused(_("You are already a member of this group."))
    invited = Invitation.objects.filter(group=group, invited=user).exists()
    if group.join_policy == JoinPolicy.OPEN or invited:
        add_member(group, user)
        return JOINED
    if group.join_policy == JoinPolicy.INVITATION:
        raise Refused(
            _(
                "Only teachers invited by the group's owner or moderators can join this group. Ask one of them "
                "for an invitation."
            )
        )
    _request, created = JoinRequest.objects.get_or_create(group=group, user=user)
    if created:
        for runner in group.running_members():
            notify(
                runner,
                "groups.join_requested",
                params=about(group, name=user.display_name),
                url_name="groups:members",
                url_args=[group.pk],
            )
    return REQUESTED


def add_member(group, user):
    """Make `user` a member, and take away what they waited with (an invitation, a request)."""
    Membership.objects.create(group=group, user=user, role=Role.MEMBER)
    Invitation.objects.filter(group=group, invited=user).delete()
    JoinRequest.objects.filter(group=group, user=user).delete()


def leave(membership):
    if membership.is_owner:
        raise Refused(
            _(
                "You own this group, so you cannot leave it yet. First make another member its owner, on the "
                "members' page; then you can leave."
            )
        )
    membership.delete()


def check_runs(membership):
    """Only the owner and the moderators run a group."""
    if membership is None or not membership.runs_the_group:
        raise Refused(_("Only the group's owner and moderators can do this."))


def check_owns(membership):
    if membership is None or not membership.is_owner:
        raise Refused(_("Only the group's owner can do this."))


def remove_member(actor, target):
    """`actor` (a membership that runs the group) removes `target`: nobody removes the owner, and only the
    owner removes a moderator."""
    check_runs(actor)
    if target.is_owner:
        raise Refused(_("The owner of a group cannot be removed."))
    if target.role == Role.MODERATOR and not actor.is_owner:
        raise Refused(_("Only the group's owner can remove a moderator."))
    target.delete()


def set_moderator(actor, target, moderator):
    """The owner names a member moderator, or makes a moderator a member again."""
    check_owns(actor)
    if target.is_owner:
        raise Refused(_("The owner already runs the group."))
    target.role = Role.MODERATOR if moderator else Role.MEMBER
    target.save(update_fields=["role"])


@transaction.atomic
def hand_over(actor, target):
    """The owner makes `target` the owner, and stays on as a moderator (one owner at any time: the
    database refuses two)."""
    check_owns(actor)
    if target.pk == actor.pk:
        raise Refused(_("You already own this group."))
    actor.role = Role.MODERATOR
    actor.save(update_fields=["role"])
    target.role = Role.OWNER
    target.save(update_fields=["role"])


@transaction.atomic
def invite(actor, invited):
    """`actor` (running the group) invites `invited`, who is told; the form offers only teachers that may be
    invited (groups.forms.InvitationForm)."""
    check_runs(actor)
    group = actor.group
    Invitation.objects.create(group=group, invited=invited, invited_by=actor.user)
    notify(
        invited,
        "groups.invited",
        params=about(group, name=actor.user.display_name),
        excerpt=group.description[:300],
        url_name="groups:group",
        url_args=[group.pk],
    )


@transaction.atomic
def answer_request(actor, join_request, accept):
    """Accept (the teacher becomes a member and is told) or decline (the request goes, silently) a request."""
    check_runs(actor)
    group = join_request.group
    if accept:
        add_member(group, join_request.user)
        notify(
            join_request.user,
            "groups.request_accepted",
            params=about(group),
            url_name="groups:group",
            url_args=[group.pk],
        )
    else:
        join_request.delete()


@transaction.atomic
def start_thread(thread):
    """Save a new discussion; its group's other members are told in the background."""
    thread.save()
    tell_members_of_new_thread.enqueue(thread.pk)
    return thread


@transaction.atomic
def add_reply(reply):
    reply.save()
    Thread.objects.filter(pk=reply.thread_id).update(active_at=reply.created_at)
    return reply


class AlreadyDecided(Exception):
    """The proposal was approved or declined meanwhile (by another member of the central team)."""


@transaction.atomic
def decide(group_pk, approve, reason=""):
    """Approve or decline a proposal waiting for it, and tell its proposer. The group is locked, so that
    two members of the central team deciding at once tell the proposer only once."""
    group = Group.objects.select_for_update().filter(pk=group_pk, status=Status.PENDING).first()
    if group is None:
        raise AlreadyDecided
    group.status = Status.APPROVED if approve else Status.DECLINED
    group.decline_reason = "" if approve else reason
    group.decided_at = timezone.now()
    group.save(update_fields=["status", "decline_reason", "decided_at"])
    owner = group.owner()
    if owner:
        notify(
            owner,
            "groups.approved" if approve else "groups.declined",
            params=about(group),
            excerpt=group.decline_reason,
            url_name="groups:group",
            url_args=[group.pk],
        )
    return group
