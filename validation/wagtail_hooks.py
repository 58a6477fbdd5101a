from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from validation import admin_views
from validation.scope import may_validate

app_name = "validation_admin"
urlpatterns = [
    path("", admin_views.queue, name="queue"),
    path("teacher/<int:pk>/", admin_views.teacher_request, name="teacher"),
    path("teacher/<int:pk>/document/", admin_views.document, name="document"),
]


@hooks.register("register_admin_urls")
def register_validation_urls():
    return [path("validation/", include((urlpatterns, app_name), namespace=app_name))]


class ValidationMenuItem(MenuItem):
    def is_shown(self, request):
        return may_validate(request.user)


@hooks.register("register_admin_menu_item")
def register_validation_menu_item():
    return ValidationMenuItem(_("Teacher validation"), reverse("validation_admin:queue"), icon_name="user", order=260)
