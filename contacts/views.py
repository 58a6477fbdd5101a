"""/<lang>/live/contacts/: a teacher's contacts, the requests they sent and received, and the teachers
they blocked. Every change is a POST; refusals come back as a message on the page, never as an error.
None of these pages may be kept by a shared cache."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from accounts.access import validated_teacher_required
from accounts.models import Role
from contacts.forms import ContactRequestForm
from contacts.models import Block, Contact, ContactRequest, RequestStatus
from contacts.notices import notify_acceptance, notify_contact_request
from contacts.rules import ALREADY_ASKED, relation, validated_teacher_or_404
from core.listing import Listing

CONTACTS_PER_PAGE = 20
BLOCKED_PER_PAGE = 50


def by_name(prefix):
    return [f"{prefix}last_name", f"{prefix}first_name", f"{prefix}username"]


@validated_teacher_required
@require_safe
def contact_list(request):
    me = request.user
    contacts = Contact.objects.filter(owner=me).select_related("other__school", "other__country")
    pending = ContactRequest.objects.pending()
    return render(
        request,
        "contacts/list.html",
        {
            "listing": Listing(request, contacts.order_by(*by_name("other__")), CONTACTS_PER_PAGE),
            "received": pending.filter(recipient=me).select_related("sender__school", "sender__country"),
            "sent": pending.filter(sender=me).select_related("recipient__school", "recipient__country"),
        },
    )


@validated_teacher_required
def send_request(request, pk):
    teacher = validated_teacher_or_404(pk)
    between = relation(request.user, teacher)
    refusal = between.request_refusal()
    form = ContactRequestForm(request.POST or None)
    if request.method == "POST" and not refusal and form.is_valid():
        if between.they_asked and accepted_theirs(request.user, teacher):
            name = teacher.display_name
            messages.success(
                request, _("%(name)s had already asked you to be contacts: you are now contacts.") % {"name": name}
            )
            return redirect("contacts:list")
        refusal = create_request(request.user, teacher, form.cleaned_data["note"])
        if not refusal:
            messages.success(request, _("Your request was sent to %(name)s.") % {"name": teacher.display_name})
            return redirect("contacts:list")
    return render(
        request,
        "contacts/request.html",
        {"teacher": teacher, "form": form, "refusal": refusal, "they_asked": between.they_asked},
    )


def create_request(sender, recipient, note):
    """Send the request and notify its recipient; the refusal if the same request was sent meanwhile (the
    database allows one pending request per pair)."""
    try:
        with transaction.atomic():
            contact_request = ContactRequest.objects.create(sender=sender, recipient=recipient, note=note)
    except IntegrityError:
        return str(ALREADY_ASKED)
    notify_contact_request(contact_request)
    return ""


def accepted_theirs(me, teacher):
    """Asking a teacher who already asked you accepts their request: you both want it. False if they
    withdrew it meanwhile (then yours is sent)."""
    theirs = ContactRequest.objects.pending().filter(sender=teacher, recipient=me).first()
    if theirs and theirs.accept():
        notify_acceptance(theirs)
        return True
    return False


def received_request_or_404(request, pk):
    return get_object_or_404(ContactRequest.objects.pending().select_related("sender"), pk=pk, recipient=request.user)


@validated_teacher_required
@require_POST
def accept(request, pk):
    contact_request = received_request_or_404(request, pk)
    if contact_request.accept():
        notify_acceptance(contact_request)
        name = contact_request.sender.display_name
        messages.success(request, _("You and %(name)s are now contacts.") % {"name": name})
    return redirect("contacts:list")


@validated_teacher_required
@require_POST
def decline(request, pk):
    contact_request = received_request_or_404(request, pk)
    if contact_request.answer(RequestStatus.DECLINED):
        name = contact_request.sender.display_name
        messages.success(request, _("You declined the request from %(name)s.") % {"name": name})
    return redirect("contacts:list")


@validated_teacher_required
@require_POST
def withdraw(request, pk):
    contact_request = get_object_or_404(
        ContactRequest.objects.pending().select_related("recipient"), pk=pk, sender=request.user
    )
    if contact_request.answer(RequestStatus.WITHDRAWN):
        name = contact_request.recipient.display_name
        messages.success(request, _("You withdrew your request to %(name)s.") % {"name": name})
    return redirect("contacts:list")


@validated_teacher_required
@require_POST
def remove(request, pk):
    """Stop being contacts with teacher `pk`."""
    contact = get_object_or_404(Contact.objects.select_related("other"), owner=request.user, other=pk)
    Contact.objects.remove(request.user, contact.other)
    messages.success(request, _("%(name)s is no longer your contact.") % {"name": contact.other.display_name})
    return redirect("contacts:list")


def teacher_or_404(pk):
    """Any teacher, validated or not: one may block a teacher whose validation was withdrawn."""
    return get_object_or_404(get_user_model().objects.select_related("school", "country"), pk=pk, role=Role.TEACHER)


@validated_teacher_required
def block(request, pk):
    """A confirmation page (GET) and the block itself (POST)."""
    teacher = teacher_or_404(pk)
    if teacher.pk == request.user.pk:
        messages.error(request, _("You cannot block yourself."))
        return redirect("contacts:list")
    if request.method == "POST":
        Block.objects.block(request.user, teacher)
        messages.success(
            request,
            _("You blocked %(name)s. You can unblock them from your list of blocked teachers.")
            % {"name": teacher.display_name},
        )
        return redirect("contacts:list")
    return render(request, "contacts/block.html", {"teacher": teacher})


@validated_teacher_required
@require_POST
def unblock(request, pk):
    blocked = get_object_or_404(Block.objects.select_related("blocked"), blocker=request.user, blocked=pk)
    blocked.delete()
    messages.success(request, _("You unblocked %(name)s.") % {"name": blocked.blocked.display_name})
    return redirect("contacts:blocked")


@validated_teacher_required
@require_safe
def blocked_list(request):
    blocks = Block.objects.filter(blocker=request.user).select_related("blocked__school", "blocked__country")
    return render(
        request,
        "contacts/blocked.html",
        {"listing": Listing(request, blocks.order_by(*by_name("blocked__")), BLOCKED_PER_PAGE)},
    )
