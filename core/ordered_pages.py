"""Long lists paged without counting or skipping rows on each request.

Paged in the database, a list of 30,000 news articles costs a COUNT over every listed page for its page
links, and its page 2,000 an OFFSET of 20,000 rows; a list sorted outside the database (kits, in the
reader's alphabet) loads every title. Instead the ids of the listed pages, in the list's order, are kept
in the fragment cache until a page of the listed type is published (core.caching's list tag), one entry
per query: the language, the filters, the own-language choice and the view restrictions all show in
its SQL. A request then reads the ids, counts them, and loads the pages it shows by id."""

import hashlib
from array import array

from django.core.exceptions import EmptyResultSet

from core.caching import SITE, STRUCTURE, cached_fragment, list_tag


def ids_in_order(queryset, compute):
    """`compute()`, the ids of `queryset`'s pages in the list's order, kept until the next publication,
    move or unpublication of a page of its type, or a change to the site's structure or settings."""
    try:
        sql = str(queryset.query)
    except EmptyResultSet:  # a condition that no page can meet: nothing to compute or keep
        return []
    tags = (SITE, STRUCTURE, list_tag(queryset.model))
    key = hashlib.sha256(sql.encode()).hexdigest()
    # An array, not a list: read on every request, tens of thousands of ids would otherwise be as many
    # objects to build, and then to collect.
    return cached_fragment("ids-in-order", lambda: array("q", compute()), key, depends_on=tags)


def in_stored_order(pages):
    """`pages` in their queryset's order, from the ids kept until the next publication."""
    return PagesInOrder(pages, ids_in_order(pages, lambda: list(pages.values_list("pk", flat=True))))


class PagesInOrder:
    """The pages of `queryset` whose ids are `ids`, in that order. A slice is another PagesInOrder and
    loads nothing: the paginator takes the slice it shows, and the pages are loaded (in one query) only
    when something reads them; a list whose cards are all in the cache (core.cards) never does."""

    def __init__(self, queryset, ids):
        self.queryset = queryset
        self.ids = ids
        self._pages = None

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return PagesInOrder(self.queryset, self.ids[index])
        return self.pages()[index]

    def __iter__(self):
        return iter(self.pages())

    def pages(self):
        if self._pages is None:
            self._pages = self.load(self.ids)
        return self._pages

    def load(self, ids):
        """The pages of `ids` in that order, in one query; ids of pages gone since are skipped."""
        pages = {page.pk: page for page in self.queryset.filter(pk__in=list(ids))} if ids else {}
        return [pages[pk] for pk in ids if pk in pages]
