"""What every page factory shares: a page is created under its parent and published, as an editor
would publish it (a revision, so that first_published_at, the live revision and the publication
signals are as on a real site). `translate` makes a published translation of a page; `localize`
makes one through wagtail-localize, as a translator does."""

import factory
import wagtail_factories
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


class PublishedPageFactory(wagtail_factories.PageFactory):
    """Pass `parent=`; `publish=False` leaves the page a draft that was never published."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(page, create, extracted, **_kwargs):
        if not create:
            return
        if extracted is not False:  # not given (None) or True
            page.save_revision(user=page.owner).publish()
            page.refresh_from_db()  # publishing saved another copy of the page
        else:
            page.live = False
            page.save(update_fields=["live"])
            page.save_revision(user=page.owner)


def translate(page, language_code, publish=True, **fields):
    """The page's translation into `language_code`, created (with translations of its missing
    parents) and published, with `fields` set on it. An alias in that language, as setup_languages
    gives new languages' home pages, becomes a real translation."""
    locale = Locale.objects.get(language_code=language_code)
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale, copy_parents=True)
    translation = translation.specific
    translation.alias_of = None
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    if publish:
        translation.save_revision().publish()
        translation.refresh_from_db()
    return translation


def localize(page, language_code, translate_text):
    """The page's published translation into `language_code`, made through wagtail-localize as a
    translator's: a TranslationSource, each segment translated by `translate_text(english, segment)`
    (None leaves it to wagtail-localize's fallback, the source text), a synchronised Translation.
    The page's parent must exist in that language. wagtail-localize publishes when the transaction
    commits."""
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = translate_text(segment.string.data, segment)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string, locale=locale, context=segment.context, defaults={"data": text}
            )
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    translation.save_target(publish=True)
    return page.get_translation(locale).specific
