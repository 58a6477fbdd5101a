"""The account's own pages beside allauth's (the preferences), and the admin's user forms."""

from copy import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from wagtail.users.views.users import UserViewSet

from accounts.forms import PortalUserCreationForm, PortalUserEditForm, PreferencesForm


class PortalUserViewSet(UserViewSet):
    """Settings → Users in the admin, showing and validating the portal's fields. The templates in
    accounts/templates/wagtailusers/users/accounts/user/ add the fields to Wagtail's own forms."""

    def get_form_class(self, for_update=False):
        return PortalUserEditForm if for_update else PortalUserCreationForm


@never_cache
@login_required
def preferences(request):
    """Name and preferred language. After a change of language the page comes back in that language,
    the confirmation too."""
    # A copy: a refused change must not show in the header of the page that refuses it.
    form = PreferencesForm(request.POST or None, instance=copy(request.user))
    if request.method == "POST" and form.is_valid():
        user = form.save()
        with translation.override(user.language):
            messages.success(request, gettext("Your preferences are saved."))
            return redirect(reverse("account_preferences"))
    return render(request, "account/preferences.html", {"form": form})
