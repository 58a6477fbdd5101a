"""Private messages between contacts: one conversation per pair of teachers, and its messages.

A conversation stores its two teachers in pk order (`first` has the lower pk), so that a pair has one
conversation (a unique constraint) and "the conversation of A and B" is one indexed lookup. It also keeps
what the inbox shows and sorts by (`last_message_at`, `last_sender`) and each teacher's read mark: a
conversation is unread for a teacher when its last message is newer than their read mark and is not
theirs. So the inbox and the unread count read conversations only, never the messages.

A message is plain text; templates show it escaped, with links made clickable (`urlize`). It is
`Moderated` (core.moderated): the other teacher may report it (the moderation app), and a message a
moderator hid shows to them as hidden, in its place, while its sender still reads it, marked hidden."""

from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.moderated import Moderated

MESSAGE_MAX_LENGTH = 5000


def in_order(a, b):
    return sorted((a, b), key=lambda user: user.pk)


class ConversationQuerySet(models.QuerySet):
    def of(self, user):
        return self.filter(Q(first=user) | Q(second=user))

    def with_teachers(self):
        """With both teachers and what the conversation page shows of them (school, country)."""
        return self.select_related("first__school", "first__country", "second__school", "second__country")

    def between(self, a, b):
        first, second = in_order(a, b)
        return self.filter(first=first, second=second)

    def start(self, a, b):
        """The conversation of two teachers, made if they have none (get_or_create copes with two at once)."""
        first, second = in_order(a, b)
        conversation, _created = self.get_or_create(first=first, second=second)
        return conversation

    def unread_for(self, user):
        return self.filter(
            (Q(first=user) & (Q(first_read_at__isnull=True) | Q(last_message_at__gt=F("first_read_at"))))
            | (Q(second=user) & (Q(second_read_at__isnull=True) | Q(last_message_at__gt=F("second_read_at")))),
            last_message_at__isnull=False,
        ).exclude(last_sender=user)


class Conversation(models.Model):
    # Indexed by the inbox's indexes below, which start with them.
    first = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", db_index=False)
    second = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", db_index=False)
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    last_message_at = models.DateTimeField(_("last message"), null=True, blank=True)
    last_sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    first_read_at = models.DateTimeField(null=True, blank=True)
    second_read_at = models.DateTimeField(null=True, blank=True)

    objects = ConversationQuerySet.as_manager()

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="messaging_one_conversation_per_pair"),
            models.CheckConstraint(condition=Q(first__lt=F("second")), name="messaging_teachers_in_order"),
        ]
        # The inbox: a teacher's conversations, most recent first, from either side.
        indexes = [
            models.Index(fields=["first", "-last_message_at"], name="messaging_inbox_first"),
            models.Index(fields=["second", "-last_message_at"], name="messaging_inbox_second"),
        ]

    def __str__(self):
        return f"{self.first} – {self.second}"

    def get_absolute_url(self):
        return reverse("messaging:conversation", args=[self.pk])

    def other(self, user):
        return self.second if user.pk == self.first_id else self.first

    def read_mark_field(self, user):
        return "first_read_at" if user.pk == self.first_id else "second_read_at"

    def is_unread_for(self, user):
        read_at = getattr(self, self.read_mark_field(user))
        has_news = self.last_message_at and self.last_sender_id != user.pk
        return bool(has_news and (read_at is None or read_at < self.last_message_at))

    def mark_read(self, user):
        """Read up to the last message shown (not "now": a message that arrives meanwhile stays unread);
        one UPDATE, only when something was unread, that never moves a read mark back."""
        if self.is_unread_for(user):
            field = self.read_mark_field(user)
            setattr(self, field, self.last_message_at)
            behind = Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__lt": self.last_message_at})
            Conversation.objects.filter(behind, pk=self.pk).update(**{field: self.last_message_at})

    def add_message(self, sender, body):
        """The new message, and whether it makes the conversation unread for the other teacher (it was
        not before): only then are they told by e-mail, so that a teacher who is away gets one e-mail
        per conversation, not one per message, until they read it.

        The conversation's row is locked meanwhile, so that two messages at once are recorded in order."""
        with transaction.atomic():
            locked = Conversation.objects.select_for_update().get(pk=self.pk)
            starts_unread = not locked.is_unread_for(self.other(sender))
            message = Message.objects.create(conversation=self, sender=sender, body=body)
            changes = {"last_message_at": message.created_at, "last_sender": sender}
            changes[self.read_mark_field(sender)] = message.created_at  # one has read what one writes
            Conversation.objects.filter(pk=self.pk).update(**changes)
        for field, value in changes.items():
            setattr(self, field, value)
        return message, starts_unread


class Message(Moderated):
    # No index of its own: the index below starts with it.
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages", db_index=False)
    sender = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    body = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    # Not auto_now_add, which would overwrite the times the demo and the benchmark give their messages.
    created_at = models.DateTimeField(_("sent"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        # A conversation's messages in order (newest first, pk between messages of the same time), so that
        # a page of them is read from the index without sorting the conversation.
        indexes = [models.Index(fields=["conversation", "created_at", "id"], name="messaging_conversation_time")]

    def __str__(self):
        return f"{self.sender}: {self.body[:50]}"

    def get_absolute_url(self):
        return self.conversation.get_absolute_url()

    @property
    def reported_author(self):
        return self.sender

    @property
    def moderation_excerpt(self):
        return self.body

    @classmethod
    def seen_by(cls, user):
        """The messages of `user`'s conversations."""
        return cls.objects.filter(conversation__in=Conversation.objects.of(user))
