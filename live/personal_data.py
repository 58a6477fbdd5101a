"""A teacher's Live profile as personal data (privacy app). On erasure the profile goes, with its
languages, terms and photo: partner search never finds the teacher again, and their profile's address
answers 404 (live.models.visible_teachers keeps to open accounts)."""

from django.db import transaction
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from languages.spoken import spoken_language_name
from live.models import Profile

LABELS = {
    "presentation": _("Presentation"),
    "subjects": _("Subjects taught"),
    "age_ranges": _("Pupils' ages"),
    "languages": _("Languages spoken"),
    "looking_for_partners": _("Looking for partners"),
    "partner_topic": _("Project topic"),
    "last_active_at": _("Last active in Live"),
    "photo": _("Photo"),
}
# Where the photo is in the downloaded archive (privacy.export): a folder per app.
PHOTO_FILE_NAME = "photo.jpg"


def profile_of(user):
    return Profile.objects.filter(user=user).prefetch_related("subjects", "age_ranges", "languages").first()


def export(user):
    profile = profile_of(user)
    if profile is None:
        return {}
    return {
        "presentation": profile.presentation,
        "subjects": [subject.name for subject in profile.subjects.all()],
        "age_ranges": [age_range.name for age_range in profile.age_ranges.all()],
        "languages": [spoken_language_name(language.code, get_language()) for language in profile.languages.all()],
        "looking_for_partners": profile.looking_for_partners,
        "partner_topic": profile.partner_topic,
        "last_active_at": profile.last_active_at,
        "photo": PHOTO_FILE_NAME if profile.photo else "",
    }


def files(user):
    """The photo as the portal keeps it, for the archive."""
    profile = Profile.objects.filter(user=user).exclude(photo="").first()
    if profile is None:
        return []
    with profile.photo.open("rb") as photo:
        return [(PHOTO_FILE_NAME, photo.read())]


def erase(user):
    """The profile's row (its languages and terms with it); its photo leaves the private storage once the
    deletion is committed, so that a rolled-back erasure keeps a whole profile."""
    profile = Profile.objects.filter(user=user).first()
    if profile is None:
        return
    photo_name, storage = profile.photo.name, profile.photo.storage
    profile.delete()
    if photo_name:
        transaction.on_commit(lambda: storage.delete(photo_name))
