"""The privacy app's own personal data: a warning that the account would be deleted for inactivity."""

from django.utils.translation import gettext_lazy as _

from privacy.models import RetentionWarning

LABELS = {"inactivity_warning": _("Warned that your account would be deleted for inactivity")}


def export(user):
    return {
        "inactivity_warning": RetentionWarning.objects.filter(user=user).values_list("warned_at", flat=True).first()
    }


def erase(user):
    RetentionWarning.objects.filter(user=user).delete()
