"""Words as the search index keeps them: case and accents folded, then reduced to their stem.

The SQLite backend (search.backends.sqlite) runs both the indexed text and every query through
`index_words`, so that "μελισσες", "ΜΕΛΙΣΣΕΣ" and "μέλισσα" all become "μελισσ", as "μέλισσες" does.
Folding comes before stemming, as PostgreSQL's `unaccent` does in search.backends.postgres: the
stemmer then sees the same letters whether or not the reader typed the accents."""

import re
import threading

import snowballstemmer

from languages.folding import fold
from search.languages import SNOWBALL_STEMMERS

WORD = re.compile(r"\w+")
# Snowball stemmers keep the word being stemmed in the object: one set of them per thread.
_stemmers = threading.local()


def stemmer(language_code):
    """The Snowball stemmer of `language_code`, or None when Snowball has none."""
    algorithm = SNOWBALL_STEMMERS.get(language_code)
    if algorithm is None:
        return None
    stemmers = _stemmers.__dict__
    if algorithm not in stemmers:
        stemmers[algorithm] = snowballstemmer.stemmer(algorithm)
    return stemmers[algorithm]


def index_words(text, language_code=None):
    """The words of `text`, folded and stemmed in `language_code` (only folded without one)."""
    words = WORD.findall(fold(text))
    language_stemmer = stemmer(language_code)
    if language_stemmer is None:
        return words
    # Folded again: some stemmers spell their stems with accents (Serbian writes Cyrillic words in
    # Latin letters with háčeks).
    return [fold(stem) or word for word, stem in zip(words, language_stemmer.stemWords(words), strict=True)]


def index_text(text, language_code=None):
    return " ".join(index_words(text, language_code))
