"""The cheap test before repair_reference (issue 9): it may say yes in vain, never no
where repair_reference changes a word."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.parse.partial import _LOOKALIKE, LOOKALIKE_BY_DIGIT, NOT_A_LOOKALIKE
from biblio.text.repair import may_change_reference, repair_reference

WORDS = [
    # look-alike words of either script, as the notes print them
    "co", "On", "C", "P", "T", "E", "M", "p", "pp", "a", "o", "n", "Ho", "OK",
    "С", "Р", "Т", "Е", "М", "рр", "р", "со", "а", "о", "у", "Со", "АСТ", "ОН",
    # Roman numerals, which repair_reference looks past
    "I", "IV", "XIX", "X", "Х", "ХХ",
    # words with a script of their own, and mixed or damaged ones
    "Иванов", "История", "оп", "д", "л", "Там", "же", "Москва", "литерaтуры",
    "Fennell", "History", "Ibid", "Guerre", "the", "Vaïsse", "Тaranovsky", "Мonde",
    "à", "é", "áыло", "Зібрання", "αβ", "бóльшую", "о\u0301",
]
SEPARATORS = [" ", ". ", ", ", "., ", " // ", " – ", "-", ": ", " (", ") ", ".", " № ",
              " 12 ", "5", " 1933. ", "\n"]

references = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)),
                      min_size=1, max_size=12).map(
    lambda pairs: "".join(word + separator for word, separator in pairs))
"""References of look-alike, clear, mixed and see-through words in any order."""
letters = st.text(alphabet="coOnCPTEMpaxyIVХСРТЕМрсоаух АСТИванвТамжеFnlHistrу\u0301é.,– 12",
                  max_size=60)
"""Short texts of the letters that matter, in any order."""


@settings(max_examples=600, deadline=None)
@given(text=references | letters)
def test_precheck_never_says_no_where_repair_reference_changes_a_word(text: str) -> None:
    if repair_reference(text).changes:
        assert may_change_reference(text), text


@settings(max_examples=300, deadline=None)
@given(text=references | letters)
def test_a_letter_without_a_latin_lookalike_survives_repair_reference(text: str) -> None:
    if NOT_A_LOOKALIKE.search(text):
        assert re.search("[\u0400-\u04ff]", repair_reference(text).text), text


def test_precheck_says_yes_to_the_lookalikes_repair_reference_reads() -> None:
    # the readings of docs/parsing-history.md's look-alike paragraph, checked there by hand
    for text in ("Fennell. History, рр. 16-17", "РГАСПИ. Ф. 17. On. 1. Д. 5.",
                 "Там же. C. 223.", "Иванов И. co статьей.", "Тaranovsky К. Статья."):
        assert repair_reference(text).changes, text
        assert may_change_reference(text), text


def test_precheck_says_no_without_a_lookalike_next_to_the_other_script() -> None:
    for text in ("Иванов А. В. История. URL: https://example.org/7 (дата обращения: 1.2.2020)",
                 "Vaïsse A.-B. Guerre. URL: https://example.org/4 (дата обращения: 1.2.2020)",
                 "Иванов И. И. Москва, 1990. С. 5.", "Dupuy R. E. History. London, 1990. P. 5."):
        assert not may_change_reference(text), text


digits_and_lookalikes = st.text(alphabet="ЗзОоOoбl0123456789 .,СсАaИ", max_size=40)
"""Texts where look-alikes of digits touch digits, or only other letters do."""


@settings(max_examples=500, deadline=None)
@given(text=digits_and_lookalikes | references)
def test_the_digit_first_lookalike_test_finds_a_lookalike_touching_a_digit(text: str) -> None:
    """LOOKALIKE_BY_DIGIT opens with the digit; it finds what the plain pattern finds."""
    plain = re.search(rf"[{_LOOKALIKE}]\d|\d[{_LOOKALIKE}]", text)
    assert (LOOKALIKE_BY_DIGIT.search(text) is None) == (plain is None), text
    assert LOOKALIKE_BY_DIGIT.search("С. 1О5") and LOOKALIKE_BY_DIGIT.search("М., 19З5")
    assert not LOOKALIKE_BY_DIGIT.search("Иванов И. И. История. М., 1935. С. 105.")
