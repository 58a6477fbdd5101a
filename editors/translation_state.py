"""Which pages are translated, out of date or missing in each language.

A page's *source* is the language version wagtail-localize translates from (its TranslationSource);
pages never sent to translation count the default language's version, or else the oldest, as the
source. For every other language a page is:

- missing: no version in that language;
- out of date: the source's text changed after the translation was last saved: wagtail-localize
  records when it last refreshed the source (`mark_translations_out_of_date` refreshes it when the
  source page is published with different text), or, for a version made by hand, the source page
  has a newer revision;
- translated: otherwise.

Everything is worked out from four queries, whatever the number of pages, so the overview and the
dashboard can ask for the whole site.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import TextChoices
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class State(TextChoices):
    TRANSLATED = "translated", _("Translated")
    OUT_OF_DATE = "out_of_date", _("Out of date")
    MISSING = "missing", _("Missing")


@dataclass(frozen=True)
class PageTranslation:
    source: dict  # the source page's row: id, title, path, locale_id
    locale_id: int
    state: str
    target_id: int | None
    translation_id: int | None


PAGE_FIELDS = ("id", "title", "path", "translation_key", "locale_id", "latest_revision_created_at")


def page_translations(pages=None, locale_ids=None):
    """One PageTranslation for every source page in `pages` (default: all) and every other language
    in `locale_ids` (default: all)."""
    pages = Page.objects.all() if pages is None else pages
    rows = list(pages.filter(depth__gt=1, alias_of__isnull=True).values(*PAGE_FIELDS))
    versions = defaultdict(dict)
    for row in rows:
        versions[row["translation_key"]][row["locale_id"]] = row
    sources = {
        source["object_id"]: source
        for source in TranslationSource.objects.filter(object_id__in=versions).values(
            "id", "object_id", "locale_id", "last_updated_at"
        )
    }
    translations = {
        (translation["source_id"], translation["target_locale_id"]): translation
        for translation in Translation.objects.filter(
            source_id__in=[source["id"] for source in sources.values()], enabled=True
        ).values("id", "source_id", "target_locale_id")
    }
    all_locale_ids = list(Locale.objects.values_list("id", flat=True)) if locale_ids is None else list(locale_ids)
    default_locale_id = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values_list("id", flat=True).first()
    results = []
    for key, by_locale in versions.items():
        source = sources.get(key)
        source_locale_id = source_locale(by_locale, source, default_locale_id)
        source_page = by_locale.get(source_locale_id)
        if source_page is None:
            continue  # the source version was deleted; its translations stand on their own
        for locale_id in all_locale_ids:
            if locale_id == source_locale_id:
                continue
            target = by_locale.get(locale_id)
            translation = translations.get((source["id"], locale_id)) if source else None
            state = translation_state(source_page, target, source)
            results.append(
                PageTranslation(
                    source=source_page,
                    locale_id=locale_id,
                    state=state,
                    target_id=target and target["id"],
                    translation_id=translation and translation["id"],
                )
            )
    return results


def source_locale(by_locale, source, default_locale_id):
    if source:
        return source["locale_id"]
    if default_locale_id in by_locale:
        return default_locale_id
    return min(by_locale.values(), key=lambda row: row["id"])["locale_id"]


def translation_state(source_page, target, source):
    if target is None:
        return State.MISSING
    # wagtail-localize moves `last_updated_at` when it refreshes the source from a changed page;
    # a version made by hand is compared with the source page's own last revision.
    source_changed = source["last_updated_at"] if source else source_page["latest_revision_created_at"]
    target_saved = target["latest_revision_created_at"]
    if source_changed and target_saved and source_changed > target_saved:
        return State.OUT_OF_DATE
    return State.TRANSLATED


def counts_by_locale(results):
    """{locale_id: Counter(state: count)}."""
    counts = defaultdict(Counter)
    for result in results:
        counts[result.locale_id][result.state] += 1
    return counts


def source_text(source):
    return set(StringSegment.objects.filter(source=source).values_list("context__path", "string__data"))


def page_text(page):
    return {
        (segment.path, segment.string.data)
        for segment in extract_segments(page)
        if isinstance(segment, StringSegmentValue)
    }


def mark_translations_out_of_date(sender, instance, **kwargs):
    """On publication of a page that has translations, refresh its translation source when its
    text changed: its translations then show as out of date, and the new or changed text waits
    untranslated in wagtail-localize's editor. Nothing is published in other languages."""
    source = TranslationSource.objects.filter(object_id=instance.translation_key, locale_id=instance.locale_id).first()
    if source is None or not source.translations.filter(enabled=True).exists():
        return
    if page_text(instance.specific) != source_text(source):
        source.update_from_db()
