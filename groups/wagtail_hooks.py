from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from groups import admin_views

app_name = "groups_admin"
urlpatterns = [
    path("", admin_views.queue, name="queue"),
    path("<int:pk>/decide/", admin_views.decide, name="decide"),
]


@hooks.register("register_admin_urls")
def register_group_proposal_urls():
    return [path("groups/", include((urlpatterns, app_name), namespace=app_name))]


class ProposedGroupsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_approve(request.user)


@hooks.register("register_admin_menu_item")
def register_group_proposal_menu_item():
    return ProposedGroupsMenuItem(_("Proposed groups"), reverse("groups_admin:queue"), icon_name="group", order=270)
