"""Who may ask whom, and who may write to whom: the rules the contacts, messages and partner search share.

A block works both ways for these rules: once either teacher has blocked the other, neither can ask or
write to the other, and the blocker no longer shows in the other's searches. Each rule is one query."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Exists, Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import Role, ValidationStatus
from contacts.models import Block, Contact, ContactRequest, RequestStatus

ALREADY_ASKED = gettext_lazy("You have already asked this teacher. Wait for their answer.")


def validated_teacher_or_404(pk):
    """The teacher one asks or writes to, with what the pages show of them: only validated teachers can
    be contacts; anyone else is a 404, as their profile is."""
    teachers = get_user_model().objects.select_related("school", "country")
    return get_object_or_404(teachers, pk=pk, role=Role.TEACHER, validation_status=ValidationStatus.VALIDATED)


def are_contacts(a, b):
    return Contact.objects.filter(owner=a, other=b).exists()


def is_blocked_between(a, b):
    """Whether either teacher has blocked the other."""
    return Block.objects.filter(Q(blocker=a, blocked=b) | Q(blocker=b, blocked=a)).exists()


def can_request(sender, recipient):
    """Whether `sender` may send `recipient` a contact request (or accept theirs by asking back)."""
    return not relation(sender, recipient).request_refusal()


def not_blocked_with(user, teacher_field="pk"):
    """A condition leaving out the rows whose `teacher_field` is a teacher `user` blocked or who blocked
    `user` (a block works both ways), as subqueries rather than a query of their own."""
    blocked = Block.objects.filter(blocker=user).values("blocked")
    blockers = Block.objects.filter(blocked=user).values("blocker")
    return ~Q(**{f"{teacher_field}__in": blocked}) & ~Q(**{f"{teacher_field}__in": blockers})


def without_blocked(teachers, user):
    """`teachers` (a queryset of users) without those `user` has blocked or who have blocked `user`."""
    return teachers.filter(not_blocked_with(user))


@dataclass(frozen=True)
class Relation:
    """What stands between `me` and `other`, as the contact and message views need it."""

    me: object
    other: object
    are_contacts: bool
    i_blocked: bool
    blocked_me: bool
    i_asked: bool
    they_asked: bool

    @property
    def is_blocked(self):
        return self.i_blocked or self.blocked_me

    def request_refusal(self):
        """Why `me` may not ask `other` to be a contact, or "" if they may."""
        if self.me.pk == self.other.pk:
            return _("You cannot send a contact request to yourself.")
        if not self.other.is_validated_teacher:
            return _("Only validated teachers can be asked to be contacts.")
        if self.i_blocked:
            return _("You have blocked this teacher. Unblock them first if you want to be contacts.")
        if self.blocked_me:
            # Not "they blocked you": a block is not announced to the teacher who is blocked.
            return _("You cannot send a contact request to this teacher.")
        if self.are_contacts:
            return _("You are already contacts.")
        if self.i_asked:
            return str(ALREADY_ASKED)
        return ""

    def writing_refusal(self):
        """Why `me` may not write to `other`, or "" if they may."""
        if self.me.pk == self.other.pk:
            return _("You cannot write to yourself.")
        if not self.other.is_validated_teacher:
            return _("This teacher's account is not active in Live at the moment: they cannot receive messages.")
        if self.i_blocked:
            return _("You have blocked this teacher. Unblock them first if you want to write to them.")
        if self.blocked_me or not self.are_contacts:
            # A blocked teacher is told no more than someone who is not a contact.
            return _("You can only write to your contacts. Send this teacher a contact request first.")
        return ""


def relation(me, other):
    """The Relation between two users, in one query."""
    pending = ContactRequest.objects.filter(status=RequestStatus.PENDING)
    flags = (
        get_user_model()
        .objects.filter(pk=me.pk)
        .annotate(
            are_contacts=Exists(Contact.objects.filter(owner=me, other=other)),
            i_blocked=Exists(Block.objects.filter(blocker=me, blocked=other)),
            blocked_me=Exists(Block.objects.filter(blocker=other, blocked=me)),
            i_asked=Exists(pending.filter(sender=me, recipient=other)),
            they_asked=Exists(pending.filter(sender=other, recipient=me)),
        )
        .values("are_contacts", "i_blocked", "blocked_me", "i_asked", "they_asked")
        .get()
    )
    return Relation(me=me, other=other, **flags)
