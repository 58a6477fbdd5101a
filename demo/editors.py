"""Demo of the editorial work: the teams with their demo members, and pages in each state an editor
meets (live, draft, waiting for moderation, translation out of date). Idempotent."""

from wagtail.models import Page
from wagtail.users.models import UserProfile

from accounts.models import User
from countries.models import NationalSectionPage
from demo.pages import ensure_child, paragraphs_html
from editors.factories import join_team
from editors.models import TeamRole
from editors.teams import ensure_all_teams
from home.factories import StandardPageFactory
from kits.models import KitPage
from news.factories import NewsPageFactory

# username -> (team role, country code or language code)
MEMBERSHIPS = {
    "admin": (TeamRole.CENTRAL, None),
    "nss-fr": (TeamRole.EDITORS, "FR"),
    "nss-it": (TeamRole.EDITORS, "IT"),
    "moderator-fr": (TeamRole.MODERATORS, "FR"),
    "translator-de": (TeamRole.TRANSLATORS, "de"),
}
# The admin in each editor's own language (their account settings).
ADMIN_LANGUAGES = {"nss-fr": "fr", "moderator-fr": "fr", "nss-it": "it", "translator-de": "de"}

PRIZES_PAGE = {
    "title": "Prix nationaux eTwinning",
    "slug": "prix-nationaux",
    "introduction": "Chaque année, le bureau national récompense les projets les plus remarquables.",
    "body": [
        "Les prix nationaux distinguent des projets menés par des équipes françaises avec leurs partenaires "
        "européens, dans cinq catégories : école maternelle, école élémentaire, collège, lycée et lycée professionnel.",
        "Les candidatures sont ouvertes aux projets ayant reçu le label de qualité national l'année scolaire passée.",
    ],
}
DRAFT_PAGE = {
    "title": "Journée nationale eTwinning 2027",
    "slug": "journee-nationale-2027",
    "introduction": "Programme en préparation : ateliers, témoignages d'enseignants et remise des prix.",
    "body": ["Le programme détaillé sera publié après validation par le bureau national."],
}
# A national news article the French editor submitted to France's moderators.
SUBMITTED_NEWS = {
    "title": "Rencontre régionale à Lyon",
    "slug": "rencontre-regionale-lyon",
    "introduction": "Une journée pour découvrir eTwinning et rencontrer des enseignants de la région.",
    "body": [
        "Ateliers de prise en main de TwinSpace, recherche de partenaires et présentation de projets primés.",
        "Inscription gratuite, dans la limite des places disponibles.",
    ],
}
# Appended to an English kit after its translation, so that its translations are out of date.
KIT_UPDATE = " Updated for the new school year."


def load_editorial_demo():
    ensure_all_teams()
    users = {user.username: user for user in User.objects.filter(username__in=MEMBERSHIPS)}
    add_memberships(users)
    set_admin_languages(users)
    changed = False
    french_section = NationalSectionPage.objects.filter(country__iso2="FR", locale__language_code="fr").first()
    if french_section is not None:
        prizes = standard_page(PRIZES_PAGE, users.get("nss-fr"))
        changed |= ensure_child(french_section, StandardPageFactory, show_in_menus=True, **prizes)[1]
        changed |= ensure_draft(french_section, StandardPageFactory, DRAFT_PAGE, users.get("nss-fr"))
        changed |= ensure_submitted(french_section, NewsPageFactory, SUBMITTED_NEWS, users.get("nss-fr"))
    changed |= make_a_kit_translation_out_of_date()
    return changed


def add_memberships(users):
    for username, (role, scope) in MEMBERSHIPS.items():
        if username not in users:
            continue
        join_team(users[username], role, scope)


def set_admin_languages(users):
    for username, language in ADMIN_LANGUAGES.items():
        if username in users:
            profile = UserProfile.get_for_user(users[username])
            if not profile.preferred_language:
                profile.preferred_language = language
                profile.save(update_fields=["preferred_language"])


def standard_page(spec, owner):
    """StandardPageFactory's fields for one of the pages above."""
    return {
        "title": spec["title"],
        "slug": spec["slug"],
        "introduction": spec["introduction"],
        "body": [{"type": "paragraph", "value": paragraphs_html(spec["body"])}],
        "owner": owner,
    }


def ensure_draft(parent, factory, spec, owner):
    """A page never published: only its draft exists."""
    if parent.get_children().filter(slug=spec["slug"]).exists():
        return False
    factory(parent=parent, publish=False, **standard_page(spec, owner))
    return True


def ensure_submitted(parent, factory, spec, owner):
    """A draft the French editor submitted to France's moderators."""
    if not ensure_draft(parent, factory, spec, owner):
        return False
    page = Page.objects.get(path__startswith=parent.path, slug=spec["slug"]).specific
    page.get_workflow().start(page, owner)
    return True


def make_a_kit_translation_out_of_date():
    """Change the English summary of a translated kit after its translations were made."""
    kits = KitPage.objects.filter(locale__language_code="en").order_by("path")
    if any(kit.introduction.endswith(KIT_UPDATE) for kit in kits):
        return False
    for kit in kits:
        if len(kit.introduction + KIT_UPDATE) <= 400 and kit.get_translations().exists():
            kit.introduction += KIT_UPDATE
            kit.save_revision().publish()
            return True
    return False
