"""Steps the account tests share: logging in and signing up through the portal's own forms."""

import re

from django.conf import settings


def log_in(client, login, password=None, language="en", **extra):
    """Post the portal's log-in form (allauth's, with the portal's rules)."""
    data = {"login": login, "password": settings.DEMO_PASSWORD if password is None else password}
    return client.post(f"/{language}/accounts/login/", data, **extra)


def is_logged_in(client):
    return "_auth_user_id" in client.session


def link_in(message, pattern):
    """The first link of the e-mail's text part that matches `pattern` (a regular expression)."""
    return re.search(rf"https?://\S*{pattern}\S*", message.body).group(0)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)
