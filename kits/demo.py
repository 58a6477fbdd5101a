"""Demo taxonomies: subjects, age ranges and key competences, named in every portal language."""

from django.conf import settings

from home.demo import catalog, content
from kits.models import AgeRange, KeyCompetence, Subject
from portal.panels import translated_field_name


def translated_names(english):
    names = {}
    for code, _name in settings.LANGUAGES:
        translation = english if code == settings.LANGUAGE_CODE else catalog.translations(code).get(english)
        if translation:
            names[translated_field_name("name", code)] = translation
    return names


def load_taxonomy(model, terms):
    existing = set(model.objects.values_list("slug", flat=True))
    created = 0
    for order, (slug, english) in enumerate(terms):
        if slug in existing:
            continue
        names = translated_names(english)
        model.objects.create(slug=slug, sort_order=order, **names)
        created += 1
    return created


def load_taxonomies():
    return sum(
        load_taxonomy(model, terms)
        for model, terms in (
            (Subject, content.SUBJECTS),
            (AgeRange, content.AGE_RANGES),
            (KeyCompetence, content.KEY_COMPETENCES),
        )
    )
