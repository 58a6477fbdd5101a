"""The portal's account forms: the admin's user forms with the portal's fields (role, country,
validation), the teachers' log-in and sign-up (django-allauth's, with the portal's rules), and the
account's preferences."""

from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from accounts.models import ERASED_USERNAME_PREFIX, User
from countries.models import Country
from languages.codes import LANGUAGES, native_name

PORTAL_FIELDS = {"role", "country", "validation_status"}


def refuse_reserved_username(username):
    """Deleted accounts are renamed "former-<pk>" (privacy.erasure): a name like it, taken beforehand,
    would make a deletion fail."""
    if username.lower().startswith(ERASED_USERNAME_PREFIX):
        raise ValidationError(
            _("Usernames starting with “%(prefix)s” are reserved.") % {"prefix": ERASED_USERNAME_PREFIX},
            code="reserved",
        )
    return username


class PortalUserCreationForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | PORTAL_FIELDS

    def clean_username(self):
        return refuse_reserved_username(self.cleaned_data["username"])


class PortalUserEditForm(UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | PORTAL_FIELDS


class LanguageSelect(forms.Select):
    """Each language named in itself and marked with its `lang`, so that a screen reader says
    "Deutsch" as a German speaker would."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
        return option


def language_field():
    return forms.ChoiceField(
        label=_("Preferred language"),
        # The stored choices (languages.codes.LANGUAGES): a language switched on by EXTRA_LANGUAGES only is
        # not one an account can keep.
        choices=[(code, native_name(code)) for code, _name in LANGUAGES],
        widget=LanguageSelect,
        help_text=_("For the e-mails we send you, and for Live after you log in."),
    )


class LoginForm(AllauthLoginForm):
    """Teachers and editors log in here; pupils are sent to their project's pupil log-in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        login = self.fields["login"]
        login.label = _("Username or e-mail address")
        # The label says it; a placeholder repeating it would vanish as soon as one types.
        login.widget.attrs.pop("placeholder", None)
        login.widget.attrs["autocomplete"] = "username"
        self.fields["password"].widget.attrs.pop("placeholder", None)

    def clean(self):
        cleaned_data = super().clean()
        if getattr(self, "user", None) is not None and self.user.is_pupil:
            # Raised after the password was checked: only the pupil who knows it learns that the
            # account is a pupil's.
            raise ValidationError(
                _(
                    "This log-in is for teachers. Pupils log in on their project's pupil log-in page; "
                    "ask your teacher for its address."
                ),
                code="pupil",
            )
        return cleaned_data


class SignupForm(AllauthSignupForm):
    """A teacher's sign-up: names, e-mail, username, the country of their school, the preferred
    language and a password. The school is chosen after the e-mail is confirmed (validation app)."""

    first_name = forms.CharField(
        label=_("First name"), max_length=150, widget=forms.TextInput({"autocomplete": "given-name"})
    )
    last_name = forms.CharField(
        label=_("Last name"), max_length=150, widget=forms.TextInput({"autocomplete": "family-name"})
    )
    country = forms.ModelChoiceField(
        label=_("Country of your school"),
        queryset=Country.objects.none(),
        empty_label=_("Choose a country"),
        error_messages={"invalid_choice": _("Choose one of the countries taking part.")},
    )
    field_order = ["first_name", "last_name", "email", "username", "country", "language", "password1", "password2"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"] = language_field()
        self.fields["language"].initial = get_language()
        self.fields["country"].queryset = Country.objects.filter(left_on__isnull=True).order_by("name")
        self.fields["email"].label = _("E-mail address")
        self.order_fields(self.field_order)
        for field in self.fields.values():
            field.widget.attrs.pop("placeholder", None)

    def clean_username(self):
        username = super().clean_username()
        # A name with "@" is read as an e-mail address at log-in (User.objects.get_by_login).
        if "@" in username:
            raise ValidationError(_("A username cannot contain “@”."), code="invalid")
        return refuse_reserved_username(username)

    def validate_unique_email(self, value):
        email = super().validate_unique_email(value)
        # allauth compares the e-mail of accounts without an allauth address (made in the admin)
        # exactly; the portal's rule is one account per address in any case (accounts_user_unique_email).
        if not self.account_already_exists and User.objects.filter(email__iexact=email).exists():
            self.account_already_exists = True
        return email


class PreferencesForm(forms.ModelForm):
    """What an account holder changes about themselves: their name and preferred language."""

    class Meta:
        model = User
        fields = ["first_name", "last_name", "language"]
        widgets = {
            "first_name": forms.TextInput({"autocomplete": "given-name"}),
            "last_name": forms.TextInput({"autocomplete": "family-name"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = True
        self.fields["last_name"].required = not self.instance.is_pupil
        self.fields["language"] = language_field()
