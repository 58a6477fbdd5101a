"""search.text and search.excerpts: case and accents folded, words stemmed in their language, and the
original words marked in excerpts. Pure functions: no database."""

import pytest

from search.excerpts import highlighted_excerpt
from search.text import fold, index_text, index_words


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("ΜΈΛΙΣΣΕΣ", "μελισσεσ"),  # accents and the final sigma
        ("Élèves", "eleves"),
        ("Straße", "strasse"),
        ("Pszczoła", "pszczola"),  # ł is a letter of its own in Unicode, folded as PostgreSQL's unaccent does
        ("Œuvre", "oeuvre"),
        ("İstanbul", "istanbul"),
        ("Йод ёлка", "йод елка"),  # й is a Cyrillic letter, not an accented и; ё is an accented е
    ],
)
def test_fold_removes_case_and_accents(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("el", ["Μέλισσες", "μελισσες", "ΜΕΛΙΣΣΕΣ", "μέλισσα"]),
        ("fr", ["abeilles", "abeille", "ABEILLES"]),
        ("de", ["Bienen", "Biene", "BIENEN"]),
        ("es", ["abejas", "abeja", "ABEJAS"]),
        ("es", ["educación", "educacion", "educaciones"]),
        ("pl", ["pszczoły", "pszczoly", "pszczoła"]),
        ("sr", ["пчеле", "pčele", "pcele"]),  # the Serbian stemmer writes Cyrillic in Latin letters
    ],
)
def test_forms_of_a_word_share_one_index_word(language, forms):
    assert len({index_text(form, language) for form in forms}) == 1


def test_languages_without_a_stemmer_are_folded_only():
    assert index_words("Пчели ПЧЕЛИ пчела", "bg") == ["пчели", "пчели", "пчела"]
    assert index_words("Bees, FLOWERS") == ["bees", "flowers"]


class Page:
    def __init__(self, description):
        self.description = description


def test_excerpts_mark_the_original_words_whatever_the_accents_and_case_typed():
    excerpt = highlighted_excerpt(Page("Οι μέλισσες και οι Μέλισσες <b>"), "μελισσα")
    assert excerpt == "Οι <mark>μέλισσες</mark> και οι <mark>Μέλισσες</mark> &lt;b&gt;"
    assert highlighted_excerpt(Page("Les élèves comptent"), "ELEVES") == "Les <mark>élèves</mark> comptent"
