"""Excerpts of search results with the searched words marked. Backends stem words differently, so
a word is marked when it starts like a searched word ("Wälder" for "Wald", "schools" for "school")."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

EXCERPT_LENGTH = 240
MIN_STEM = 4


def word_pattern(query):
    stems = {word[: max(MIN_STEM, len(word) - 2)] for word in re.findall(r"\w+", query)}
    if not stems:
        return None
    alternatives = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE | re.UNICODE)


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
    pattern = word_pattern(query)
    match = pattern.search(text) if pattern else None
    excerpt, cut_start, cut_end = window(text, match.start() if match else 0)
    parts, last = [], 0
    for found in pattern.finditer(excerpt) if pattern else []:
        parts.append(escape(excerpt[last : found.start()]))
        parts.append(f"<mark>{escape(found.group())}</mark>")
        last = found.end()
    parts.append(escape(excerpt[last:]))
    return mark_safe(("… " if cut_start else "") + "".join(parts) + (" …" if cut_end else ""))
