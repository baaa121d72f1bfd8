"""Locale collation for bibliographies (citeproc-py sorts by code point)."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from biblio.render.collation import CYRILLIC_FIRST, LATIN_FIRST, collation_key, fold


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


def test_superscript_and_circled_digits_sort_as_text_without_crashing() -> None:
    titles = ["10² ways", "10 ways", "① first", "2 ways"]
    assert sorted(titles, key=collation_key) == ["2 ways", "10 ways", "10² ways", "① first"]


def test_numbers_longer_than_python_converts_still_compare_by_value() -> None:
    long_number, longer_number = "9" * 5000, "1" + "0" * 5000
    assert sorted([longer_number, long_number, "0042", "7"], key=collation_key) == [
        "7", "0042", long_number, longer_number]


def test_words_before_their_longer_forms_and_numbers_before_words() -> None:
    assert ordered(["abc", "ab c", "ab", "ab 2", "ab-c 1"], LATIN_FIRST) == [
        "ab", "ab 2", "ab c", "ab-c 1", "abc"]


def parts(text: str) -> list[tuple[int, int, str]]:
    """The rule the key's one string stands for, part by part: a number (by its count of
    significant digits, then its digits) before a word; words as strings."""
    out = []
    for word, number in re.findall(r"([^\W\d_]+)|(\d+)", fold(text)):
        if word:
            out.append((1, 0, word))
        else:
            digits = "".join(str(unicodedata.decimal(d)) for d in number).lstrip("0")
            out.append((0, len(digits), digits))
    return out


TEXTS = st.lists(st.sampled_from(["а", "ё", "е", "я", "a", "é", "z", "Z", "ß", "ss", "0", "1", "9",
                                  "٣", "²", " ", ".", "-", "_", "\x00", "\x01", "\x02"]),
                 max_size=12).map("".join)


@given(st.lists(TEXTS, min_size=2, max_size=8))
def test_the_key_orders_as_the_parts_compared_one_by_one(texts: list[str]) -> None:
    assert sorted(texts, key=collation_key) == sorted(
        texts, key=lambda text: (collation_key(text)[0], parts(text), text.casefold(), text))
