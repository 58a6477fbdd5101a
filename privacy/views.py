"""/<lang>/live/my-data/: what the portal keeps about a teacher, "download my data" and "delete my
account", for any logged-in teacher, validated or not (accounts.access.teacher_required).

Every page works on the logged-in teacher's own account and takes no account from the address or the
form: there is no way to ask for someone else's data."""

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts.access import teacher_required
from privacy.erasure import erase_account
from privacy.export import archive, archive_name
from privacy.forms import DeleteAccountForm
from privacy.retention import retention_days, warning_days

# In the session that follows the deleted account's: the next page says the account is deleted.
JUST_DELETED = "privacy_account_deleted"


@teacher_required
@require_safe
def overview(request):
    context = {"retention_days": retention_days(), "warning_days": warning_days()}
    return render(request, "privacy/overview.html", context)


@teacher_required
@require_POST
def download(request):
    response = HttpResponse(archive(request.user), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{archive_name()}"'
    return response


@teacher_required
@require_http_methods(["GET", "HEAD", "POST"])
def delete_account(request):
    """The form; once it is confirmed with the right password, the account is erased and its session
    ends, and the visitor (now logged out) reads that it is done."""
    form = DeleteAccountForm(request, request.POST if request.method == "POST" else None)
    if form.is_valid():
        erase_account(request.user)
        logout(request)
        request.session[JUST_DELETED] = True
        return redirect("privacy:deleted")
    return render(request, "privacy/delete.html", {"form": form})


@never_cache
@require_safe
def deleted(request):
    """ "Your account is deleted", once, to the visitor who just deleted it; anyone else goes to the home
    page (which, cached for every visitor, can show no message of its own)."""
    if not request.session.pop(JUST_DELETED, False):
        return redirect(f"/{get_language()}/")
    return render(request, "privacy/deleted.html", {"site_name": settings.WAGTAIL_SITE_NAME})
