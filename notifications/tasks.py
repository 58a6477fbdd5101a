"""The background tasks that send notifications' e-mails (core.background).

- `send_notification_email`: one notification's e-mail, at once. A failure is recorded on the
  notification and tried again later (RETRY_DELAYS); the task itself fails, so that the worker's log
  and the task's result show the error.
- `send_overdue_emails` (hourly): every e-mail still to send whose time has come, whatever became of
  its task: a worker stopped in the middle of it, a retry that could not be scheduled.
- `send_daily_digests` (daily): each teacher's notifications waiting for the digest, in one e-mail.

Sending and then recording it cannot be one transaction: a crash in between sends the e-mail again on
the next try. Teachers may get an e-mail twice; they never miss one."""

import datetime
import logging

from django.core.mail import get_connection
from django.utils import timezone

from core.background import background_task, enqueue_later
from notifications.emails import digest_email, notification_email
from notifications.models import EmailStatus, Notification, can_be_emailed

logger = logging.getLogger(__name__)

# How long after each failed try the next one comes; after the last, the e-mail is given up (and logged).
RETRY_DELAYS = [datetime.timedelta(minutes=minutes) for minutes in (1, 5, 30, 120, 360, 720, 1440)]
# Digests are sent over one connection per batch of recipients, read in batches of this size.
DIGEST_BATCH = 500


@background_task
def send_notification_email(notification_id):
    notification = (
        Notification.objects.select_related("recipient")
        .filter(pk=notification_id, email_status=EmailStatus.PENDING)
        .first()
    )
    if notification is None:  # sent meanwhile (by the sweep), or the account was deleted
        return
    try:
        notification_email(notification).send()
    except Exception:
        schedule_retry(notification)
        raise
    Notification.objects.filter(pk=notification.pk).update(email_status=EmailStatus.SENT, emailed_at=timezone.now())


def schedule_retry(notification):
    """Record a failed try: the next one is due after the next delay, or the e-mail is given up."""
    attempts = notification.email_attempts + 1
    if attempts > len(RETRY_DELAYS):
        logger.error("Giving up the e-mail of notification %s after %s tries.", notification.pk, attempts)
        Notification.objects.filter(pk=notification.pk).update(email_status=EmailStatus.FAILED, email_attempts=attempts)
        return
    due_at = timezone.now() + RETRY_DELAYS[attempts - 1]
    Notification.objects.filter(pk=notification.pk).update(email_attempts=attempts, email_due_at=due_at)
    enqueue_later(send_notification_email, due_at, notification.pk)


@background_task
def send_overdue_emails():
    """E-mails due for more than a few minutes: their task is lost or could not be deferred."""
    late = timezone.now() - datetime.timedelta(minutes=10)
    for notification_id in Notification.objects.overdue_emails(late).values_list("pk", flat=True).iterator():
        send_notification_email.enqueue(notification_id)


@background_task
def send_daily_digests():
    """One e-mail per teacher with the notifications waiting for the digest. Idempotent: each
    teacher's notifications are marked sent with their e-mail, so a second run finds nothing."""
    return send_digests()


def send_digests(batch=DIGEST_BATCH):
    """Send the digests, `batch` teachers at a time over one mail connection; the number sent."""
    recipients = (
        Notification.objects.filter(email_status=EmailStatus.DIGEST)
        .order_by("recipient_id")
        .values_list("recipient_id", flat=True)
        .distinct()
    )
    sent = 0
    after = 0
    while True:
        ids = list(recipients.filter(recipient_id__gt=after)[:batch])
        if not ids:
            return sent
        sent += send_digest_batch(ids)
        after = ids[-1]


def send_digest_batch(recipient_ids):
    """The digests of these teachers over one connection, recorded as sent with one UPDATE at the end
    (a crash before it sends them again tomorrow: twice, never none)."""
    waiting = (
        Notification.objects.filter(recipient_id__in=recipient_ids, email_status=EmailStatus.DIGEST)
        .select_related("recipient")
        .order_by("recipient_id", "created_at", "pk")
    )
    by_recipient = {}
    for notification in waiting:
        by_recipient.setdefault(notification.recipient, []).append(notification)
    # Notifications made while the batch is sent have higher keys: they wait for tomorrow's digest.
    last_read = max((notification.pk for notification in waiting), default=0)
    sent, unreachable = [], []
    with get_connection() as connection:
        for recipient, notifications in by_recipient.items():
            if not can_be_emailed(recipient):  # closed since
                unreachable.append(recipient.pk)
            elif digest_sent(connection, recipient, notifications):
                sent.append(recipient.pk)
    mark(unreachable, last_read, EmailStatus.NONE)
    mark(sent, last_read, EmailStatus.SENT, emailed_at=timezone.now())
    return len(sent)


def digest_sent(connection, recipient, notifications):
    """Whether it went out; a failure is logged and leaves them for tomorrow's digest."""
    message = digest_email(recipient, notifications)
    message.connection = connection
    try:
        message.send()
    except Exception:
        logger.exception("The daily digest to %s could not be sent; it will be in tomorrow's.", recipient.pk)
        return False
    return True


def mark(recipient_ids, last_read, status, **changes):
    """Record the digest of these teachers' notifications read (up to key `last_read`)."""
    Notification.objects.filter(
        recipient_id__in=recipient_ids, email_status=EmailStatus.DIGEST, pk__lte=last_read
    ).update(email_status=status, **changes)
