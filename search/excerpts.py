"""Excerpts of search results with the searched words marked, from the page's own text. Backends stem
words differently, so a word is marked when it starts like a searched word ("Wälder" for "Wald",
"schools" for "school"), whatever its case and accents ("Μέλισσες" for "μελισσες"), as the search
itself ignores them (search.text)."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from languages.folding import fold

EXCERPT_LENGTH = 240
MIN_STEM = 4
WORD = re.compile(r"\w+")


def searched_beginnings(query):
    """The folded beginnings of the query's words: all but their last two letters, at least MIN_STEM."""
    return tuple(sorted({word[: max(MIN_STEM, len(word) - 2)] for word in WORD.findall(fold(query))}))


def marked_words(text, query):
    """(start, end) of each word of `text` that starts like a word of `query`."""
    beginnings = searched_beginnings(query)
    if not beginnings:
        return []
    return [(word.start(), word.end()) for word in WORD.finditer(text) if fold(word.group()).startswith(beginnings)]


def window(text, start):
    """About EXCERPT_LENGTH characters of `text` around `start`, cut at word boundaries."""
    if len(text) <= EXCERPT_LENGTH:
        return text, False, False
    begin = max(0, start - EXCERPT_LENGTH // 3)
    if begin:
        begin = text.find(" ", begin) + 1 or begin
    end = min(len(text), begin + EXCERPT_LENGTH)
    if end < len(text):
        end = text.rfind(" ", begin, end) if text.rfind(" ", begin, end) > begin else end
    return text[begin:end], begin > 0, end < len(text)


def highlighted_excerpt(page, query):
    text = " ".join(str(getattr(page, "description", "") or "").split())
    marks = marked_words(text, query)
    excerpt, cut_start, cut_end = window(text, marks[0][0] if marks else 0)
    parts, last = [], 0
    for start, end in marked_words(excerpt, query):
        parts.append(escape(excerpt[last:start]))
        parts.append(f"<mark>{escape(excerpt[start:end])}</mark>")
        last = end
    parts.append(escape(excerpt[last:]))
    return mark_safe(("… " if cut_start else "") + "".join(parts) + (" …" if cut_end else ""))
