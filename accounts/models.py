"""One user model for everyone who logs in: teachers, pupils and editors.

- Teachers log in with their e-mail (or username), belong to a country and wait for validation by
  their country's support organisation before they can use Live.
- Pupils have a username only, never an e-mail; they are made by the teachers of one project, and
  TwinSpace links them to it (a pupil's project membership lives with the project, not here).
- Editors work in the Wagtail admin: central editors have no country, national editors have one.
"""

import datetime

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from languages.codes import DEFAULT_LANGUAGE, LANGUAGES

# How a deleted account's posts and messages are signed, and the start of its username ("former-<pk>"),
# which no one else may take (accounts.forms).
FORMER_MEMBER = _("Former member")
ERASED_USERNAME_PREFIX = "former-"
# `suspended_until` of an account suspended for good.
SUSPENDED_FOR_GOOD = datetime.datetime(9999, 12, 31, tzinfo=datetime.UTC)


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

    # Moderation (moderation app): a suspended account cannot log in, and its sessions end, until
    # `suspended_until` (SUSPENDED_FOR_GOOD: never again); the reason is what the teacher is told.
    suspended_until = models.DateTimeField(
        _("suspended until"),
        null=True,
        blank=True,
        help_text=_("Set by moderators: the teacher cannot log in until then. Empty: not suspended."),
    )
    suspension_reason = models.TextField(
        _("reason for the suspension"),
        blank=True,
        help_text=_("What the suspended teacher is told when they try to log in."),
    )
    # When the teacher deleted their account (privacy app): the row stays, emptied of personal data, so
    # that what they wrote in shared threads stays as "former member".
    erased_at = models.DateTimeField(_("deleted"), null=True, blank=True, editable=False)

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
        if self.erased_at:
            return str(FORMER_MEMBER)
        return self.get_full_name() or self.get_username()

    @property
    def is_suspended(self):
        return self.suspended_until is not None and self.suspended_until > timezone.now()

    @property
    def is_validated_teacher(self):
        return self.is_teacher and self.validation_status == ValidationStatus.VALIDATED
