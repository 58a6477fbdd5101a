"""Schools: one record per school, made by its first teacher at sign-up and validated with that teacher.

Two spellings of one school ("Lycée Victor-Hugo" and "lycee victor hugo") in one town are one school: the
record keeps a matching key of its name and town (`matching_key`), unique per country, and sign-up offers
the schools whose keys are close before it makes a new one (schools.matching)."""

import re

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from languages.folding import fold


class SchoolType(models.TextChoices):
    PRE_PRIMARY = "pre-primary", _("Pre-primary school")
    PRIMARY = "primary", _("Primary school")
    SECONDARY = "secondary", _("Secondary school")
    VOCATIONAL = "vocational", _("Vocational school")
    SPECIAL_NEEDS = "special-needs", _("Special needs school")
    OTHER = "other", _("Other school")


def matching_key(text):
    """Lower case, no accents, no punctuation, single spaces: "Lycée Victor-Hugo" is "lycee victor hugo"."""
    return " ".join(re.sub(r"[\W_]+", " ", fold(text)).split())


class School(models.Model):
    country = models.ForeignKey(
        "countries.Country",
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        related_name="schools",
        help_text=_("The country whose support service validates the school's teachers."),
    )
    name = models.CharField(_("name"), max_length=200, help_text=_("The school's full name, as it writes it."))
    address = models.CharField(_("address"), max_length=300, help_text=_("Street and number."))
    town = models.CharField(_("town"), max_length=100, help_text=_("The town or city of the school."))
    postcode = models.CharField(_("postcode"), max_length=20, help_text=_("The postcode of the school's address."))
    type = models.CharField(
        _("type of school"),
        max_length=20,
        choices=SchoolType.choices,
        help_text=_("By the age of its pupils; a school with several levels chooses the highest."),
    )
    official_number = models.CharField(
        _("official number"),
        max_length=50,
        blank=True,
        help_text=_("The number the country's education authority gives the school, where it gives one."),
    )
    head_name = models.CharField(
        _("head teacher's name"), max_length=150, help_text=_("The head teacher is told that the school is registered.")
    )
    head_email = models.EmailField(
        _("head teacher's e-mail"),
        help_text=_("Their work address: the portal writes to it once, when the school is registered."),
    )
    is_validated = models.BooleanField(
        _("validated"), default=False, help_text=_("Set when the support service validates its first teacher.")
    )
    name_key = models.CharField(max_length=200, editable=False)
    town_key = models.CharField(max_length=100, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The teacher whose registration made this record."),
    )
    head_notified_at = models.DateTimeField(
        _("head teacher told"), null=True, blank=True, help_text=_("The head teacher is told once, by e-mail.")
    )

    class Meta:
        verbose_name = _("school")
        verbose_name_plural = _("schools")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["country", "town_key", "name_key"],
                name="schools_school_one_record_per_school",
                violation_error_message=_("This school is already registered in this town."),
            )
        ]
        indexes = [models.Index(fields=["country", "town_key"], name="schools_country_town")]

    def __str__(self):
        return f"{self.name}, {self.town}"

    def save(self, *args, **kwargs):
        self.set_matching_keys()
        super().save(*args, **kwargs)

    def clean(self):
        # Before Model.full_clean checks the constraints, so that a form hears of a duplicate.
        self.set_matching_keys()

    def set_matching_keys(self):
        self.name_key, self.town_key = self.keys_for(self.name, self.town)

    @staticmethod
    def keys_for(name, town):
        """The matching keys of a school named `name` in `town`, cut to the columns' lengths."""
        return matching_key(name)[:200], matching_key(town)[:100]

    def was_made_by(self, user):
        """Whether `user`'s sign-up made this record (a new school, not one they chose)."""
        return self.created_by_id == user.pk
