"""Live's home page and teachers' profiles: a teacher edits their own (validated or not), validated teachers
see each other's."""

from django.contrib import messages
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from accounts.access import teacher_required, validated_teacher_or_404, validated_teacher_required
from languages.folding import fold
from languages.spoken import spoken_language_name
from live.activity import note_activity
from live.forms import ProfileForm
from live.models import Profile, SpokenLanguage, visible_teachers


def own_profile(user):
    """The teacher's profile, made on their first visit."""
    try:
        return user.profile
    except Profile.DoesNotExist:
        return Profile.objects.get_or_create(user=user)[0]


def profile_of(teacher):
    """A teacher's profile, or an empty one for a teacher who has never been to Live (nothing is saved)."""
    try:
        return teacher.profile
    except Profile.DoesNotExist:
        return Profile(user=teacher)


def language_names(profile):
    """The languages the teacher speaks, named in the reader's language, in the order of their names."""
    names = (spoken_language_name(language.code, get_language()) for language in profile.languages.all())
    return sorted(names, key=fold)


@validated_teacher_required
def home(request):
    profile = own_profile_with_its_lists(request.user)
    note_activity(request)
    return render(request, "live/home.html", {"profile": profile, "missing": missing_from(profile)})


def own_profile_with_its_lists(user):
    """The teacher's profile, made on their first visit, with whether it names subjects, ages and languages
    (`has_subjects`, `has_age_ranges`, `has_languages`), in one query rather than one for each."""
    profiles = Profile.objects.annotate(
        has_subjects=Exists(Profile.subjects.through.objects.filter(profile_id=OuterRef("pk"))),
        has_age_ranges=Exists(Profile.age_ranges.through.objects.filter(profile_id=OuterRef("pk"))),
        has_languages=Exists(SpokenLanguage.objects.filter(profile_id=OuterRef("pk"))),
    )
    profile = profiles.filter(pk=user.pk).first()
    if profile is None:
        own_profile(user)
        profile = profiles.get(pk=user.pk)
    profile.user = user  # the request's own: reading it again would cost a query
    return profile


def missing_from(profile):
    """What the teacher's profile lacks, as (field to fill, what to do): what other teachers look at when
    they choose partners, and what partner search matches on (own_profile_with_its_lists)."""
    user = profile.user
    checks = [
        ("first_name", not (user.first_name and user.last_name), _("Give your first and last name.")),
        ("photo", not profile.photo, _("Add a photo.")),
        ("subjects", not profile.has_subjects, _("Say which subjects you teach.")),
        ("age_ranges", not profile.has_age_ranges, _("Say how old your pupils are.")),
        ("usual_languages", not profile.has_languages, _("Say which languages you speak.")),
        ("presentation", not profile.presentation, _("Write a few words about yourself and your pupils.")),
    ]
    return [(field, advice) for field, is_missing, advice in checks if is_missing]


@teacher_required
def edit_profile(request):
    """Waiting and rejected teachers may prepare their profile too; nobody sees it until they are validated."""
    profile = own_profile(request.user)
    note_activity(request)
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=profile)
        if form.is_valid():
            with transaction.atomic():
                form.save()
            messages.success(request, _("Your profile is saved."))
            return redirect("live:profile_edit")
    else:
        form = ProfileForm(instance=profile)
    return render(request, "live/profile_edit.html", {"form": form, "profile": profile})


@validated_teacher_or_404
def profile_detail(request, pk):
    teachers = visible_teachers(request.user).select_related("profile", "school__country", "country")
    teacher = get_object_or_404(teachers, pk=pk)
    profile = profile_of(teacher)
    note_activity(request)
    context = {
        "teacher": teacher,
        "profile": profile,
        "language_names": language_names(profile),
        "is_own_profile": teacher.pk == request.user.pk,
    }
    return render(request, "live/profile_detail.html", context)


# A photo's address changes with the photo (live/templates/live/includes/avatar.html), so browsers may
# keep it; shared caches never, it is personal.
PHOTO_CACHE_SECONDS = 24 * 60 * 60


def photo(request, pk):
    """A teacher's photo, for whoever may see their profile, and for the teacher themself (who may still be
    waiting for validation); for anyone else "not found", like the profile."""
    viewer = request.user
    if viewer.is_authenticated and viewer.pk == pk:
        teacher = viewer
    elif viewer.is_authenticated and viewer.is_validated_teacher:
        teacher = get_object_or_404(visible_teachers(viewer), pk=pk)
    else:
        raise Http404
    profile = get_object_or_404(Profile.objects.exclude(photo=""), user=teacher)
    response = FileResponse(profile.photo.open("rb"), content_type="image/jpeg")
    patch_cache_control(response, private=True, max_age=PHOTO_CACHE_SECONDS)
    return response
