"""Suspended accounts (decided by a moderator, the moderation app): a suspended teacher cannot log in,
and is told why and until when; a teacher logged in when suspended is logged out at their next request.

- Log-in: django-allauth asks its adapter's `pre_login` before logging anyone in; the portal's adapter
  answers with `suspended_login_response`, the page saying why, and nobody is logged in.
- Sessions: `SuspensionMiddleware` logs out a suspended user on their next request, whatever the page
  (the admin's too), and answers with the same page. Sessions are not looked up in the database: the
  middleware reads `request.user`, which the request loads anyway, so it costs no query.

An account is suspended while `User.suspended_until` is in the future (`SUSPENDED_FOR_GOOD`: always); the
reason is what the teacher reads."""

import datetime

from allauth.account.internal.stagekit import clear_login
from django.contrib.auth import logout
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import SUSPENDED_FOR_GOOD
from languages.dates import format_datetime

# The periods a moderator chooses from, in days; None is "for good".
SUSPENSION_DAYS = (7, 30, 90, None)


def suspension_end(days, now=None):
    """When a suspension of `days` days (None: for good) that starts now ends."""
    if days is None:
        return SUSPENDED_FOR_GOOD
    return (now or timezone.now()) + datetime.timedelta(days=days)


def suspend(user, until, reason):
    """Suspend `user` until `until`, telling them `reason`. Their sessions end at their next request."""
    user.suspended_until = until
    user.suspension_reason = reason
    user.save(update_fields=["suspended_until", "suspension_reason"])


def suspension_message(user):
    """What a suspended teacher reads, in the current language."""
    if user.suspended_until >= SUSPENDED_FOR_GOOD:
        text = _("Your account was suspended by a moderator, for good. The reason: %(reason)s")
    else:
        text = _("Your account was suspended by a moderator until %(date)s. The reason: %(reason)s")
    return text % {"date": format_datetime(user.suspended_until), "reason": user.suspension_reason}


def suspended_page(request, user):
    context = {"title": _("Your account is suspended"), "message": suspension_message(user)}
    return render(request, "accounts/refused.html", context, status=403)


def suspended_login_response(request, user):
    """For the account adapter's `pre_login`: the page saying why a suspended account may not log in,
    with allauth's log-in in progress forgotten, or None for an account that may log in."""
    if not user.is_suspended:
        return None
    clear_login(request)
    return suspended_page(request, user)


class SuspensionMiddleware:
    """Logs out a suspended user at their next request and tells them why. After AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and user.is_suspended:
            logout(request)
            return suspended_page(request, user)
        return self.get_response(request)
