"""Taxonomies that describe project kits, and later projects and teacher profiles: subjects,
pupils' age categories and the eight EU key competences. Plain Django models whose names are
translated into every portal language with django-modeltranslation."""

from collections import defaultdict

from django.db import models
from django.db.models import CharField, Value
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.caching import cached_fragment
from languages.panels import TranslatedFieldPanel


class Taxonomy(models.Model):
    """A named term with a stable slug (used in filter URLs) and an editor-controlled order."""

    name = models.CharField(_("name"), max_length=120, help_text=_("As teachers search for it; one name per language."))
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        unique=True,
        help_text=_("Used in shareable filter addresses; keep it short, in English, and do not change it."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first in lists and filters.")
    )

    panels = [TranslatedFieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "slug"]

    def __str__(self):
        return self.name


class Subject(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("subject")
        verbose_name_plural = _("subjects")


class AgeRange(Taxonomy):
    """Pupils' age category: up to 6, 7-11, 12-15, 16-19, vocational (also the prize categories)."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("age range")
        verbose_name_plural = _("age ranges")


class KeyCompetence(Taxonomy):
    """One of the eight key competences for lifelong learning of the EU (Council Recommendation 2018)."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("key competence")
        verbose_name_plural = _("key competences")


def cached_terms(model):
    """Every term of a taxonomy, in order, from the cache (expired when a term is saved)."""
    return cached_fragment(f"terms-{model._meta.label_lower}", lambda: list(model.objects.all()))


def term_choices(model):
    """(slug, name) of every term of a taxonomy, from the cache, as a callable for a choice filter."""
    key = f"choices-{model._meta.label_lower}"
    return lambda: cached_fragment(key, lambda: list(model.objects.values_list("slug", "name")))


def linked_values(links, pks):
    """{(owner key, name): [the linked terms' keys, or codes, as text, in the order they were linked]} of
    the owners `pks` (kits, profiles, posts), from one query over all their link tables, where
    prefetching would take one query per relation, each building every term with its name in 31
    languages. `links`: {name: (link model, owner field, linked field)}."""
    first, *others = [
        model.objects.filter(**{f"{owner}__in": pks})
        .order_by()
        .annotate(value=Cast(linked, output_field=CharField()), relation=Value(name))
        .values_list(owner, "relation", "value", "pk")
        for name, (model, owner, linked) in links.items()
    ]
    chosen = defaultdict(list)
    for owner_pk, relation, value, _link_pk in sorted(first.union(*others, all=True), key=lambda row: row[3]):
        chosen[owner_pk, relation].append(value)
    return chosen


def terms_among(terms, keys):
    """The terms (cached_terms) whose keys are among `keys` (text, as linked_values gives them), in the
    taxonomy's order."""
    keys = set(keys)
    return [term for term in terms if str(term.pk) in keys]
