"""The Wagtail locale of every portal language, and a home page in each, so that /<code>/ answers as
soon as a language is added (docs/translation.md, "Adding a language").

A new language's home page starts as an *alias* of the default language's home page: it shows the
same content, stays in step with it, and is not a real translation (no hreflang alternate, not in
the sitemap; see languages.pages.real_translations). Translators later translate it in the admin,
which turns the alias into a translated page.
"""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from core.caching import expire_site


def ensure_locales():
    """Create the locales of the portal languages that have none; returns the new locales."""
    existing = set(Locale.objects.values_list("language_code", flat=True))
    return [Locale.objects.create(language_code=code) for code, _name in settings.LANGUAGES if code not in existing]


def default_language_home_page():
    """The default site's root page, when it is a home page in the default language. A fresh database
    has Wagtail's placeholder welcome page there instead (a bare Page), which is nothing to copy."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page__locale").first()
    if site is None:
        return None
    home = site.root_page
    if home.specific_class is Page or home.locale.language_code != settings.LANGUAGE_CODE:
        return None
    return home


def ensure_home_page_aliases(home):
    """Give every portal language without a home page an alias of `home`; returns the new aliases.

    copy_for_translation(alias=True) is what wagtail-localize's locale synchronisation uses: the
    alias keeps the translation key of `home`, sits beside it under the tree root (slug
    "home-<code>") and is live when `home` is."""
    languages_with_home = home.get_translations(inclusive=True).values_list("locale_id", flat=True)
    locales = Locale.objects.filter(language_code__in=[code for code, _name in settings.LANGUAGES]).exclude(
        pk__in=languages_with_home
    )
    aliases = [home.copy_for_translation(locale, alias=True) for locale in locales]
    if aliases:
        # Creating an alias is not a publication, so cached language links would not know of it.
        expire_site()
    return aliases
