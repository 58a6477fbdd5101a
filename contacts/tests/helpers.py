"""Teachers for the tests of contacts and messages."""

from accounts.factories import TeacherFactory
from countries.models import Country
from home.models import NavigationSettings, SiteSettings
from schools.factories import SchoolFactory


def teacher(iso2="FR", **fields):
    """A validated teacher with a school, in France (or the world's other country, Italy)."""
    country = Country.objects.get(iso2=iso2)
    fields.setdefault("school", SchoolFactory(country=country))
    return TeacherFactory(country=country, **fields)


def as_on_a_running_server(client, url):
    """Before counting a page's queries: the site's settings exist and the fragment cache is warm, as
    after earlier visitors (making the settings would start a new cache generation)."""
    NavigationSettings.load()
    SiteSettings.load()
    client.get(url)
