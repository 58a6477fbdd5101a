"""Deleting a teacher's account: every app erases its personal data (its `personal_data.erase`), then the
account's row is emptied, all in one transaction, so that an erasure that fails half-way leaves the
account whole.

The row stays, with nothing left that names the person: what they wrote in shared threads (forum
posts and replies, messages to other teachers) keeps an author, shown as "Former member"
(accounts.User.display_name reads `erased_at`). The account can never log in again (no usable password,
inactive, no e-mail address) and is no longer a validated teacher, so no Live page lists it, shows its
profile or lets anyone ask or write to it."""

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from accounts.models import ERASED_USERNAME_PREFIX, User, ValidationStatus
from core.registry import personal_data_modules


def erase_account(user):
    with transaction.atomic():
        for _config, module in personal_data_modules():
            module.erase(user)
        empty_account(user)


def empty_account(user):
    """The anonymous row, written with an UPDATE: saving the account would make its Live profile again
    (live.signals gives every teacher's account one)."""
    values = {
        "erased_at": timezone.now(),
        "username": f"{ERASED_USERNAME_PREFIX}{user.pk}",
        "first_name": "",
        "last_name": "",
        "email": "",
        "password": make_password(None),
        "is_active": False,
        "school": None,
        "validation_status": ValidationStatus.WAITING,
    }
    User.objects.filter(pk=user.pk).update(**values)
    for name, value in values.items():
        setattr(user, name, value)
