"""The reminder of the day before: every hour, each registered participant of an event that starts
within the next 24 hours, and who has not had the reminder yet, gets it (with the .ics).

Idempotent, and safe with two workers: a registration is claimed by setting its `reminded_at` in the
same UPDATE that checks it is still empty, so only one run notifies each participant, once."""

import datetime

from django.db import transaction
from django.utils import timezone

from core.background import background_task
from online_events.models import Registration, Status
from online_events.registration import tell

REMIND_BEFORE = datetime.timedelta(hours=24)


def due_reminders(now):
    """Seats at events that start within REMIND_BEFORE, are neither cancelled nor hidden, and whose
    participant has not been reminded."""
    return Registration.objects.filter(
        status=Status.REGISTERED,
        reminded_at__isnull=True,
        event__start__gt=now,
        event__start__lte=now + REMIND_BEFORE,
        event__cancelled_at__isnull=True,
        event__hidden_at__isnull=True,
    ).select_related("event", "participant")


@background_task
def send_reminders():
    """Remind the participants due; how many were reminded."""
    now = timezone.now()
    reminded = 0
    for registration in due_reminders(now):
        with transaction.atomic():
            claimed = Registration.objects.filter(pk=registration.pk, reminded_at__isnull=True).update(reminded_at=now)
            if claimed:
                tell(registration, "reminder")
                reminded += claimed
    return reminded
