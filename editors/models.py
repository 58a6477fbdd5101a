"""Editorial teams: the Django groups through which the central team, the 44 national teams and
the translators get their rights in the admin.

A team is a group with a meaning the code can ask about: "the editors of France", "the translators
into German". Rights are still plain Wagtail permissions on the group (page, collection and model
permissions, see editors.teams); the team only says whom they are for, so that a country or a
language added later gets its groups by the same rules, with no code change.
"""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale


class TeamRole(models.TextChoices):
    CENTRAL = "central", _("Central editors")
    EDITORS = "editors", _("Editors")
    MODERATORS = "moderators", _("Moderators")
    TRANSLATORS = "translators", _("Translators")


class Team(models.Model):
    group = models.OneToOneField(
        Group,
        verbose_name=_("group"),
        on_delete=models.CASCADE,
        related_name="team",
        help_text=_("The group whose members form the team; its permissions are set by the team's rules."),
    )
    role = models.CharField(
        _("role"),
        max_length=16,
        choices=TeamRole.choices,
        help_text=_("Editors write and submit, moderators approve, translators translate into one language."),
    )
    country = models.ForeignKey(
        "countries.Country",
        verbose_name=_("country"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="teams",
        help_text=_("The country whose national section an editors' or moderators' team works on."),
    )
    locale = models.ForeignKey(
        Locale,
        verbose_name=_("language"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="teams",
        help_text=_("The language a translators' team translates into."),
    )

    class Meta:
        verbose_name = _("editorial team")
        verbose_name_plural = _("editorial teams")
        constraints = [
            models.UniqueConstraint(fields=["role", "country"], name="editors_team_one_per_country_and_role"),
            models.UniqueConstraint(fields=["role", "locale"], name="editors_team_one_per_language_and_role"),
            models.CheckConstraint(
                condition=(
                    models.Q(role="central", locale__isnull=True, country__isnull=True)
                    | models.Q(role="translators", locale__isnull=False, country__isnull=True)
                    | models.Q(role__in=["editors", "moderators"], country__isnull=False, locale__isnull=True)
                ),
                name="editors_team_country_or_language",
                violation_error_message=_(
                    "A translators' team has a language, a national team a country, the central team neither."
                ),
            ),
        ]

    def __str__(self):
        return self.group.name
