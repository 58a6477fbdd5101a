"""The e-mails of validation (to the teacher, with the decision; to a new school's head teacher), and
the absolute links they carry, in the recipient's language."""

import logging

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from accounts.adapter import send_portal_mail

logger = logging.getLogger(__name__)


def link_in_language(language, view_name):
    with translation.override(language):
        return settings.BASE_URL + reverse(view_name)


def mail_sent(template_prefix, recipient, context):
    """Send the e-mail; False, and the failure in the log, when the mail server refuses it or does not
    answer (within EMAIL_TIMEOUT): what the e-mail tells of is done all the same, and shown on the
    portal."""
    try:
        send_portal_mail(template_prefix, recipient, context)
    except OSError:  # smtplib's errors included
        logger.exception("The e-mail %s to %s could not be sent.", template_prefix, recipient)
        return False
    return True
