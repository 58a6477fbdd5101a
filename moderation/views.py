"""The teachers' side of reports, in Live: the report form, and the way from a moderation notification
to the content it is about.

Only validated teachers report, only the kinds of content the apps declare (moderation.reportable), and
only what they see themselves: anything else is a 404, as if it did not exist. One's own content is
refused with a message, and so is a second open report on the same object; nothing is saved then."""

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from accounts.access import validated_teacher_required
from moderation.forms import ReportForm
from moderation.models import ALREADY_REPORTED
from moderation.reportable import reportable_model


def content_seen_by(user, app_label, model_name, pk):
    return get_object_or_404(reportable_model(app_label, model_name).seen_by(user), pk=pk)


@validated_teacher_required
@require_http_methods(["GET", "HEAD", "POST"])
def report(request, app_label, model_name, pk):
    content = content_seen_by(request.user, app_label, model_name, pk)
    if content.reported_author.pk == request.user.pk:
        context = {
            "title": _("You cannot report this"),
            "message": _("You wrote it yourself: only what other teachers write can be reported."),
        }
        return render(request, "accounts/refused.html", context, status=403)
    form = ReportForm(request.POST if request.method == "POST" else None, reporter=request.user, content=content)
    if form.is_valid() and save_report(form):
        messages.success(
            request,
            _("Thank you. A moderator will look at your report, and you will be told what they decided."),
        )
        return redirect(content.get_absolute_url())
    context = {"form": form, "content": content}
    return render(request, "moderation/report_form.html", context)


def save_report(form):
    """Save the report, unless the same teacher's report on it was saved meanwhile (a double click)."""
    try:
        with transaction.atomic():
            form.save()
    except IntegrityError:
        form.add_error(None, ALREADY_REPORTED)
        return False
    return True


@validated_teacher_required
@require_safe
def reported_content(request, app_label, model_name, pk):
    """Where a moderation notification leads: the content, for whoever still sees it."""
    return redirect(content_seen_by(request.user, app_label, model_name, pk).get_absolute_url())
