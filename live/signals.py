"""Keep the search copies of profiles (live.models) right whatever code changes what they are copied
from, and give every teacher's account its profile as it is made, so that partner search never misses
a teacher. Connected by LiveConfig.ready().

Each receiver refreshes only the part of the copies its change touches (live.models.SEARCH_PARTS), and
writes it with an UPDATE, which sends no signal. Bulk writes (bulk_create, QuerySet.update) send no
signals either: code that uses them sets the copies itself, as the teacher generator does
(demo.teachers), or calls Profile.objects.refresh_search_fields() afterwards."""

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from live.models import ACCOUNT, AGES, LANGUAGES, SUBJECTS, Profile, SpokenLanguage, note_languages_added
from schools.models import School
from taxonomy.models import AgeRange, Subject

# The account's fields that the copies are made from: a save that names only others (the log-in
# time, the password) leaves the copies alone.
ACCOUNT_SOURCES = {
    "first_name",
    "last_name",
    "username",
    "country",
    "country_id",
    "school",
    "school_id",
    "validation_status",
    "is_active",
    "role",
}
PROFILE_SOURCES = {"presentation", "partner_topic"}
SCHOOL_SOURCES = {"name", "town"}
M2M_CHANGES = {"post_add", "post_remove", "post_clear"}


def touches(update_fields, sources):
    return update_fields is None or not sources.isdisjoint(update_fields)


def account_saved(sender, instance, created, raw, update_fields, **kwargs):
    if raw or not touches(update_fields, ACCOUNT_SOURCES):
        return
    profile = Profile.objects.filter(pk=instance.pk).first()
    if profile is None:
        if instance.is_teacher:
            # Its own post_save fills the copies.
            Profile.objects.create(user=instance)
        return
    profile.user = instance  # the values just saved, without reading them back
    profile.refresh_search_fields([ACCOUNT])


def profile_saved(sender, instance, created, raw, update_fields, **kwargs):
    if raw:
        return
    if created:
        instance.refresh_search_fields()
    elif touches(update_fields, PROFILE_SOURCES):
        instance.refresh_search_fields([ACCOUNT])


def school_saved(sender, instance, created, raw, update_fields, **kwargs):
    if raw or created or not touches(update_fields, SCHOOL_SOURCES):
        return
    Profile.objects.filter(user__school=instance).refresh_search_fields([ACCOUNT])


def terms_changed(part):
    """An m2m_changed receiver for the profiles' subjects or age ranges. Always sent by a profile's
    side: terms have no accessor for their profiles (related_name "+")."""

    def changed(sender, instance, action, **kwargs):
        if action in M2M_CHANGES:
            instance.refresh_search_fields([part])

    return changed


def remember_term_profiles(field_name):
    """pre_delete of a term: its profiles, whose bits post_delete refreshes (deleting a term removes
    their links without an m2m_changed signal)."""

    def remember(sender, instance, **kwargs):
        instance._profile_pks = list(Profile.objects.filter(**{field_name: instance}).values_list("pk", flat=True))

    return remember


def term_deleted(part):
    def deleted(sender, instance, **kwargs):
        Profile.objects.filter(pk__in=getattr(instance, "_profile_pks", ())).refresh_search_fields([part])

    return deleted


def language_changed(sender, instance, raw=False, origin=None, **kwargs):
    """A language saved or deleted; not when the deletion comes from its profile's (or account's)."""
    if raw or (origin is not None and deleted_model(origin) is not SpokenLanguage):
        return
    Profile.objects.filter(pk=instance.profile_id).refresh_search_fields([LANGUAGES])
    if kwargs.get("created"):
        note_languages_added(instance.profile_id, [instance.code])


def deleted_model(origin):
    """The model of what a deletion started from (post_delete's `origin`: an object or a queryset)."""
    return origin.model if isinstance(origin, QuerySet) else type(origin)


def connect():
    user_model = get_user_model()
    post_save.connect(account_saved, sender=user_model, dispatch_uid="live-account-saved")
    post_save.connect(profile_saved, sender=Profile, dispatch_uid="live-profile-saved")
    post_save.connect(school_saved, sender=School, dispatch_uid="live-school-saved")
    post_save.connect(language_changed, sender=SpokenLanguage, dispatch_uid="live-language-saved")
    post_delete.connect(language_changed, sender=SpokenLanguage, dispatch_uid="live-language-deleted")
    for field_name, term_model, part in (("subjects", Subject, SUBJECTS), ("age_ranges", AgeRange, AGES)):
        through = getattr(Profile, field_name).through
        m2m_changed.connect(terms_changed(part), sender=through, dispatch_uid=f"live-{field_name}-changed", weak=False)
        pre_delete.connect(
            remember_term_profiles(field_name),
            sender=term_model,
            dispatch_uid=f"live-{field_name}-term-deleting",
            weak=False,
        )
        post_delete.connect(
            term_deleted(part), sender=term_model, dispatch_uid=f"live-{field_name}-term-deleted", weak=False
        )
