"""What the privacy app keeps: when an inactive teacher was warned that their account would be deleted
(privacy.retention). A teacher who comes back loses the warning; one who does not is erased once the
warning is old enough."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class RetentionWarning(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("teacher"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="retention_warning",
    )
    warned_at = models.DateTimeField(_("warned"))

    class Meta:
        verbose_name = _("warning before deletion")
        verbose_name_plural = _("warnings before deletion")

    def __str__(self):
        return f"{self.user} ({self.warned_at:%Y-%m-%d})"
