"""The support services' side of validation, in the Wagtail admin: the queue, a teacher's request with
their school and evidence, the document, and the decision.

Every view needs the permission `validation.validate_teachers` (403 without it) and finds the teacher
among those of the user's countries (validation.scope): a teacher of another country is a 404, whatever
the address."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.timesince import timesince
from django.utils.translation import gettext as _

from core.listing import Listing
from validation.decisions import AlreadyDecided, decide
from validation.forms import DecisionForm
from validation.models import Evidence, Outcome
from validation.scope import may_validate, validation_scope
from validation.teachers import Progress

TEACHERS_PER_PAGE = 25
COLLEAGUES_SHOWN = 20


def validator_required(view):
    @wraps(view)
    def checked(request, *args, **kwargs):
        if not may_validate(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


def teacher_in_scope(request, pk):
    teachers = validation_scope(request.user).teachers().select_related("country", "school", "evidence")
    return get_object_or_404(teachers, pk=pk)


@validator_required
def queue(request):
    scope = validation_scope(request.user)
    teachers = scope.queue()
    # Those who validate several countries may look at one.
    countries = list(scope.countries()) if scope.has_several_countries else []
    code = request.GET.get("country", "")
    country = next((country for country in countries if country.iso2 == code), None)
    if country:
        teachers = teachers.filter(country=country)
    elif code and countries:
        messages.warning(
            request, _("There is no country “%(code)s” in your queue; all are shown.") % {"code": code[:10]}
        )
    listing = Listing(request, teachers, TEACHERS_PER_PAGE)
    for teacher in listing.items:
        teacher.school_is_new = teacher.school is not None and teacher.school.was_made_by(teacher)
        teacher.waiting_for = timesince(teacher.evidence.submitted_at, depth=1)
    context = {"listing": listing, "countries": countries, "country": country}
    return TemplateResponse(request, "validation/admin/queue.html", context)


@validator_required
def teacher_request(request, pk):
    teacher = teacher_in_scope(request, pk)
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = form.cleaned_data["outcome"]
        try:
            decide(teacher, outcome, form.cleaned_data["reason"].strip(), request.user)
        except AlreadyDecided:
            messages.warning(
                request,
                _("%(name)s is not waiting for a decision any more: nothing was changed and they were not told again.")
                % {"name": teacher.display_name},
            )
            return redirect("validation_admin:teacher", teacher.pk)
        told(request, teacher, outcome)
        return redirect("validation_admin:queue")
    school = teacher.school
    context = {
        "teacher": teacher,
        "progress": Progress(teacher),
        "form": form,
        "school_is_new": school is not None and school.was_made_by(teacher),
        "colleagues": school.teachers.exclude(pk=teacher.pk).order_by("last_name", "first_name")[:COLLEAGUES_SHOWN]
        if school
        else [],
        "decisions": teacher.validation_decisions.select_related("decided_by", "school"),
    }
    return TemplateResponse(request, "validation/admin/teacher.html", context)


def told(request, teacher, outcome):
    if outcome == Outcome.VALIDATED:
        done = _("%(name)s is validated, and so is their school.")
    else:
        done = _("%(name)s is rejected.")
    messages.success(request, done % {"name": teacher.display_name})


@validator_required
def document(request, pk):
    """The evidence document, as a download: never shown in the browser, whatever its content says."""
    teacher = teacher_in_scope(request, pk)
    evidence = Evidence.objects.filter(teacher=teacher).exclude(document="").first()
    if evidence is None:
        raise Http404
    try:
        file = evidence.document.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(file, as_attachment=True, filename=evidence.document_name)
    response["X-Content-Type-Options"] = "nosniff"
    patch_cache_control(response, private=True, no_store=True)
    return response
