"""The generated part of bench/listing_scale.py's scale database: kits and news articles added to the
demo data by bulk inserts, thousands of pages a statement, instead of Wagtail's add_child (a page, its
revision and its parent's update at a time).

Each generated page copies a demo page of its language (text, body, image) under a numbered title, and
gets its tree path computed here (treebeard's materialised paths: the parent's path and a step of four
characters), its rows (wagtailcore_page, then the page type's own table) and its subjects, ages and
competences, or topics. It is published without revisions, and left out of the search index: nothing
measured reads them. Originals are in the demo's languages (English above all), some with translations,
which share the original's translation key and come after it, so that the lists take the first version
as the original, as in the demo; national news is written in a country's section, in its language."""

import random
import uuid
from collections import Counter, defaultdict
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.db.models.sql import InsertQuery
from django.utils import timezone
from wagtail.models import Locale, Page

from countries.models import NationalSectionPage
from kits.models import KitIndexPage, KitPage
from news.models import NewsIndexPage, NewsPage, Topic
from taxonomy.models import AgeRange, KeyCompetence, Subject

# Inserted a batch at a time, so that a generation of 70,000 pages needs little memory.
BATCH = 2000
# How many other languages a kit or a central article is translated into, and how often.
TRANSLATIONS = [0] * 8 + [1] * 4 + [2] * 3 + [3] * 2 + [5, 7]
# The languages of the originals: English above all, then the languages the demo kits exist in.
KIT_ORIGINAL_LANGUAGES = ["en"] * 6 + ["fr", "de", "it", "es", "pl", "el", "bg"]
CENTRAL_NEWS_LANGUAGES = ["en"] * 8 + ["fr", "de", "it"]
# Of the articles, this share is national news, written in a country's section.
NATIONAL_SHARE = 0.6
# Publications spread over the last years.
YEARS = 5


def add_kits(total, seed):
    """Add kit pages (translations included) under each language's kit index; returns how many."""
    generator = Generator(KitPage, KitIndexPage, random.Random(seed))
    while generator.made < total:
        generator.add_translated(generator.rng.choice(KIT_ORIGINAL_LANGUAGES), total)
    generator.flush()
    return generator.made


def add_news(total, seed):
    """Add news pages: central articles (some translated) under each language's news index, and
    national ones under the countries' sections, in the section's language; returns how many."""
    generator = Generator(NewsPage, NewsIndexPage, random.Random(seed + 1))
    sections = list(NationalSectionPage.objects.live().select_related("locale"))
    while generator.made < total:
        if generator.rng.random() < NATIONAL_SHARE:
            section = generator.rng.choice(sections)
            generator.add(section, uuid.uuid4(), country_id=section.country_id)
        else:
            generator.add_translated(generator.rng.choice(CENTRAL_NEWS_LANGUAGES), total)
    generator.flush()
    return generator.made


