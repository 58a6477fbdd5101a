"""Demo pages: the home page in every language, About, FAQ, Privacy notice and Accessibility
statement in English with translations, the menus and the site settings.

Translations go through wagtail-localize exactly as an editor's would: a TranslationSource for the
English page, string translations for its segments (from catalog), then the translated page is
created and published. Pages that already exist are left alone, so running it twice changes nothing.
"""

from django.conf import settings
from django.utils.html import escape
from django.utils.module_loading import import_string
from wagtail.models import Locale, Site

from core.factories import localize
from demo import catalog, content
from home.factories import StandardPageFactory
from home.models import FooterLink, HomePage, MainMenuLink, NavigationSettings, SiteSettings
from languages.locales import ensure_locales

SITE_NAME = "Twinning"


def stream_value(blocks, pages_by_slug):
    """content.py's (block type, value) pairs as StreamField raw data."""
    value = []
    for block_type, block_value in blocks:
        if block_type == "paragraph":
            block_value = f"<p>{block_value}</p>"
        elif block_type == "call_to_action":
            block_value = dict(block_value, page=pages_by_slug[block_value["page"]].id, url="")
        value.append({"type": block_type, "value": block_value})
    return value


def ensure_home_page():
    """The English home page (made by `migrate`, or now) with the demo's text, unless an editor has
    already changed it; returns (home, changed)."""
    home, created = HomePage.ensure_site_root()
    if home.headline != HomePage.default_headline or home.revisions.count() > 1:
        return home, created
    home.title, home.headline = content.HOME["title"], content.HOME["headline"]
    home.introduction = content.HOME["introduction"]
    home.save_revision().publish()
    Site.objects.filter(root_page=home).update(site_name=SITE_NAME)
    return home, True


def ensure_standard_pages(home):
    pages, changed = {}, False
    for spec in content.PAGES:
        pages[spec["slug"]], created = ensure_child(
            home,
            StandardPageFactory,
            title=spec["title"],
            slug=spec["slug"],
            introduction=spec["introduction"],
            body=stream_value(spec["body"], {}),
        )
        changed |= created
    return pages, changed


def paragraphs_html(texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def ensure_child(parent, factory, **fields):
    """A page made by `factory` (the tests' factories) with `fields`, published under `parent`, unless
    a child with its slug exists; returns (page, created)."""
    existing = parent.get_children().filter(slug=fields["slug"]).specific().first()
    if existing is not None:
        return existing, False
    return factory(parent=parent, **fields), True


def ensure_sections(home):
    """The index pages of kits, news, events and countries, in every language."""
    sections, changed = {}, False
    for spec in content.SECTIONS:
        page, created = ensure_child(
            home,
            import_string(spec["factory"]),
            title=spec["title"],
            slug=spec["slug"],
            introduction=spec["introduction"],
        )
        sections[spec["slug"]] = page
        changed |= created
        for code, _name in settings.LANGUAGES:
            if code != settings.LANGUAGE_CODE:
                changed |= translate(page, code)
    return sections, changed


def ensure_home_body(home, pages_by_slug):
    if home.body:
        return False
    home.body = stream_value(content.HOME["body"], pages_by_slug)
    home.save_revision().publish()
    return True


def translate(page, language_code, strings=None):
    """Create and publish the translation of `page` into `language_code`, unless it exists.
    `strings` maps English segments to their translation (default: the home catalogue)."""
    locale = Locale.objects.get(language_code=language_code)
    existing = page.get_translations().filter(locale=locale).first()
    if existing is not None and existing.alias_of_id and not existing.get_children().exists():
        existing.delete()  # a home page alias made by setup_languages: the demo has its translation
    elif existing is not None:
        return False
    if strings is None:
        strings = catalog.translations(language_code)
    localize(page, language_code, lambda english, _segment: strings.get(english))
    return True


def ensure_navigation(pages_by_slug, sections):
    """Sections first, then the pages of content.PAGES; pages already linked are left alone."""
    navigation = NavigationSettings.load()
    linked = set(MainMenuLink.objects.values_list("page_id", flat=True))
    linked |= set(FooterLink.objects.values_list("page_id", flat=True))
    entries = [(MainMenuLink, page) for page in sections.values()]
    entries += [
        (MainMenuLink if spec["menu"] == "main" else FooterLink, pages_by_slug[spec["slug"]]) for spec in content.PAGES
    ]
    changed = False
    for order, (link_model, page) in enumerate(entries):
        if page.pk not in linked:
            link_model.objects.create(settings=navigation, page=page, sort_order=order)
            changed = True
    return changed


def ensure_site_settings():
    site_settings = SiteSettings.load()
    if site_settings.contact_email:
        return False
    site_settings.organisation_name = "Central Support Service (demo)"
    site_settings.contact_email = "contact@example.org"
    site_settings.contact_phone = "+32 2 000 00 00"
    site_settings.postal_address = "Rue de l'Exemple 1\n1000 Brussels\nBelgium"
    site_settings.save()
    return True


def load_pages():
    """Returns (whether anything was created, the section index pages by slug).

    Not wrapped in one transaction: wagtail-localize publishes translations on commit, and publishing
    them all at the end would restore stale tree data. Each step is idempotent instead, so an
    interrupted run is completed by the next one.
    """
    ensure_locales()
    home, changed = ensure_home_page()
    pages_by_slug, created = ensure_standard_pages(home)
    changed |= created
    changed |= ensure_home_body(home, pages_by_slug)
    # The menus and the legal pages (privacy notice, accessibility statement) in every language.
    for code, _name in settings.LANGUAGES:
        if code != settings.LANGUAGE_CODE:
            for page in (home, *pages_by_slug.values()):
                changed |= translate(page, code)
    sections, created = ensure_sections(home)
    changed |= created
    changed |= ensure_navigation(pages_by_slug, sections)
    changed |= ensure_site_settings()
    return changed, sections
