"""The participating countries. The list is data: editors add countries as they join and record
when one joined or left. Names are translated into every portal language (django-modeltranslation)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from portal.panels import TranslatedFieldPanel


class SupportType(models.TextChoices):
    NSS = "nss", _("National Support Service")
    PSA = "psa", _("Partner Support Agency")


class Country(models.Model):
    iso2 = models.CharField(
        _("ISO code"),
        max_length=2,
        unique=True,
        help_text=_("ISO 3166-1 alpha-2 code in capitals, for example FR."),
    )
    name = models.CharField(_("name"), max_length=100)
    support_type = models.CharField(
        _("support organisation type"),
        max_length=3,
        choices=SupportType.choices,
        default=SupportType.NSS,
        help_text=_("European countries have a National Support Service, partner countries a Partner Support Agency."),
    )
    joined_on = models.DateField(_("joined on"), null=True, blank=True)
    left_on = models.DateField(
        _("left on"), null=True, blank=True, help_text=_("Leave empty while the country takes part.")
    )

    panels = [
        FieldPanel("iso2"),
        TranslatedFieldPanel("name"),
        FieldPanel("support_type"),
        FieldPanel("joined_on"),
        FieldPanel("left_on"),
    ]

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.iso2 = self.iso2.upper()
        super().save(*args, **kwargs)
