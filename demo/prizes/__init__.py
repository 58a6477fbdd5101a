"""Demo European Prizes: the prizes index under the home page, in the main menu, with the years 2025
and 2026, translated through wagtail-localize into PRIZE_TRANSLATION_LANGUAGES (locale/<code>.po,
keyed by the English of content.py). The news article on the 2026 winners links to the index."""

from pathlib import Path

import polib
from django.conf import settings
from django.db.models import F, Max

from countries.models import Country
from demo import catalog
from demo.pages import ensure_child, translate
from demo.prizes import content
from home.models import MainMenuLink, NavigationSettings
from kits.models import KitPage
from news.models import NewsPage
from prizes.factories import PrizesIndexPageFactory, PrizeYearPageFactory, WinnerFactory, school
from taxonomy.models import AgeRange

PRIZE_TRANSLATION_LANGUAGES = ["fr", "de", "es", "it", "pl"]
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
PRIZES_ARTICLE = "european-prizes-2026-winners"
PRIZES_SECTION_TEXT = "the Prizes section of the portal"


def strings():
    """The English strings translators translate, in the order of the pages."""
    yield from (content.INDEX["title"], content.INDEX["introduction"])
    for year in content.YEARS:
        yield from (year["title"], year["introduction"])
        for winner in year["winners"]:
            if winner.get("special_prize"):
                yield winner["special_prize"]
            yield from (winner["title"], winner["description"])


def write_template(path):
    """Write the English template (.pot) that translators start from."""
    pot = polib.POFile()
    pot.metadata = {"Content-Type": "text/plain; charset=utf-8", "Language": ""}
    for text in dict.fromkeys(strings()):
        pot.append(polib.POEntry(msgid=text, msgstr=""))
    pot.save(str(path))


def winner(spec, countries, ages, kits):
    kit = kits.get(spec.get("kit"))
    return WinnerFactory(
        age_range=ages.get(spec.get("age_range")),
        special_prize=spec.get("special_prize", ""),
        project_title=spec["title"],
        description=spec["description"],
        schools=[school(name, town, countries[iso2]) for name, town, iso2 in spec["schools"]],
        kit=kit,
        url=spec.get("url", ""),
    )


def ensure_years(index):
    """The years of content.YEARS under `index`; returns (pages, whether any was created)."""
    countries = {country.iso2: country for country in Country.objects.all()}
    ages = {age.slug: age for age in AgeRange.objects.all()}
    kits = {kit.slug: kit for kit in KitPage.objects.filter(locale_id=index.locale_id)}
    pages, changed = [], False
    for spec in content.YEARS:
        page, created = ensure_child(
            index,
            PrizeYearPageFactory,
            year=spec["year"],
            title=spec["title"],
            slug=str(spec["year"]),
            introduction=spec["introduction"],
            winners=[winner(winner_spec, countries, ages, kits) for winner_spec in spec["winners"]],
        )
        pages.append(page)
        changed |= created
    return pages, changed


def ensure_in_main_menu(index):
    """The index in the main menu after News (or last), unless an editor has already put it in a menu."""
    navigation = NavigationSettings.load()
    if navigation.main_menu_links.filter(page=index).exists() or navigation.footer_links.filter(page=index).exists():
        return False
    links = MainMenuLink.objects.filter(settings=navigation)
    news = links.filter(page__slug="news", page__depth=index.depth).values_list("sort_order", flat=True).first()
    position = news + 1 if news is not None else (links.aggregate(last=Max("sort_order"))["last"] or 0) + 1
    links.filter(sort_order__gte=position).update(sort_order=F("sort_order") + 1)
    MainMenuLink.objects.create(settings=navigation, page=index, sort_order=position)
    return True


def link_prizes_article(index):
    """Make "the Prizes section of the portal" in the article on the 2026 winners a link to the index."""
    article = NewsPage.objects.filter(slug=PRIZES_ARTICLE, locale_id=index.locale_id).first()
    if article is None:
        return False
    link = f'<a linktype="page" id="{index.pk}">{PRIZES_SECTION_TEXT}</a>'
    blocks = [dict(block) for block in article.body.raw_data]
    unlinked = [
        block
        for block in blocks
        if block["type"] == "paragraph"
        and PRIZES_SECTION_TEXT in block["value"]
        and f"{PRIZES_SECTION_TEXT}</a>" not in block["value"]
    ]
    for block in unlinked:
        block["value"] = block["value"].replace(PRIZES_SECTION_TEXT, link)
    if not unlinked:
        return False
    article.body = blocks
    article.save_revision().publish()
    return True


def load_prizes(home):
    """The prizes pages under `home`, translated; returns whether anything changed."""
    index, changed = ensure_child(home, PrizesIndexPageFactory, **content.INDEX)
    years, created = ensure_years(index)
    changed |= created
    # The index is in the main menu, so in every language (the demo catalogue has its title); the years
    # in PRIZE_TRANSLATION_LANGUAGES.
    for code, _name in settings.LANGUAGES:
        if code != settings.LANGUAGE_CODE:
            changed |= translate(index, code, catalog.translations(code))
    for code in PRIZE_TRANSLATION_LANGUAGES:
        strings = catalog.translations(code, LOCALE_DIR)
        for page in years if strings else []:
            changed |= translate(page, code, strings)
    changed |= ensure_in_main_menu(index)
    changed |= link_prizes_article(index)
    return changed