class Generator:
    """Pages of one type (`model`) made from the demo's, inserted a batch at a time; `index_model` is the
    type of the list page each language has, under which originals and translations go."""

    def __init__(self, model, index_model, rng):
        self.model = model
        self.rng = rng
        self.indexes = {index.locale.language_code: index for index in index_model.objects.select_related("locale")}
        self.templates = defaultdict(list)  # language code -> demo pages of `model`
        for page in model.objects.live().select_related("locale"):
            self.templates[page.locale.language_code].append(page)
        self.locales = dict(Locale.objects.values_list("language_code", "pk"))
        self.content_type = ContentType.objects.get_for_model(model)
        self.tree = TreePaths()
        self.pending = []  # (Page row, fields of the page type's own row, its terms)
        self.made = 0
        self.now = timezone.now()
        self.terms = {name: list(terms.objects.values_list("pk", flat=True)) for name, terms in self.term_models()}

    def term_models(self):
        if self.model is KitPage:
            return [("subjects", Subject), ("age_ranges", AgeRange), ("key_competences", KeyCompetence)]
        return [("topics", Topic)]

    def add_translated(self, language, total):
        """An original in `language` and translations into some of the languages that have demo pages of
        this type, as long as the total allows."""
        key = uuid.uuid4()
        published = self.publication_time()
        self.add(self.indexes[language], key, published=published)
        others = [code for code in self.templates if code != language and code in self.indexes]
        count = min(self.rng.choice(TRANSLATIONS), len(others), total - self.made)
        for code in self.rng.sample(others, count):
            self.add(self.indexes[code], key, published=published + timedelta(days=self.rng.randint(1, 60)))

    def add(self, parent, key, published=None, country_id=None):
        language = parent.locale.language_code
        template = self.rng.choice(self.templates.get(language) or self.templates["en"])
        published = published or self.publication_time()
        number = self.made + 1
        title = f"{template.title} ({number})"
        slug = f"{template.slug}-{number}"  # a translation is numbered after its original; slugs stay unique
        page = Page(
            title=title,
            draft_title=title,
            slug=slug,
            content_type_id=self.content_type.pk,
            locale_id=self.locales[language],
            translation_key=key,
            path=self.tree.next_path(parent),
            depth=parent.depth + 1,
            url_path=f"{parent.url_path}{slug}/",
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
            latest_revision_created_at=published,
        )
        self.pending.append((page, self.own_fields(template, published, country_id), self.chosen_terms()))
        self.made += 1
        if len(self.pending) >= BATCH:
            self.flush()

    def publication_time(self):
        return self.now - timedelta(minutes=self.rng.randint(60, YEARS * 365 * 24 * 60))

    def own_fields(self, template, published, country_id):
        """The page type's own fields, copied from the demo page `template`."""
        if self.model is KitPage:
            names = ["introduction", "cover_image_id", "duration_value", "duration_unit", "level", "partners"]
            names += ["aims", "steps", "expected_results", "evaluation", "licence"]
            return {name: getattr(template, name) for name in names}
        fields = {name: getattr(template, name) for name in ("introduction", "body", "lead_image_id")}
        return dict(fields, date=timezone.localdate(published), country_id=country_id)

    def chosen_terms(self):
        """A few subjects, ages and competences for a kit; one or two topics for an article."""
        counts = {"subjects": (1, 3), "age_ranges": (1, 2), "key_competences": (0, 3), "topics": (1, 2)}
        return {
            name: self.rng.sample(pks, min(len(pks), self.rng.randint(*counts[name])))
            for name, pks in self.terms.items()
        }

    def flush(self):
        """Insert the pending pages: their page rows, their own rows, then their terms."""
        if not self.pending:
            return
        Page.objects.bulk_create([page for page, _fields, _terms in self.pending])  # sets their pks
        insert_own_rows(
            self.model, [self.model(id=page.pk, page_ptr_id=page.pk, **fields) for page, fields, _ in self.pending]
        )
        for name, term_model in self.term_models():
            through = self.model._meta.get_field(name).remote_field.through
            page_column, term_column = f"{self.model._meta.model_name}_id", f"{term_model._meta.model_name}_id"
            links = [
                through(**{page_column: page.pk, term_column: pk})
                for page, _fields, terms in self.pending
                for pk in terms[name]
            ]
            through.objects.bulk_create(links)
        self.tree.save_child_counts()
        self.pending = []


def insert_own_rows(model, rows):
    """Insert the page type's own rows (its table of the multi-table inheritance) for pages whose
    wagtailcore_page rows exist: what bulk_create does, which refuses multi-table models."""
    fields = model._meta.local_concrete_fields
    size = connection.ops.bulk_batch_size(fields, rows) or len(rows)
    for start in range(0, len(rows), size):
        query = InsertQuery(model)
        query.insert_values(fields, rows[start : start + size], raw=True)
        query.get_compiler(connection=connection).execute_sql()


class TreePaths:
    """The next free child path of each parent, counted here rather than asked of the database for
    each page; the parents' child counts are saved after each batch."""

    def __init__(self):
        self.next_step = {}
        self.added = Counter()

    def next_path(self, parent):
        if parent.pk not in self.next_step:
            last = parent.get_last_child()
            self.next_step[parent.pk] = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        step = self.next_step[parent.pk]
        self.next_step[parent.pk] += 1
        self.added[parent.pk] += 1
        return Page._get_path(parent.path, parent.depth + 1, step)

    def save_child_counts(self):
        for pk, count in self.added.items():
            Page.objects.filter(pk=pk).update(numchild=F("numchild") + count)
        self.added.clear()


def refresh_statistics():
    """Give the query planner the new tables' sizes, as autovacuum would some time later."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
