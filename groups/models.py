"""Live's groups: validated teachers gather around a subject, an age or a language and talk in threads.

A teacher proposes a group; it waits for the central team (the permission `groups.approve_group`, given
in the Wagtail admin's queue) and is seen by nobody but its proposer until it is approved. A declined
group stays visible to its proposer, with the reason they were told.

Who belongs is one table, `Membership`, with a role: exactly one owner per group (a database constraint),
moderators the owner names, and members. The owner is the proposer until they hand the group over. How
others join depends on the group's join policy: anyone may join an open group, others ask and wait for the
owner or a moderator, and a group by invitation takes only those a moderator invited.

Discussions (`Thread`, `Reply`) are for members only, and Moderated: a moderator of the portal may hide
them. What a deleted account wrote stays, signed "Former member" (groups.personal_data)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from contacts.rules import without_blocked
from core.moderated import Moderated, shown_to
from languages.codes import LANGUAGES


class Status(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")
    # A group left without members when its last one deleted their account.
    CLOSED = "closed", _("Closed")


class JoinPolicy(models.TextChoices):
    OPEN = "open", _("Open: every validated teacher may join")
    REQUEST = "request", _("On request: the group's moderators accept who joins")
    INVITATION = "invitation", _("By invitation only")


class Role(models.TextChoices):
    OWNER = "owner", _("Owner")
    MODERATOR = "moderator", _("Moderator")
    MEMBER = "member", _("Member")


# Replies shown on one page of a discussion.
REPLIES_PER_PAGE = 20

# Those who run a group: they accept requests, invite and remove members.
RUNNING_ROLES = (Role.OWNER, Role.MODERATOR)


def readable_by(items, user):
    """`items` (threads or replies) without what moderators hid, unless `user` wrote it, and without what
    teachers blocked by `user`, or who blocked them, wrote."""
    return items.filter(shown_to(user), author__in=without_blocked(get_user_model().objects.all(), user))


class GroupQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Status.APPROVED)

    def visible_to(self, user):
        """What `user` may open: approved groups, and the groups they proposed, approved or not (closed
        groups have nobody left to see them)."""
        proposed = Exists(Membership.objects.filter(group=OuterRef("pk"), user=user, role=Role.OWNER))
        return self.filter(Q(status=Status.APPROVED) | proposed & ~Q(status=Status.CLOSED))

    def with_member_counts(self):
        return self.annotate(member_count=Count("memberships", distinct=True))


class Group(models.Model):
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(
        _("description"),
        max_length=3000,
        help_text=_("What the group is about, who it is for and what its members do together. Plain text."),
    )
    language = models.CharField(
        _("language of the group"),
        max_length=8,
        choices=LANGUAGES,
        help_text=_("The language the members write in."),
    )
    subjects = models.ManyToManyField("taxonomy.Subject", verbose_name=_("subjects"), blank=True, related_name="+")
    age_ranges = models.ManyToManyField(
        "taxonomy.AgeRange", verbose_name=_("pupils' ages"), blank=True, related_name="+"
    )
    join_policy = models.CharField(_("who may join"), max_length=16, choices=JoinPolicy.choices)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    decline_reason = models.TextField(_("why it was declined"), blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    created_at = models.DateTimeField(_("proposed"), auto_now_add=True)

    objects = GroupQuerySet.as_manager()

    class Meta:
        verbose_name = _("group")
        verbose_name_plural = _("groups")
        ordering = ["name", "pk"]
        permissions = [("approve_group", _("Can approve or decline proposed groups"))]
        indexes = [models.Index(fields=["status", "name"], name="groups_group_status_name")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("groups:group", args=[self.pk])

    @property
    def is_approved(self):
        return self.status == Status.APPROVED

    def owner(self):
        membership = self.memberships.filter(role=Role.OWNER).select_related("user").first()
        return membership.user if membership else None

    def running_members(self):
        """The owner and the moderators: those told when someone asks to join."""
        return [
            membership.user for membership in self.memberships.filter(role__in=RUNNING_ROLES).select_related("user")
        ]


class Membership(models.Model):
    group = models.ForeignKey(Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("teacher"), on_delete=models.CASCADE, related_name="group_memberships"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["joined_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["group", "user"], name="groups_membership_once"),
            models.UniqueConstraint(fields=["group"], condition=Q(role="owner"), name="groups_one_owner"),
        ]

    def __str__(self):
        return f"{self.user} in {self.group}"

    @property
    def runs_the_group(self):
        return self.role in RUNNING_ROLES

    @property
    def is_owner(self):
        return self.role == Role.OWNER


class Invitation(models.Model):
    """A teacher invited to a group by its owner or a moderator; joining takes it away."""

    group = models.ForeignKey(Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="invitations")
    invited = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("invited teacher"), on_delete=models.CASCADE, related_name="+"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("invited by"), on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["group", "invited"], name="groups_invitation_once")]

    def __str__(self):
        return f"{self.invited} → {self.group}"


class JoinRequest(models.Model):
    """A teacher asking to join a group on request; accepting or declining it takes it away."""

    group = models.ForeignKey(Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="join_requests")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("teacher"), on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("request to join")
        verbose_name_plural = _("requests to join")
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["group", "user"], name="groups_request_once")]

    def __str__(self):
        return f"{self.user} → {self.group}"


class Thread(Moderated):
    group = models.ForeignKey(Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="threads")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.CASCADE, related_name="group_threads"
    )
    title = models.CharField(_("title"), max_length=150)
    body = models.TextField(_("message"), max_length=5000)
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    # When the thread last had news (its start or its latest reply): the group's page lists the liveliest first.
    active_at = models.DateTimeField(_("last active"), auto_now_add=True)

    class Meta:
        verbose_name = _("discussion")
        verbose_name_plural = _("discussions")
        ordering = ["-active_at", "-pk"]
        indexes = [models.Index(fields=["group", "-active_at"], name="groups_thread_liveliest")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("groups:thread", args=[self.group_id, self.pk])

    @classmethod
    def seen_by(cls, user):
        """The discussions `user` reads (and so may report): in the approved groups they belong to."""
        return readable_by(cls.objects.filter(group__status=Status.APPROVED, group__memberships__user=user), user)

    @property
    def reported_author(self):
        return self.author

    @property
    def moderation_excerpt(self):
        return f"{self.title}\n\n{self.body}"


class Reply(Moderated):
    thread = models.ForeignKey(Thread, verbose_name=_("discussion"), on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.CASCADE, related_name="group_replies"
    )
    body = models.TextField(_("reply"), max_length=5000)
    created_at = models.DateTimeField(_("posted"), auto_now_add=True)

    class Meta:
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["thread", "created_at"], name="groups_reply_in_order")]

    def __str__(self):
        return f"{self.author} → {self.thread}"

    def get_absolute_url(self):
        """The reply where it is shown: on its page of the discussion."""
        earlier = self.thread.replies.filter(
            Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk)
        )
        page = earlier.count() // REPLIES_PER_PAGE + 1
        query = f"?page={page}" if page > 1 else ""
        return f"{self.thread.get_absolute_url()}{query}#reply-{self.pk}"

    @classmethod
    def seen_by(cls, user):
        return readable_by(cls.objects.filter(thread__in=Thread.seen_by(user)), user)

    @property
    def reported_author(self):
        return self.author

    @property
    def moderation_excerpt(self):
        return self.body
