"""Alphabetical order in the reader's language (languages.collation), without a database."""

import pytest

from languages.codes import LANGUAGE_CODES
from languages.collation import ALPHABETS, alphabetical_key


def in_order(words, language_code):
    return sorted(words, key=lambda word: alphabetical_key(word, language_code))


@pytest.mark.parametrize(
    ("language_code", "words"),
    [
        ("el", ["Άμεση", "βότανα", "Μαθηματικά", "Μέλισσες", "Ωκεανός"]),
        ("fr", ["Eau", "ébène", "Ecoles", "Écoles", "Égalité", "Fin"]),
        ("de", ["Apfel", "Ärger", "Aster", "Öl", "Ost", "Zug"]),
        ("cs", ["Cesta", "Cyklus", "Čas", "Dům", "Hudba", "Chemie", "Ibis", "Řeka", "Sova", "Šachy"]),
        ("pl", ["Las", "Lwy", "Łódź", "Mama", "Zupa", "Źródło", "Żaba"]),
        ("sv", ["Apa", "Zebra", "Åsa", "Äpple", "Örn"]),
        ("da", ["Apa", "Zebra", "Æble", "Ørn", "Ål"]),
        ("es", ["Nada", "Nube", "Ñandú", "Oso"]),
        ("tr", ["Hava", "Işık", "İnsan", "Oda", "Öğretmen", "Pazar"]),
        ("uk", ["Гора", "Ґанок", "Дім", "Іній", "Їжак", "Йод", "Кіт", "Липа"]),
        ("hu", ["Cukor", "Csiga", "Dal", "Ostor", "Öröm", "Sas", "Szem", "Tó"]),
    ],
)
def test_words_sort_as_the_languages_dictionaries_do(language_code, words):
    assert in_order(reversed(words), language_code) == words


def test_letters_of_their_own_are_plain_letters_in_other_languages():
    assert in_order(["Dům", "Čas", "Chemie", "Cyklus"], "en") == ["Čas", "Chemie", "Cyklus", "Dům"]
    assert in_order(["Zebra", "Örn", "Ost"], "de") == ["Örn", "Ost", "Zebra"]


def test_words_differing_only_in_case_or_accents_keep_one_order():
    words = ["resume", "Résumé", "résumé", "Resume"]
    assert in_order(words, "fr") == in_order(reversed(words), "fr")


def test_every_alphabet_is_a_portal_language():
    assert set(ALPHABETS) <= set(LANGUAGE_CODES)
