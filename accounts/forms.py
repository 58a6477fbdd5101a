"""The Wagtail admin's user forms, with the portal's own fields (role, country, validation)."""

from wagtail.users.forms import UserCreationForm, UserEditForm

PORTAL_FIELDS = {"role", "country", "validation_status"}


class PortalUserCreationForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | PORTAL_FIELDS


class PortalUserEditForm(UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | PORTAL_FIELDS
