"""The e-mail of validation to a new school's head teacher, who has no account (the teacher is told of
the decision by a notification: validation.notices)."""

import logging

from accounts.adapter import send_portal_mail

logger = logging.getLogger(__name__)


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
