from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from backoffice import views
from validation.scope import may_validate

app_name = "backoffice"
urlpatterns = [
    path("", views.statistics, name="statistics"),
    path("statistics.csv", views.statistics_csv, name="statistics_csv"),
]


@hooks.register("register_admin_urls")
def register_statistics_urls():
    return [path("statistics/", include((urlpatterns, app_name), namespace=app_name))]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_validate(request.user)


@hooks.register("register_admin_menu_item")
def register_statistics_menu_item():
    return StatisticsMenuItem(_("Statistics"), reverse("backoffice:statistics"), icon_name="table", order=270)
