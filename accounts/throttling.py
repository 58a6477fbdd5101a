"""How django-axes tells log-in attempts apart (see docs/architecture.md, "Users").

- `account_key`: failures count per account, whatever form of its name was typed (any case, the username
  or the e-mail). A name that is no account is normalised the same way, so it is paused just the same and
  the answer never shows whether an account exists.
- `client_address`: the visitor's address, read from X-Forwarded-For only behind `TRUSTED_PROXY_COUNT`
  proxies, so that behind a proxy one visitor cannot pause everyone's log-in.
- `locked_out`: the translated pause page, also for scripts asking for JSON (django-axes' JSON would show
  the account a name was matched to).
"""

import ipaddress
import unicodedata

from axes.helpers import get_cool_off
from django.conf import settings
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

from accounts.models import User

# The length of django-axes' username column.
KEY_MAX_LENGTH = 255


def normalise_login(login):
    """One spelling for every way of typing a name: NFKC, case-folded (`ß` is `ss`), stripped. NFKC runs
    again after case-folding, which can undo it (Unicode's "compatibility caseless" matching)."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", login).casefold()).strip()


def account_key(request, credentials):
    """AXES_USERNAME_CALLABLE: the account's username for any name it logs in with, else the name typed."""
    if credentials:
        login = credentials.get(settings.AXES_USERNAME_FORM_FIELD)
    else:
        login = getattr(request, "data", request.POST).get(settings.AXES_USERNAME_FORM_FIELD)
    if not isinstance(login, str) or not login.strip():
        return None
    # django-axes asks several times per attempt: look the account up once.
    known = request.__dict__.setdefault("_login_account_keys", {})
    if login not in known:
        try:
            name = User.objects.get_by_login(login).get_username()
        except (User.DoesNotExist, User.MultipleObjectsReturned):
            name = login
        known[login] = normalise_login(name)[:KEY_MAX_LENGTH]
    return known[login]


def _address(value):
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    if address.version == 6:
        # An IPv4 client seen through IPv6 is the same client; int() drops a zone (%eth0).
        address = address.ipv4_mapped or ipaddress.IPv6Address(int(address))
    return str(address)


def client_address(request):
    """AXES_CLIENT_IP_CALLABLE: the address the nearest untrusted hop connected from.

    Each trusted proxy appends the address it was reached from to X-Forwarded-For, so behind N proxies the
    visitor is the Nth entry from the right; anything to its left was sent by the visitor and may be forged.
    With no trusted proxy, or a header that is too short or not an address, REMOTE_ADDR is used.
    """
    remote = _address(request.META.get("REMOTE_ADDR", ""))
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if len(hops) >= proxies:
            return _address(hops[-proxies]) or remote
    return remote


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the pause page, saying when to come back, and nothing about the account."""
    response = render(request, settings.AXES_LOCKOUT_TEMPLATE, status=settings.AXES_HTTP_RESPONSE_CODE)
    cool_off = get_cool_off(request)
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    add_never_cache_headers(response)
    return response
