"""Alphabetical order in the reader's language without a collation library (no ICU here): titles sorted
by a key that folds case and accents (languages.folding), so that "Μαθηματικά" comes before "Μέλισσες"
and "Écoles" among the E's, and that places the letters a language counts as letters of their own where
its alphabet puts them: Czech "Č" after every "C", Swedish "Å Ä Ö" after "Z", Czech "ch" after "h".

The same key on SQLite and PostgreSQL, whose own orders follow code points or the server's locale.
The letters below follow the Unicode CLDR collation of each language, first (letter) level only."""

import re
import unicodedata
from functools import cache

from languages.folding import fold

# "base<x<y": x and y are letters of their own, sorted after every word with `base` at that place and
# before the next letter, x before y; "x=x2" sorts x2 as x. Languages left out sort as folded text.
ALPHABETS = {
    "cs": "c<č h<ch r<ř s<š z<ž",
    "sk": "a<ä c<č h<ch o<ô r<ř s<š z<ž",
    "pl": "a<ą c<ć e<ę l<ł n<ń o<ó s<ś z<ź<ż",
    "hr": "c<č<ć d<dž<đ l<lj n<nj s<š z<ž",
    "sl": "c<č s<š z<ž",
    "lt": "c<č s<š z<ž",
    "lv": "c<č g<ģ k<ķ l<ļ n<ņ s<š z<ž",
    "et": "s<š<z<ž w<õ<ä<ö<ü",
    "hu": "c<cs d<dz<dzs g<gy l<ly n<ny o<ö=ő s<sz t<ty u<ü=ű z<zs",
    "ro": "a<ă<â i<î s<ș=ş t<ț=ţ",
    "es": "n<ñ",
    "sv": "z<å<ä=æ<ö=ø",
    "fi": "z<å<ä=æ<ö=ø",
    "da": "z<æ=ä<ø=ö<å",
    "nb": "z<æ=ä<ø=ö<å",
    "is": "a<á e<é i<í o<ó u<ú y<ý z<þ<æ<ö",
    "tr": "c<ç g<ğ h<ı o<ö s<ş u<ü",
    "mt": "b<ċ f<ġ g<għ h<ħ y<ż",
    "sq": "c<ç d<dh e<ë g<gj l<ll n<nj r<rr s<sh t<th x<xh z<zh",
    "sr": "c<č<ć d<dž<đ l<lj n<nj s<š z<ž д<ђ и<ј л<љ н<њ т<ћ ч<џ",  # Latin and Cyrillic
    "mk": "д<ѓ з<ѕ и<ј л<љ н<њ т<ќ ч<џ",
    "uk": "г<ґ е<є и<і<ї<й",
}

# In Turkish "I" is the capital of "ı" and "İ" of "i"; Unicode's case folding knows only "I" and "i".
TURKISH_CAPITALS = str.maketrans({"I": "ı", "İ": "i"})

# Sorts after every character that can follow a letter in a word, so "c" + AFTER sorts after "cz".
AFTER = 0x10FF00


@cache
def own_letters(language_code):
    """(a pattern matching the language's letters of their own, longest first, {letter: sort key}),
    or None for a language without any."""
    keys = {}
    for rule in ALPHABETS.get(language_code, "").split():
        base, *letters = rule.split("<")
        for rank, equals in enumerate(letters, start=1):
            for letter in equals.split("="):
                keys[letter] = base + chr(AFTER + rank)
    if not keys:
        return None
    return re.compile("|".join(map(re.escape, sorted(keys, key=len, reverse=True)))), keys


def primary_key(text, language_code):
    """`text` as its letters sort in `language_code`, case and other accents ignored."""
    if language_code == "tr":
        text = text.translate(TURKISH_CAPITALS)
    text = unicodedata.normalize("NFC", text.casefold())
    letters = own_letters(language_code)
    if letters:
        pattern, keys = letters
        text = pattern.sub(lambda match: keys[match.group()], text)
    # fold() leaves the markers alone and folds the rest.
    return fold(text)


def alphabetical_key(text, language_code):
    """A sort key that orders texts as a dictionary of `language_code` does; texts that differ only in
    accents or case follow each other, in a fixed order."""
    return (primary_key(text, language_code), text.casefold(), text)
