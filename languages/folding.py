"""Text with case and accents folded, the one way the portal compares what people type: search (search.text),
schools' matching keys, languages in alphabetical order, partner search's text."""

import unicodedata
from functools import cache

# Letters of their own in Cyrillic alphabets, not accented letters: "й" is not "и" (nor for
# PostgreSQL's unaccent rules, which these follow).
KEPT_LETTERS = frozenset("йїўѓќ")
# Letters that Unicode does not decompose into a letter and an accent, folded as unaccent does, so
# that "pszczola" finds "pszczoła".
LETTERS = str.maketrans(
    {"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "ŧ": "t", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe"}
)


@cache
def fold_character(character):
    if character in KEPT_LETTERS:
        return character
    decomposed = unicodedata.normalize("NFD", character)
    return "".join(part for part in decomposed if not unicodedata.combining(part))


def fold(text):
    """`text` in lower case without accents: "ΜΈΛΙΣΣΕΣ" -> "μελισσεσ", "Élève" -> "eleve"."""
    text = unicodedata.normalize("NFC", text.casefold())
    return "".join(map(fold_character, text)).translate(LETTERS)
