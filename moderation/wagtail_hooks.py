from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from moderation import admin_views
from moderation.decisions import log_action_name
from moderation.models import Action
from moderation.scope import may_moderate

app_name = "moderation_admin"
urlpatterns = [
    path("", admin_views.queue, name="queue"),
    path("<int:pk>/", admin_views.report_detail, name="report"),
]


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [path("moderation/", include((urlpatterns, app_name), namespace=app_name))]


class ReportsMenuItem(MenuItem):
    """ "Reports", for those who moderate. Without the number of open reports: a COUNT on every admin page
    would take national teams' pages over their query budget; the queue says how many wait."""

    def is_shown(self, request):
        return may_moderate(request.user)


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return ReportsMenuItem(_("Reports"), reverse("moderation_admin:queue"), icon_name="warning", order=270)


# What the audit log (Reports → Site history) says of each decision, logged on each report decided.
LOG_ACTIONS = {
    Action.DISMISS: (_("Dismiss a report"), _("Report dismissed")),
    Action.HIDE: (_("Hide reported content"), _("Reported content hidden")),
    Action.WARN: (_("Warn an author"), _("Author warned")),
    Action.SUSPEND: (_("Suspend an account"), _("Account suspended")),
}


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(log_action_name(action), label, message)
