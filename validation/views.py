"""/<lang>/live/validation/: a teacher's way to validation (validation.teachers): where they stand, their
school (search and choose, or add), their evidence. Open to every teacher, validated or not; waiting and
rejected teachers reach nothing else of Live but their profile (accounts.access)."""

from django.contrib import messages
from django.db import IntegrityError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from accounts.access import teacher_required
from core.listing import Listing
from validation.forms import ChooseSchoolForm, EvidenceForm, NewSchoolForm, SchoolSearchForm
from validation.models import Evidence
from validation.teachers import Progress, add_school, move_to_school, send_evidence

SCHOOLS_PER_PAGE = 20


def teacher_page(view):
    """A teacher's own page: for teachers only, and never kept by a cache."""
    return teacher_required(never_cache(view))


@teacher_page
def status(request):
    return render(request, "validation/status.html", {"progress": Progress(request.user)})


@teacher_page
def school(request):
    """Search the schools of the teacher's country (GET) and choose one (POST)."""
    teacher = request.user
    progress = Progress(teacher)
    choice = ChooseSchoolForm(teacher, request.POST or None)
    if request.method == "POST" and choice.is_valid():
        chosen = choice.cleaned_data["school"]
        if chosen.pk == teacher.school_id:
            messages.info(request, _("%(school)s is already your school.") % {"school": chosen})
            return redirect("validation:status")
        if progress.school_change_needs_confirmation and not choice.cleaned_data["confirm_change"]:
            return render(request, "validation/school_change.html", {"progress": progress, "school": chosen})
        return moved(request, progress, chosen)
    search = SchoolSearchForm(request.GET or None)
    schools = search.schools(teacher.country_id)
    context = {
        "progress": progress,
        "search": search,
        "choice": choice,
        "listing": None if schools is None else Listing(request, schools, SCHOOLS_PER_PAGE),
    }
    return render(request, "validation/school.html", context)


def moved(request, progress, school):
    back_to_validation = progress.school_change_needs_confirmation
    move_to_school(request.user, school)
    if back_to_validation:
        messages.success(
            request,
            _("Your school is now %(school)s. Your account is back in validation: check your evidence and send it.")
            % {"school": school},
        )
    else:
        messages.success(request, _("Your school is %(school)s. Next: your evidence.") % {"school": school})
    return redirect("validation:evidence")


@teacher_page
def new_school(request):
    teacher = request.user
    progress = Progress(teacher)
    confirm_change = progress.school_change_needs_confirmation
    form = NewSchoolForm(teacher, request.POST or None, confirm_change=confirm_change)
    if request.method == "POST" and form.is_valid():
        try:
            school = add_school(teacher, form)
        except IntegrityError:  # the same school, made by someone else since the form was checked
            form.add_error(None, _("This school has just been registered. Search for it and choose it."))
        else:
            return moved_to_new(request, school, confirm_change)
    return render(request, "validation/school_new.html", {"progress": progress, "form": form})


def moved_to_new(request, school, back_to_validation):
    told = [_("%(school)s is registered, and is your school.") % {"school": school}]
    if school.head_notified_at:
        told.append(_("Its head teacher was told by e-mail."))
    if back_to_validation:
        told.append(_("Your account is back in validation: check your evidence and send it."))
    messages.success(request, " ".join(told))
    return redirect("validation:evidence")


@teacher_page
def evidence(request):
    teacher = request.user
    progress = Progress(teacher)
    if progress.is_validated:
        messages.info(request, _("Your account is validated: there is no evidence to send."))
        return redirect("validation:status")
    if not progress.has_school:
        messages.info(request, _("Choose your school first: your evidence is about your work there."))
        return redirect("validation:school")
    instance = progress.evidence or Evidence(teacher=teacher)
    form = EvidenceForm(request.POST or None, request.FILES or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        was_in_queue = progress.is_in_queue
        send_evidence(teacher, form.save(commit=False), form.replaced_document)
        if was_in_queue:
            messages.success(request, _("Your evidence was updated. Your place in the queue is kept."))
        else:
            messages.success(request, _("Your evidence was sent. Your support service will look at it soon."))
        return redirect("validation:status")
    return render(request, "validation/evidence.html", {"progress": progress, "form": form})
