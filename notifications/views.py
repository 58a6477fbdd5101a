"""/<lang>/live/notifications/: a teacher's notifications, marking them read, and their choice of
e-mails; and the unsubscribe link of the e-mails, which works without logging in.

Notifications are a teacher's own, validated or not (a teacher waiting for validation is told its
result): another teacher's notification is a 404. Marking read changes state, so it is a POST, except
opening a notification, which marks it read on the way to what it is about."""

from django.contrib import messages
from django.core import signing
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts.access import teacher_required
from accounts.models import User
from core.listing import Listing
from notifications.emails import DIGEST, read_unsubscribe_token
from notifications.forms import EmailChoicesForm
from notifications.kinds import Frequency, Kind
from notifications.models import EmailChoice, Notification, frequencies_of

NOTIFICATIONS_PER_PAGE = 20


@teacher_required
@require_safe
def notification_list(request):
    notifications = Notification.objects.filter(recipient=request.user).order_by("-created_at", "-pk")
    listing = Listing(request, notifications, NOTIFICATIONS_PER_PAGE)
    has_unread = notifications.unread().exists()
    return render(request, "notifications/list.html", {"listing": listing, "has_unread": has_unread})


def own_notification(request, pk):
    return get_object_or_404(Notification, pk=pk, recipient=request.user)


@teacher_required
@require_safe
def open_notification(request, pk):
    """Marks it read and goes to what it is about (or back to the list if that has gone)."""
    notification = own_notification(request, pk)
    mark_read_now(Notification.objects.filter(pk=notification.pk))
    return redirect(notification.url or "notifications:list")


@teacher_required
@require_POST
def mark_read(request, pk):
    notification = own_notification(request, pk)
    mark_read_now(Notification.objects.filter(pk=notification.pk))
    return redirect_back_to_list(request, f"#notification-{notification.pk}")


@teacher_required
@require_POST
def mark_all_read(request):
    count = mark_read_now(Notification.objects.filter(recipient=request.user))
    if count:
        messages.success(request, _("All your notifications are marked as read."))
    return redirect_back_to_list(request)


def mark_read_now(notifications):
    """Mark the unread ones read; how many were."""
    return notifications.unread().update(read_at=timezone.now())


def redirect_back_to_list(request, anchor=""):
    """The page of the list the form was on (a page number only, never an address from the form)."""
    page = request.POST.get("page", "")
    query = f"?page={page}" if page.isascii() and page.isdigit() and page != "1" else ""
    return redirect(f"{reverse('notifications:list')}{query}{anchor}")


@teacher_required
@require_http_methods(["GET", "HEAD", "POST"])
def email_choices(request):
    form = EmailChoicesForm(
        request.POST if request.method == "POST" else None, user=request.user, frequencies=frequencies_of(request.user)
    )
    if form.is_valid():
        form.save()
        messages.success(request, _("Your choice of e-mails is saved."))
        return redirect("notifications:email_choices")
    return render(request, "notifications/email_choices.html", {"form": form})


@csrf_exempt  # the signed token is the proof; mail programs POST here without a form (RFC 8058)
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """One click in an e-mail stops the e-mails of its kind (in a digest: the digest). The page says
    so and offers to undo it; the token names the account, so no log-in is needed. Undoing is a POST
    with `undo` set to the choice to go back to."""
    try:
        user_pk, what = read_unsubscribe_token(token)
    except signing.BadSignature:
        return render(request, "notifications/unsubscribe_invalid.html", status=400)
    user = get_object_or_404(User, pk=user_pk, is_active=True)
    frequencies = frequencies_of(user)
    if what == DIGEST:
        kinds = [kind for kind, frequency in frequencies.items() if frequency == Frequency.DAILY]
        previous = Frequency.DAILY
    else:
        kinds = [Kind(what)]
        previous = frequencies[Kind(what)]
    undo = request.POST.get("undo") if request.method == "POST" else None
    back_to = Frequency(undo) if undo in Frequency.values and undo != Frequency.NEVER else None
    if back_to is None:
        set_frequency(user, kinds, Frequency.NEVER)
    else:
        kinds = [Kind(kind) for kind in request.POST.getlist("kind") if kind in Kind.values]
        set_frequency(user, kinds, back_to)
    context = {
        "token": token,
        "kinds": kinds,
        "undone": back_to,
        "previous": previous if previous != Frequency.NEVER else None,
    }
    return render(request, "notifications/unsubscribed.html", context)


def set_frequency(user, kinds, frequency):
    for kind in kinds:
        EmailChoice.objects.update_or_create(user=user, kind=kind, defaults={"frequency": frequency})
