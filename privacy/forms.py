"""The form that deletes a teacher's account: their password and an explicit confirmation.

The password is checked with django.contrib.auth.authenticate(), as a log-in is, so wrong passwords
count towards the same pause as failed log-ins (django-axes, accounts.throttling): the form cannot be
used to guess the password of a session left open."""

from django import forms
from django.contrib.auth import authenticate
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Type your password to delete your account.")},
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and my personal data will be deleted, and that this cannot be undone."),
        error_messages={"required": _("Tick the box to confirm that you want to delete your account.")},
    )

    def __init__(self, request, *args, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        user = self.request.user
        checked = authenticate(self.request, username=user.get_username(), password=password)
        if checked is None or checked.pk != user.pk:
            raise ValidationError(
                _("This is not your password. Nothing was deleted: type it again."), code="wrong_password"
            )
        return password
