from wagtail.users.views.users import UserViewSet

from accounts.forms import PortalUserCreationForm, PortalUserEditForm


class PortalUserViewSet(UserViewSet):
    """Settings → Users in the admin, showing and validating the portal's fields. The templates in
    accounts/templates/wagtailusers/users/accounts/user/ add the fields to Wagtail's own forms."""

    def get_form_class(self, for_update=False):
        return PortalUserEditForm if for_update else PortalUserCreationForm
