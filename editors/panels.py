"""Dashboard panels by role (editors.wagtail_hooks adds those that concern the signed-in user).

- National teams: their section's drafts, what waits for moderation, translations missing or out
  of date.
- Central team: the same figures for every country, one row each.
- Translators: the state of their languages.
"""

from collections import Counter, defaultdict

from wagtail.admin.ui.components import Component
from wagtail.models import Locale, WorkflowState, get_default_page_content_type

from countries.models import Country, NationalSectionPage
from editors.access import pages_under
from editors.translation_state import State, counts_by_locale, page_translations

DRAFTS_SHOWN = 10


def in_moderation(page_ids):
    return WorkflowState.objects.active().filter(
        base_content_type=get_default_page_content_type(), object_id__in=[str(pk) for pk in page_ids]
    )


def country_of_page(section_country_by_path):
    """A function giving the country of a page inside one of the sections (or None)."""
    lengths = sorted({len(path) for path in section_country_by_path})

    def country_of(path):
        for length in lengths:
            if (country_id := section_country_by_path.get(path[:length])) is not None:
                return country_id
        return None

    return country_of


def section_figures(country_ids=None):
    """{country_id: Counter(drafts, moderation, out_of_date, missing)} for the sections of the
    given countries (all by default). A translation counts as missing or out of date only in the
    languages the team offers its section in (those it has translated the section into): a team
    writing in French owes no page in Maltese."""
    sections = NationalSectionPage.objects.all()
    if country_ids is not None:
        sections = sections.filter(country_id__in=country_ids)
    country_by_path = dict(sections.values_list("path", "country_id"))
    section_locales = defaultdict(set)
    for country_id, locale_id in sections.values_list("country_id", "locale_id"):
        section_locales[country_id].add(locale_id)
    country_of = country_of_page(country_by_path)
    pages = pages_under(list(country_by_path))
    figures = defaultdict(Counter)
    page_country = {}
    for pk, path, draft in pages.values_list("id", "path", "has_unpublished_changes"):
        page_country[pk] = country_of(path)
        figures[page_country[pk]]["drafts"] += draft
    for object_id in in_moderation(page_country).values_list("object_id", flat=True):
        figures[page_country[int(object_id)]]["moderation"] += 1
    for result in page_translations(pages):
        country_id = country_of(result.source["path"])
        if result.state != State.TRANSLATED and result.locale_id in section_locales[country_id]:
            figures[country_id][result.state] += 1
    return figures


class NationalSectionPanel(Component):
    name = "national_section"
    template_name = "editors/panels/national_section.html"
    order = 90

    def __init__(self, country_ids):
        self.country_ids = country_ids

    def get_context_data(self, parent_context=None):
        figures = section_figures(self.country_ids)
        countries = []
        for country in Country.objects.filter(pk__in=self.country_ids):
            # The original first: the language the team writes in.
            sections = NationalSectionPage.objects.filter(country=country).select_related("locale").order_by("pk")
            own_pages = pages_under([section.path for section in sections])
            countries.append(
                {
                    "country": country,
                    "sections": sections,
                    "figures": figures[country.pk],
                    "drafts": own_pages.filter(has_unpublished_changes=True)
                    .select_related("locale")
                    .order_by("-latest_revision_created_at")[:DRAFTS_SHOWN],
                    "moderation": in_moderation(own_pages.values_list("id", flat=True))
                    .select_related("current_task_state__task")
                    .prefetch_related("content_object__locale"),
                }
            )
        return {"countries": countries}


class CentralOverviewPanel(Component):
    name = "national_sections_overview"
    template_name = "editors/panels/central_overview.html"
    order = 90

    def get_context_data(self, parent_context=None):
        figures = section_figures()
        rows = [(country, figures[country.pk]) for country in Country.objects.all()]
        totals = sum((counter for _country, counter in rows), Counter())
        return {"rows": rows, "totals": totals}


class TranslatorPanel(Component):
    name = "translator_languages"
    template_name = "editors/panels/translator.html"
    order = 90

    def __init__(self, locale_ids):
        self.locale_ids = locale_ids

    def get_context_data(self, parent_context=None):
        counts = counts_by_locale(page_translations(locale_ids=self.locale_ids))
        rows = [
            (locale, [(state, label, counts[locale.pk][state]) for state, label in State.choices])
            for locale in Locale.objects.filter(pk__in=self.locale_ids)
        ]
        return {"rows": rows}
