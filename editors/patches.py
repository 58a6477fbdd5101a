"""A patch of Wagtail, kept here so that it is easy to find and to drop.

Wagtail answers a forbidden admin request (another country's page, a crafted URL) with a redirect to
the dashboard and a message. The portal answers 403 instead, with the same message on a page of its
own: the refusal is then visible to tests, logs and monitoring, and the browser's address bar still
shows what was refused. `wagtail.admin.auth.require_admin_access` looks the function up in its module
on every call, so replacing it there is enough.
"""

import wagtail.admin.auth
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse


def forbidden(request):
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        raise PermissionDenied
    return TemplateResponse(request, "editors/forbidden.html", status=403)


def apply():
    wagtail.admin.auth.permission_denied = forbidden
