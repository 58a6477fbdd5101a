"""One user model for everyone who logs in: teachers, pupils and editors.

- Teachers log in with their e-mail (or username), belong to a country and wait for validation by
  their country's support organisation before they can use Live.
- Pupils have a username only, never an e-mail; they are made by the teachers of one project, and
  TwinSpace links them to it (a pupil's project membership lives with the project, not here).
- Editors work in the Wagtail admin: central editors have no country, national editors have one.
"""

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from languages.codes import DEFAULT_LANGUAGE, LANGUAGES


class Role(models.TextChoices):
    TEACHER = "teacher", _("Teacher")
    PUPIL = "pupil", _("Pupil")
    EDITOR = "editor", _("Editor")


class ValidationStatus(models.TextChoices):
    WAITING = "waiting", _("Waiting for validation")
    VALIDATED = "validated", _("Validated")
    REJECTED = "rejected", _("Rejected")


class PortalUserManager(UserManager):
    def get_by_login(self, login):
        """The account a log-in name points at: its username, or for teachers and editors its e-mail."""
        login = login.strip()
        if "@" in login:
            return self.exclude(role=Role.PUPIL).get(email__iexact=login)
        return self.get(username__iexact=login)


class User(AbstractUser):
    role = models.CharField(
        _("role"),
        max_length=16,
        choices=Role.choices,
        default=Role.TEACHER,
        help_text=_("Teachers use Live, pupils only their project's TwinSpace, editors the admin."),
    )
    country = models.ForeignKey(
        "countries.Country",
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
        help_text=_("A teacher's school country, or a national editor's country. Empty for central editors."),
    )
    validation_status = models.CharField(
        _("validation status"),
        max_length=16,
        choices=ValidationStatus.choices,
        default=ValidationStatus.WAITING,
        help_text=_("Set by the support organisation of the teacher's country."),
    )

    school = models.ForeignKey(
        "schools.School",
        verbose_name=_("school"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="teachers",
        help_text=_("A teacher's school; changing it sends the account back to validation."),
    )
    language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=LANGUAGES,
        default=DEFAULT_LANGUAGE,
        help_text=_("The language of the e-mails the portal sends, and of the interface after log-in."),
    )

    objects = PortalUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            # One person, one profile: an e-mail address belongs to one account.
            models.UniqueConstraint(
                Lower("email"),
                condition=~models.Q(email=""),
                name="accounts_user_unique_email",
                violation_error_message=_("An account with this e-mail address already exists."),
            ),
            models.CheckConstraint(
                condition=~models.Q(role="pupil") | models.Q(email=""),
                name="accounts_user_pupil_has_no_email",
                violation_error_message=_("Pupils' accounts have no e-mail address."),
            ),
            models.CheckConstraint(
                condition=~models.Q(role="teacher") | models.Q(country__isnull=False),
                name="accounts_user_teacher_has_country",
                violation_error_message=_("A teacher's account needs a country."),
            ),
        ]

    @property
    def is_teacher(self):
        return self.role == Role.TEACHER

    @property
    def is_pupil(self):
        return self.role == Role.PUPIL

    @property
    def display_name(self):
        return self.get_full_name() or self.get_username()

    @property
    def is_validated_teacher(self):
        return self.is_teacher and self.validation_status == ValidationStatus.VALIDATED
