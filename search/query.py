"""Search queries as visitors type them, made safe for every backend, and searched in each language
with that language's stemming."""

import hashlib
import re

from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.caching import ANY_PAGE, SITE, STRUCTURE, cached_fragment
from languages.codes import DEFAULT_LANGUAGE, LANGUAGE_CODES
from languages.pages import locale_codes

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
WORD = re.compile(r"\w+", re.UNICODE)


def clean_query(raw):
    """(query, message): the words of `raw`, or "" with a message saying why nothing is searched.

    Only word characters are kept: quotes, operators and symbols mean different things to each
    backend (and errors to some), and none of them helps a visitor of a public portal."""
    raw = (raw or "").strip()
    if not raw:
        return "", ""
    message = ""
    if len(raw) > MAX_QUERY_LENGTH:
        raw = raw[:MAX_QUERY_LENGTH]
        message = _("Your search was long, so only its first %(count)d characters were used.") % {
            "count": MAX_QUERY_LENGTH
        }
    words = WORD.findall(raw)[:MAX_WORDS]
    if not words:
        return "", _("Type at least one word or number: a search made only of symbols finds nothing.")
    return " ".join(words), message


def language_backend(language_code):
    backend = get_search_backend()
    return backend.for_language(language_code) if hasattr(backend, "for_language") else backend


def search_in_language(queryset, query, language_code):
    """Search `queryset` for `query`, stemming the query as `language_code` where the backend can."""
    return language_backend(language_code).search(query, queryset, operator="and")


def locale_ids():
    """Language code -> id of its Wagtail locale, without a query (core.caching)."""
    return {code: pk for pk, code in locale_codes().items()}


def search_by_language(queryset, query, language_codes):
    """`queryset`'s objects of each of `language_codes` matching `query`, one language after the other,
    each searched with its own language's stemming: a query stemmed as French misses the stems of an
    English page ("water" is "wat" in French and "water" in English).

    Languages in which the query reads the same (the same stems, or no stemmer at all) are searched
    together, in one query instead of one each: a search in thirty languages costs a few queries."""
    ids = locale_ids()
    groups = {}
    for code, signature in query_signatures(query, [code for code in language_codes if code in ids]).items():
        groups.setdefault(signature, []).append(code)
    return ResultsInTurn(
        [
            search_in_language(queryset.filter(locale_id__in=[ids[code] for code in codes]), query, codes[0])
            for codes in groups.values()
        ]
    )


def searches_languages_together():
    """Whether the backend can tell the languages where a query reads the same (query_signatures), and
    search_by_language searches them in one query."""
    return hasattr(get_search_backend(), "query_signatures")


def query_signatures(query, language_codes):
    """{language code: what the backend searches for `query` in it}; languages with equal signatures
    find the same pages. A backend that cannot tell (Elasticsearch: an index per language) gives each
    language its own."""
    if searches_languages_together():
        return get_search_backend().query_signatures(query, language_codes)
    return {code: code for code in language_codes}


def in_portal_order(first):
    """Every language: `first`, then the default language, then the others in the portal's order."""
    return list(dict.fromkeys([first, DEFAULT_LANGUAGE, *LANGUAGE_CODES]))


def languages_of(queryset, first):
    """The languages of `queryset`'s objects (one query), in_portal_order."""
    ids = queryset.order_by().values_list("locale_id", flat=True).distinct()
    found = {locale_codes().get(pk) for pk in ids}
    return [code for code in in_portal_order(first) if code in found]


def languages_to_search(queryset, first):
    """The languages in which to search `queryset`, in_portal_order.

    A backend that searches together the languages where a query reads the same gets them all: it makes
    one query per reading however many languages share it, and a language without objects finds
    nothing, whereas finding the languages of `queryset` reads every one of its objects (languages_of:
    180–440 ms over 62,000 pages, docs/performance.md). A backend that searches language by language
    (Elasticsearch) gets only the languages of `queryset`, rather than one query per empty language."""
    if searches_languages_together():
        return in_portal_order(first)
    return languages_of(queryset, first)


class ResultsInTurn:
    """Several search results, shown one after the other as one sequence that a Paginator can page
    through: each is counted once, and only the results of the page shown are fetched."""

    def __init__(self, parts):
        self.parts = parts

    @cached_property
    def counts(self):
        return [part.count() for part in self.parts]

    def count(self):
        return sum(self.counts)

    def __len__(self):
        return self.count()

    def __iter__(self):
        for part in self.parts:
            yield from part

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start, stop, _step = key.indices(self.count())
        items, offset = [], 0
        for part, count in zip(self.parts, self.counts, strict=True):
            low, high = max(start - offset, 0), min(stop - offset, count)
            if low < high:
                items.extend(part[low:high])
            offset += count
        return items


class KeptResults:
    """The results of `search()` (a ResultsInTurn) whose count and pages of results are kept in the fragment cache until
    the next publication, unpublication, move or deletion of any page (core.caching's any-page tag): a
    query asked again, or paged through, is not searched again. `parts` say what was searched (the
    query, the type, ...); the language is part of every fragment's key."""

    TAGS = (SITE, STRUCTURE, ANY_PAGE)

    def __init__(self, search, *parts):
        self.search = search
        self.key = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]

    @cached_property
    def results(self):
        return self.search()

    def count(self):
        return cached_fragment("search-count", lambda: self.results.count(), self.key, depends_on=self.TAGS)

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start, stop, _step = key.indices(self.count())
        searched = []

        def search_ids():
            searched.extend(self.results[start:stop])
            return [page.pk for page in searched]

        ids = cached_fragment("search-ids", search_ids, self.key, start, stop, depends_on=self.TAGS)
        if searched:  # just searched: the pages are at hand
            return searched
        pages = Page.objects.in_bulk(ids)
        return [pages[pk] for pk in ids if pk in pages]
