"""/<lang>/search/?q=: pages of the reader's language, then the originals of pages not translated into
it (as the lists show them), across kits, news, events and pages, with a filter by type, highlighted
excerpts and pagination."""

from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.caching import set_page_cache_headers
from core.listing import Listing, public, wants_own_language
from core.registry import search_types
from languages.pages import in_language_or_original, page_language
from search.excerpts import highlighted_excerpt
from search.query import KeptResults, ResultsInTurn, clean_query, languages_to_search, search_by_language

RESULTS_PER_PAGE = 10


def result_types():
    """(GET value, label, page model) of the types the apps declare searchable (PortalAppConfig),
    then "pages": everything that is not one of them."""
    return [*search_types(), ("pages", _("Other pages"), None)]


def searchable_pages(result_type):
    """Live, public pages of every language, of one type or all."""
    pages = public(Page.objects.live())
    models = {value: model for value, _label, model in result_types()}
    if result_type in models and models[result_type] is not None:
        return pages.type(models[result_type])
    if result_type == "pages":
        return pages.not_type(*(model for model in models.values() if model))
    return pages


def search_results(query, language_code, result_type, own_language_only=False):
    """The reader's language's pages first, then (unless the reader asked for their own language only)
    the originals of the pages not translated into it (languages.pages.in_language_or_original), each
    language searched with its own stemming.

    The originals are given to the backend as ids: Elasticsearch cannot run the subqueries that find
    them, but takes a list of ids from the database."""
    pages = searchable_pages(result_type)
    own = search_by_language(pages, query, [language_code])
    if own_language_only:
        return own
    untranslated = in_language_or_original(Page.objects.live(), language_code).exclude(
        locale__language_code=language_code
    )
    languages = [code for code in languages_to_search(untranslated, language_code) if code != language_code]
    originals = search_by_language(pages.filter(pk__in=untranslated.values("pk")), query, languages)
    return ResultsInTurn(own.parts + originals.parts)


def search(request):
    language_code = get_language()
    query, message = clean_query(request.GET.get("q", ""))
    result_type = request.GET.get("type", "")
    if result_type and result_type not in {value for value, _label, _model in result_types()}:
        message = _("There is no result type “%(type)s”; all types are shown.") % {"type": result_type[:30]}
        result_type = ""
    listing = None
    own_language_only = wants_own_language(request)
    if query:
        results = KeptResults(
            lambda: search_results(query, language_code, result_type, own_language_only),
            query,
            result_type,
            own_language_only,
        )
        listing = Listing(request, results, RESULTS_PER_PAGE, prepare=lambda pages: prepare_results(pages, query))
    response = render(
        request,
        "search/search.html",
        {
            "query": query,
            "typed": request.GET.get("q", "")[:200],
            "message": message,
            "result_type": result_type,
            "result_types": result_types(),
            "listing": listing,
            "own_language_only": own_language_only,
        },
    )
    set_page_cache_headers(request, response)
    if query:
        # Search results are not worth keeping in shared caches: every query is different.
        patch_cache_control(response, public=False, private=True)
    return response


def prepare_results(pages, query):
    """Each result as its specific page with an excerpt and its language (results in another language
    are marked as such); the specific pages come in one query per type."""
    specific = {page.pk: page for page in Page.objects.filter(pk__in=[page.pk for page in pages]).specific()}
    for position, page in enumerate(pages):
        page = specific.get(page.pk, page)
        page.excerpt = highlighted_excerpt(page, query)
        page.result_language = page_language(page)
        pages[position] = page
