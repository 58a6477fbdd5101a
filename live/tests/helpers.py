"""For the tests of Live's home page and profiles: every kind of visitor a Live page meets, and a server's
steady state for counting queries."""

from django.contrib.auth import SESSION_KEY
from django.core.cache import cache

from accounts.factories import EditorFactory, PupilFactory, TeacherFactory
from accounts.models import ValidationStatus
from countries.models import Country
from home.models import NavigationSettings, SiteSettings
from live.activity import activity_key


def teacher(iso2="FR", **fields):
    """A validated teacher of the world's France (or Italy)."""
    return TeacherFactory(country=Country.objects.get(iso2=iso2), **fields)


def waiting_teacher():
    return teacher(validation_status=ValidationStatus.WAITING)


def rejected_teacher():
    return teacher(validation_status=ValidationStatus.REJECTED)


# Those who may not use Live at all, and teachers not (or not yet) validated.
NOT_TEACHERS = {"pupil": PupilFactory, "editor": EditorFactory}
NOT_VALIDATED_TEACHERS = {"waiting teacher": waiting_teacher, "rejected teacher": rejected_teacher}


def forget_activity(client):
    """As if the logged-in teacher's last request were long ago: the next one records their activity."""
    cache.delete(activity_key(client.session[SESSION_KEY]))


def as_on_a_running_server(client, url):
    """Before counting a page's queries: the site's settings exist and the fragment cache is warm (making
    the settings would start a new cache generation), and the next request is the dearest a teacher makes,
    one that records their activity."""
    NavigationSettings.load()
    SiteSettings.load()
    client.get(url)
    forget_activity(client)
