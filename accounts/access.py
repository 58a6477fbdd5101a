"""Who may use Live, checked on the server for every Live view (decorators for the views).

- Anonymous visitors are sent to log in, and come back afterwards.
- Pupils, and editors who are not teachers, are refused (403) with a message saying where to go.
- Teachers waiting for validation or rejected reach only their profile and their validation page.

Every answer of a Live view is personal: none may be kept by a browser's back-forward cache or a shared
cache (`never_cache`), refusals and redirects included.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache


def refuse(request, message):
    return render(
        request, "accounts/refused.html", {"title": _("Not for your account"), "message": message}, status=403
    )


def teacher_required(view):
    """A logged-in teacher, validated or not."""

    @wraps(view)
    @never_cache
    def checked(request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if user.is_pupil:
            return refuse(
                request,
                _("Live is for teachers. Pupils work in their project's TwinSpace, with their project's pupil log-in."),
            )
        if not user.is_teacher:
            return refuse(request, _("Live is for teachers. Your account is not a teacher's account."))
        return view(request, *args, **kwargs)

    return checked


def validated_teacher_required(view):
    """A teacher validated by their country's support service; others see where their validation stands."""

    @wraps(view)
    @teacher_required
    def checked(request, *args, **kwargs):
        if not request.user.is_validated_teacher:
            return redirect("validation:status")
        return view(request, *args, **kwargs)

    return checked


def validated_teacher_or_404(view):
    """Profiles are only for validated teachers' eyes. Anyone else, logged in or not, gets the "not found"
    page rather than a log-in form or a refusal, so that a profile's address does not even tell them that
    the teacher exists (the decorators above would send them elsewhere)."""

    @wraps(view)
    @never_cache
    def checked(request, *args, **kwargs):
        if not (request.user.is_authenticated and request.user.is_validated_teacher):
            raise Http404
        return view(request, *args, **kwargs)

    return checked
