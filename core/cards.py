"""Cards: a page's picture, kicker, title and summary, linking to it, as lists show them.

Cards are most of a list's HTML and most of its time: each needs its page, its image's renditions and
its terms loaded, and a template with a <picture> rendered. So the HTML of each card is kept in the
fragment cache, per kind of card, page and language, until a page of the listed type is published,
unpublished or moved (its list tag, core.caching) or the site's settings or structure change. Given the
ids of a list's pages (core.ordered_pages), a list whose cards are all kept loads no page at all; the
others are loaded and prepared together, in the same few queries as before."""

from django.template.loader import get_template
from django.utils.safestring import mark_safe

from core.caching import SITE, STRUCTURE, cached_fragments, list_tag
from core.ordered_pages import PagesInOrder

CARD_TEMPLATE = "includes/card.html"


class Cards:
    """The cards of `pages` (a PagesInOrder, or pages already loaded), in order, as HTML.

    `kind` names the card's variant (a kit on the home page shows other facts than in the kit index);
    `describe(page)` gives the card template's arguments besides the page (image, kicker, tags), if any;
    `prepare(pages)` loads what those need, for all the pages rendered at once; `template` draws one
    card from `item` (the page) and those arguments."""

    def __init__(self, request, pages, kind, describe=None, prepare=None, template=CARD_TEMPLATE):
        self.request = request
        self.template = template
        self.pages = pages
        self.kind = kind
        self.describe = describe or (lambda page: {})
        self.prepare = prepare
        self._html = None

    def __len__(self):
        return len(self.pages)

    def __iter__(self):
        if self._html is None:
            self._html = self.render_all()
        return iter(self._html)

    def render_all(self):
        ids = list(self.pages.ids) if isinstance(self.pages, PagesInOrder) else [page.pk for page in self.pages]
        if not ids:
            return []
        host = self.request.get_host()
        found = cached_fragments(
            f"card-{self.kind}", [(host, pk) for pk in ids], self.render_missing, depends_on=self.tags()
        )
        return [mark_safe(found[(host, pk)]) for pk in ids if (host, pk) in found]

    def tags(self):
        model = self.pages.queryset.model if isinstance(self.pages, PagesInOrder) else type(self.pages[0])
        return (SITE, STRUCTURE, list_tag(model))

    def render_missing(self, parts):
        """{(host, pk): HTML} of the cards not in the cache, their pages loaded and prepared at once."""
        wanted = {pk for _host, pk in parts}
        if isinstance(self.pages, PagesInOrder):
            pages = self.pages.load([pk for pk in self.pages.ids if pk in wanted])
        else:
            pages = [page for page in self.pages if page.pk in wanted]
        if self.prepare and pages:
            self.prepare(pages)
        template = get_template(self.template)
        host = self.request.get_host()
        return {(host, page.pk): template.render({"item": page, **self.describe(page)}, self.request) for page in pages}
