"""/<lang>/live/messages/: a teacher's conversations, one conversation, and writing to a contact.

Only contacts write to each other (contacts.rules): anyone else is refused before anything is saved, and
a conversation is made with its first message, never empty. Another teacher's conversation is a 404.
A message a moderator hid (core.moderated) shows to the other teacher as hidden, in its place, in the
conversation and the inbox. None of these pages may be kept by a shared cache."""

from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Left
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from accounts.access import validated_teacher_required
from contacts.rules import relation, validated_teacher_or_404
from core.listing import Listing
from messaging.forms import MessageForm
from messaging.models import Conversation, Message
from messaging.notices import notify_new_message

CONVERSATIONS_PER_PAGE = 20
MESSAGES_PER_PAGE = 50
EXCERPT_LENGTH = 120


@validated_teacher_required
@require_safe
def inbox(request):
    me = request.user
    conversations = (
        Conversation.objects.of(me)
        .filter(last_message_at__isnull=False)
        .select_related("first", "second")
        .order_by("-last_message_at", "-pk")
    )
    listing = Listing(request, conversations, CONVERSATIONS_PER_PAGE, prepare=lambda page: prepare_inbox(page, me))
    return render(request, "messaging/inbox.html", {"listing": listing})


def prepare_inbox(conversations, me):
    """Each conversation's other teacher, unread state and the start of its last message (one query for
    the page: the last messages are found by (conversation, time), the messages' index)."""
    last_messages = Q()
    for conversation in conversations:
        last_messages |= Q(conversation=conversation.pk, created_at=conversation.last_message_at)
    starts = {
        message["conversation"]: message
        for message in Message.objects.filter(last_messages)
        .order_by("pk")
        .values("conversation", "sender", "hidden_at", start=Left("body", EXCERPT_LENGTH))
    }
    for message in starts.values():
        message["is_mine"] = message["sender"] == me.pk
        message["is_hidden_from_me"] = message["hidden_at"] is not None and not message["is_mine"]
    for conversation in conversations:
        conversation.other_teacher = conversation.other(me)
        conversation.unread = conversation.is_unread_for(me)
        conversation.last_message = starts.get(conversation.pk)
        conversation.machine_time = machine_time(conversation.last_message_at)


@validated_teacher_required
def conversation(request, pk):
    found = get_object_or_404(Conversation.objects.of(request.user).with_teachers(), pk=pk)
    return conversation_page(request, found.other(request.user), found)


@validated_teacher_required
def conversation_with(request, pk):
    """The conversation with teacher `pk`: theirs if it exists, else an empty page whose form starts it."""
    other = validated_teacher_or_404(pk)
    if other.pk == request.user.pk:
        raise Http404
    existing = Conversation.objects.between(request.user, other).with_teachers().first()
    if existing and request.method != "POST":
        return redirect(existing)
    return conversation_page(request, other, existing)


def conversation_page(request, other, conversation):
    me = request.user
    refusal = relation(me, other).writing_refusal()
    if conversation is None and refusal:
        title = _("You cannot write to %(name)s") % {"name": other.display_name}
        return render(request, "accounts/refused.html", {"title": title, "message": refusal}, status=403)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and not refusal and form.is_valid():
        conversation = send(conversation, me, other, form.cleaned_data["body"])
        return redirect(conversation)
    listing = None
    if conversation:
        messages = conversation.messages.select_related("sender").order_by("-created_at", "-pk")
        listing = Listing(request, messages, MESSAGES_PER_PAGE)
        if listing.page.number == 1:
            conversation.mark_read(me)
    return render(
        request,
        "messaging/conversation.html",
        {
            "conversation": conversation,
            "other": other,
            "listing": listing,
            "thread": thread(listing, me) if listing else [],
            "form": form,
            "refusal": refusal,
        },
        status=403 if request.method == "POST" and refusal else 200,
    )


def thread(listing, me):
    """The page's messages oldest first, as one reads (the newest page comes first), each marked `is_mine`
    and with its time for a <time> element."""
    messages = listing.items[::-1]
    for message in messages:
        message.is_mine = message.sender_id == me.pk
        message.machine_time = machine_time(message.created_at)
    return messages


def machine_time(moment):
    """For <time datetime>: HTML takes at most three digits of a second, so none."""
    return moment.isoformat(timespec="seconds")


def send(conversation, sender, recipient, body):
    """Record the message (and the conversation, with its first message) and notify the recipient if
    this message is the first they have not read."""
    with transaction.atomic():
        conversation = conversation or Conversation.objects.start(sender, recipient)
        message, starts_unread = conversation.add_message(sender, body)
    if starts_unread:
        notify_new_message(message, recipient)
    return conversation
