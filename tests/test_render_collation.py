"""Locale collation for bibliographies (citeproc-py sorts by code point)."""

from __future__ import annotations

from biblio.render.collation import CYRILLIC_FIRST, LATIN_FIRST, collation_key


def ordered(words: list[str], scripts=CYRILLIC_FIRST) -> list[str]:
    return sorted(words, key=lambda word: collation_key(word, scripts))


def test_yo_sorts_with_ye_not_after_ya():
    assert ordered(["Яковлев", "Ёлкин", "Егоров", "Елизаров"]) == [
        "Егоров", "Елизаров", "Ёлкин", "Яковлев"]


def test_short_i_is_a_letter_of_its_own():
    assert ordered(["Йорк", "Иванов", "Кузнецов"]) == ["Иванов", "Йорк", "Кузнецов"]


def test_cyrillic_before_latin_for_gost_latin_first_for_chicago():
    words = ["Zorn", "Абрамов", "Abel", "Яковлев"]
    assert ordered(words) == ["Абрамов", "Яковлев", "Abel", "Zorn"]
    assert ordered(words, LATIN_FIRST) == ["Abel", "Zorn", "Абрамов", "Яковлев"]


def test_accents_sort_with_the_bare_letter_and_case_is_ignored():
    assert ordered(["Zola", "Émile", "eagle", "Ezra", "Œuvres", "Ober"], LATIN_FIRST) == [
        "eagle", "Émile", "Ezra", "Ober", "Œuvres", "Zola"]


def test_numbers_compare_by_value():
    assert ordered(["РГАСПИ, ф. 558", "РГАСПИ, ф. 17", "РГАСПИ, ф. 05"]) == [
        "РГАСПИ, ф. 05", "РГАСПИ, ф. 17", "РГАСПИ, ф. 558"]


def test_punctuation_is_ignored_at_the_first_level():
    assert ordered(["du Réau E.", "Dullin S.", "Du Bois W."], LATIN_FIRST) == [
        "Du Bois W.", "du Réau E.", "Dullin S."]
