"""When a teacher was last active in Live (`Profile.last_active_at`), which partner search ranks by.

Live's views call `note_activity` rather than a middleware doing it for every request: a middleware would
run on every public page, admin page and file, for accounts of every kind, to record something that only
means "was recently in Live". Precision of minutes is enough for ranking, so the time is written at most
once per ACTIVITY_INTERVAL per teacher, and a key in the cache (shared by the server's processes, and read
on every page for the fragments anyway) remembers when: most Live requests cost no query for it, the others
one plain UPDATE (no signals, so the profile's search copies are not recomputed for it). The session is not
where it is remembered: it would have to be saved as well, a write of its own."""

from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone

from live.models import Profile

ACTIVITY_INTERVAL = timedelta(minutes=5)


def activity_key(user_pk):
    return f"live-active:{user_pk}"


def note_activity(request):
    """Record that the logged-in teacher is active now, unless they were within the interval. `add` keeps
    the key only if there is none (of two requests at once, one writes); should the cache lose it early,
    the profile is merely written once more."""
    if cache.add(activity_key(request.user.pk), True, timeout=ACTIVITY_INTERVAL.total_seconds()):
        Profile.objects.filter(pk=request.user.pk).update(last_active_at=timezone.now())
