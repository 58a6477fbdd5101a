"""How the other apps notify a teacher: `notify(recipient, "groups.invited", ...)`.

The notification is recorded at once (the bell counts it); its e-mail follows the recipient's choice
for its kind: a background task sends it at once, the daily digest takes it, or there is none."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.utils import timezone

from core.registry import notices
from notifications.kinds import DEFAULT_FREQUENCY, Frequency
from notifications.models import EmailChoice, EmailStatus, Notification, can_be_emailed
from notifications.tasks import send_notification_email

EMAIL_STATUS = {
    Frequency.IMMEDIATELY: EmailStatus.PENDING,
    Frequency.DAILY: EmailStatus.DIGEST,
    Frequency.NEVER: EmailStatus.NONE,
}


def frequency_for(user, kind):
    chosen = EmailChoice.objects.filter(user=user, kind=kind).values_list("frequency", flat=True).first()
    return Frequency(chosen or DEFAULT_FREQUENCY[kind])


# False while notifications are recorded without e-mails (`emails_suppressed`).
_emailing = ContextVar("notifications_emailing", default=True)


@contextmanager
def emails_suppressed():
    """Notifications made meanwhile are recorded, never e-mailed: the demo data's, which tell of
    things that did not really happen to anyone's inbox."""
    token = _emailing.set(False)
    try:
        yield
    finally:
        _emailing.reset(token)


def notify(recipient, notice, *, params=None, excerpt="", url_name="", url_args=()):
    """Tell `recipient` (a user) what the notice `notice` ("<app label>.<name>") says, filled in with
    `params` (plain-text values); `excerpt` is quoted in the e-mail, and `url_name` with `url_args` is
    the page the notification leads to. Returns the notification."""
    kind = notices()[notice].kind
    emailed = _emailing.get() and can_be_emailed(recipient)
    email_status = EMAIL_STATUS[frequency_for(recipient, kind)] if emailed else EmailStatus.NONE
    now = timezone.now()
    notification = Notification.objects.create(
        recipient=recipient,
        notice=notice,
        kind=kind,
        params=params or {},
        excerpt=excerpt,
        url_name=url_name,
        url_args=list(url_args),
        created_at=now,
        email_status=email_status,
        email_due_at=now if email_status == EmailStatus.PENDING else None,
    )
    if email_status == EmailStatus.PENDING:
        send_notification_email.enqueue(notification.pk)
    return notification
