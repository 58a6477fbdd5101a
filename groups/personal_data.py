"""The groups' part of a teacher's personal data (privacy app): what "download my data" includes, and
what deleting the account does here.

Deleting takes away the teacher's memberships, invitations and requests to join. A group they own passes
to one of its moderators, else to its longest-standing member, and is closed when nobody is left (a
proposal waiting for approval, too). What they wrote in discussions stays for the other members, signed
"Former member" (accounts.User.display_name)."""

from django.db.models import Case, IntegerField, Q, Value, When

from groups.models import Invitation, JoinRequest, Membership, Reply, Role, Status, Thread


def export(user):
    memberships = Membership.objects.filter(user=user).select_related("group").order_by("joined_at", "pk")
    return {
        "memberships": [
            {
                "group": membership.group.name,
                "role": membership.role,
                "group_status": membership.group.status,
                "joined_at": membership.joined_at.isoformat(),
            }
            for membership in memberships
        ],
        "groups_owned": [
            {"name": membership.group.name, "description": membership.group.description}
            for membership in memberships
            if membership.role == Role.OWNER
        ],
        "invitations": [
            {"group": invitation.group.name, "received_at": invitation.created_at.isoformat()}
            for invitation in Invitation.objects.filter(invited=user).select_related("group")
        ],
        "requests_to_join": [
            {"group": join_request.group.name, "sent_at": join_request.created_at.isoformat()}
            for join_request in JoinRequest.objects.filter(user=user).select_related("group")
        ],
        "discussions_started": [
            {
                "group": thread.group.name,
                "title": thread.title,
                "text": thread.body,
                "at": thread.created_at.isoformat(),
            }
            for thread in Thread.objects.filter(author=user).select_related("group").order_by("created_at", "pk")
        ],
        "replies": [
            {"discussion": reply.thread.title, "text": reply.body, "at": reply.created_at.isoformat()}
            for reply in Reply.objects.filter(author=user).select_related("thread").order_by("created_at", "pk")
        ],
    }


def erase(user):
    for owned in Membership.objects.filter(user=user, role=Role.OWNER).select_related("group"):
        pass_on(owned)
    Membership.objects.filter(user=user).delete()
    Invitation.objects.filter(Q(invited=user) | Q(invited_by=user)).delete()
    JoinRequest.objects.filter(user=user).delete()


def pass_on(owned):
    """Give the group of `owned` (an owner's membership) to its first moderator or longest-standing member,
    or close it when it has nobody else."""
    group = owned.group
    successor = (
        group.memberships.exclude(pk=owned.pk)
        .annotate(rank=Case(When(role=Role.MODERATOR, then=Value(0)), default=Value(1), output_field=IntegerField()))
        .order_by("rank", "joined_at", "pk")
        .first()
    )
    owned.delete()  # first: a group has one owner at most
    if successor:
        successor.role = Role.OWNER
        successor.save(update_fields=["role"])
    else:
        group.status = Status.CLOSED
        group.save(update_fields=["status"])
