"""When a teacher was last active in Live (`Profile.last_active_at`), which partner search ranks by.

Live's views call `note_activity` rather than a middleware doing it for every request: a middleware would
run on every public page, admin page and file, for accounts of every kind, to record something that only
means "was recently in Live". Precision of minutes is enough for ranking, so the time is written at most
once per ACTIVITY_INTERVAL per session, and the session (read on every request anyway) remembers when:
most Live requests cost no query for it, the others one plain UPDATE (no signals, so the profile's search
copies are not recomputed for it), plus the session's save."""

from datetime import timedelta

from django.utils import timezone

from live.models import Profile

ACTIVITY_INTERVAL = timedelta(minutes=5)
SESSION_KEY = "live_active_at"


def note_activity(request):
    """Record that the logged-in teacher is active now, unless this session did within the interval."""
    now = timezone.now()
    noted = request.session.get(SESSION_KEY)
    if noted is not None and now.timestamp() - noted < ACTIVITY_INTERVAL.total_seconds():
        return
    Profile.objects.filter(pk=request.user.pk).update(last_active_at=now)
    request.session[SESSION_KEY] = now.timestamp()
