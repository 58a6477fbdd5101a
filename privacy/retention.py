"""Deleting the accounts of teachers who no longer use the portal, when a deployment asks for it
(docs/privacy.md, "Inactive accounts").

With INACTIVE_ACCOUNT_RETENTION_DAYS set (0, the default, keeps every account), a teacher who has not
been seen for that many days (no log-in, no Live page: the latest of the last log-in, the last activity
in Live and the registration) gets an e-mail saying their account will be deleted unless they log in;
INACTIVE_ACCOUNT_WARNING_DAYS after that warning, if they still have not come back, their account is
erased as if they had deleted it themselves (privacy.erasure). A teacher who comes back loses the
warning, and is warned afresh if they ever go quiet again.

`apply_retention` is idempotent: run it twice, and nobody is warned twice or erased early. It runs
daily in the worker (privacy.tasks) and from `manage.py erase_inactive_accounts`."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils import timezone, translation

from accounts.adapter import send_portal_mail
from accounts.models import Role, User
from privacy.erasure import erase_account
from privacy.models import RetentionWarning


def retention_days():
    """Days without activity before a teacher is warned; 0: accounts are kept."""
    return settings.INACTIVE_ACCOUNT_RETENTION_DAYS


def warning_days():
    """Days between the warning and the erasure."""
    return settings.INACTIVE_ACCOUNT_WARNING_DAYS


@dataclass
class Outcome:
    warned: list = field(default_factory=list)
    erased: list = field(default_factory=list)


def inactive_teachers(now):
    """Teachers' accounts not deleted and not seen for the retention period."""
    last_seen = Greatest(
        Coalesce("last_login", "date_joined"), Coalesce("profile__last_active_at", "last_login", "date_joined")
    )
    return (
        User.objects.filter(role=Role.TEACHER, erased_at__isnull=True)
        .annotate(last_seen=last_seen)
        .filter(last_seen__lt=now - datetime.timedelta(days=retention_days()))
    )


def apply_retention(now=None, dry_run=False):
    """Warn the inactive teachers not yet warned, erase those warned long enough ago; with `dry_run`,
    only say who would be. Returns the Outcome (the accounts, as they were before erasure)."""
    outcome = Outcome()
    if not retention_days():
        return outcome
    now = now or timezone.now()
    inactive = inactive_teachers(now)
    outcome.warned = list(inactive.filter(retention_warning__isnull=True).order_by("pk"))
    warned_long_ago = now - datetime.timedelta(days=warning_days())
    outcome.erased = list(inactive.filter(retention_warning__warned_at__lte=warned_long_ago).order_by("pk"))
    if dry_run:
        return outcome
    # Teachers who came back since their warning are no longer inactive: their warning no longer holds.
    RetentionWarning.objects.exclude(user__in=inactive.values("pk")).delete()
    for user in outcome.warned:
        warn(user, now)
    for user in outcome.erased:
        erase_account(user)
    return outcome


def warn(user, now):
    """E-mail the teacher, then record the warning (an e-mail that fails is tried again next time)."""
    if user.email:
        send_portal_mail(
            "privacy/email/inactive_account",
            user,
            {
                "name": user.display_name,
                "login_url": login_url(user),
                "erased_on": (now + datetime.timedelta(days=warning_days())).date(),
                "warning_days": warning_days(),
            },
        )
    RetentionWarning.objects.update_or_create(user=user, defaults={"warned_at": now})


def login_url(user):
    with translation.override(user.language):
        return settings.BASE_URL + reverse("account_login")
