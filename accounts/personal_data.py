"""The account's personal data (privacy app): what it says about the teacher, and on erasure the e-mail
addresses and two-factor secrets kept beside it. The account's row itself is emptied last, by
privacy.erasure, once every app has erased its own data."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.utils.translation import gettext_lazy as _

LABELS = {
    "username": _("Username"),
    "first_name": _("First name"),
    "last_name": _("Last name"),
    "email": _("E-mail address"),
    "email_addresses": _("E-mail addresses"),
    "verified": _("Verified"),
    "primary": _("Main address"),
    "role": _("Role"),
    "country": _("Country"),
    "school": _("School"),
    "name": _("Name"),
    "town": _("Town"),
    "language": _("Preferred language"),
    "validation_status": _("Validation"),
    "date_joined": _("Registered"),
    "last_login": _("Last log-in"),
    "two_factor_methods": _("Two-factor authentication"),
}


def export(user):
    school = user.school
    return {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "role": user.get_role_display(),
        "country": user.country.name if user.country else "",
        "school": {"name": school.name, "town": school.town} if school else None,
        "language": user.get_language_display(),
        "validation_status": user.get_validation_status_display(),
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "two_factor_methods": [
            authenticator.get_type_display() for authenticator in Authenticator.objects.filter(user=user).order_by("pk")
        ],
    }


def erase(user):
    """The addresses allauth keeps (a deleted account must not block the address, nor receive e-mails)
    and the two-factor secrets and recovery codes."""
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
