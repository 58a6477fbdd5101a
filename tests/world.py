"""The small world every test starts from, built once per test database.

It is what a deployment has after `migrate`, `setup_languages` and `setup_editorial_teams`, plus the
few objects most tests need: the English home page with its four sections, two countries (France
and Italy) with their national sections and teams, and one account per editorial role. Tests build
everything else with the apps' factories; the demo data is for the few smoke tests that ask for it
(the `demo_data` fixture of conftest.py)."""

from types import SimpleNamespace

from django.core.management import call_command
from wagtail.models import Page, Site

from accounts.factories import EditorFactory
from countries.factories import CountryFactory, CountryIndexPageFactory, NationalSectionPageFactory
from editors.factories import join_team
from editors.models import TeamRole
from events.factories import EventIndexPageFactory
from home.models import HomePage
from kits.factories import KitIndexPageFactory
from languages.locales import ensure_home_page_aliases, ensure_locales
from news.factories import NewsIndexPageFactory

# username -> (team role, country or language code); "admin" is also a superuser.
ACCOUNTS = {
    "admin": (TeamRole.CENTRAL, None),
    "nss-fr": (TeamRole.EDITORS, "FR"),
    "moderator-fr": (TeamRole.MODERATORS, "FR"),
    "nss-it": (TeamRole.EDITORS, "IT"),
    "translator-de": (TeamRole.TRANSLATORS, "de"),
}


def build_world():
    ensure_locales()
    home = home_page()
    sections = {
        "kits": KitIndexPageFactory(parent=home),
        "news": NewsIndexPageFactory(parent=home),
        "events": EventIndexPageFactory(parent=home),
        "countries": CountryIndexPageFactory(parent=home),
    }
    ensure_home_page_aliases(home)
    france = CountryFactory(iso2="FR", name_en="France", name_fr="France", organisation_name="Réseau Canopé")
    italy = CountryFactory(iso2="IT", name_en="Italy", name_it="Italia", organisation_name="INDIRE")
    for country in (france, italy):
        NationalSectionPageFactory(parent=sections["countries"], country=country)
    call_command("setup_editorial_teams", verbosity=0)
    for username, (role, scope) in ACCOUNTS.items():
        user = EditorFactory(username=username, is_staff=username == "admin", is_superuser=username == "admin")
        join_team(user, role, scope)


def home_page():
    """The English home page that `migrate` made the root of the default site."""
    home, _created = HomePage.ensure_site_root()
    Site.objects.filter(root_page=home).update(site_name="Twinning")
    return home


def world():
    """The world's pages, as tests use them: world().home, .kits, .news, .events, .countries, and the
    national sections .fr and .it (all in English)."""
    home = HomePage.objects.get(locale__language_code="en")
    children = {page.slug: page.specific for page in home.get_children()}
    sections = {page.slug: page.specific for page in children["countries"].get_children()}
    return SimpleNamespace(home=home, **children, **sections)


def clear_world():
    """Remove the world, for the demo loader to start from an empty site: pages (the default site
    goes with its root page), countries, accounts and the editorial groups."""
    from django.contrib.auth.models import Group

    from accounts.models import User
    from countries.models import Country

    Page.objects.filter(depth=2).delete()
    Country.objects.all().delete()
    User.objects.all().delete()
    Group.objects.all().delete()
