"""The e-mails of notifications, one at once or several in a daily digest, in the recipient's language,
each with a one-click unsubscribe link: in its text, and in the List-Unsubscribe headers (RFC 8058),
so that mail programs offer their own "unsubscribe" button."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from accounts.adapter import portal_mail
from core.registry import notices
from notifications.kinds import Kind

UNSUBSCRIBE_SALT = "notifications.unsubscribe"
# What a digest's unsubscribe link stops: every kind the teacher gets in the digest.
DIGEST = "digest"


def unsubscribe_token(user, what):
    """A signed (user, kind or DIGEST) pair: the link works without logging in, for that user only,
    and cannot be made for anyone else without the server's secret key."""
    return signing.dumps([user.pk, str(what)], salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token):
    """(user pk, kind or DIGEST); signing.BadSignature if the token was not made by the portal."""
    user_pk, what = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if what != DIGEST and what not in Kind.values:
        raise signing.BadSignature("Unknown kind")
    return user_pk, what


def absolute(path):
    return settings.BASE_URL + path if path else ""


def footer_context(user, what):
    """The links every e-mail ends with: the recipient's e-mail choices, and unsubscribing."""
    unsubscribe_url = absolute(reverse("notifications:unsubscribe", args=[unsubscribe_token(user, what)]))
    return {
        "choices_url": absolute(reverse("notifications:email_choices")),
        "unsubscribe_url": unsubscribe_url,
        "headers": {"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    }


def notification_email(notification):
    user = notification.recipient
    notice = notices().get(notification.notice)
    with translation.override(user.language):
        footer = footer_context(user, notification.kind)
        context = {
            "text": notification.text,
            "excerpt": notification.excerpt,
            "url": absolute(notification.url),
            "note": notice.note if notice else None,
            "kind": Kind(notification.kind).label,
            **footer,
        }
        message = portal_mail("notifications/email/notification", user, context, headers=footer["headers"])
        for filename, content, mimetype in notice.attachments(notification) if notice and notice.attachments else ():
            message.attach(filename, content, mimetype)
    return message


def digest_email(user, notifications):
    with translation.override(user.language):
        footer = footer_context(user, DIGEST)
        items = [{"text": notification.text, "url": absolute(notification.url)} for notification in notifications]
        context = {"items": items, "count": len(items), **footer}
        return portal_mail("notifications/email/digest", user, context, headers=footer["headers"])
