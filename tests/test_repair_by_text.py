"""Repair decided per text before per word: what a text cannot carry is not looked for.

An English or French text has few Cyrillic letters, so the places where a Latin and a
Cyrillic word meet are found from the Cyrillic side; a text with no Cyrillic letter at
all has none, and a lone "à" there stays whatever its neighbours. The repairs must be
those of a Russian text read from its Latin letters. The expected repairs are written
by hand ("а" is the Cyrillic letter of byte 0xE0, "à" the Latin-1 one).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.text import repair
from biblio.text.repair import repair_text

ENGLISH = "The alliance was discussed in Paris and London by the ministers of the day. " * 40


def test_reverse_damage_in_a_long_english_text_is_repaired() -> None:
    text = ENGLISH + "Les relations de 1933 а 1939 (Paris, 1954). " + ENGLISH
    assert repair_text(text).text == text.replace(" а ", " à ")


def test_a_look_alike_capital_in_a_long_english_text_is_repaired() -> None:
    text = ENGLISH + "Le Мonde, 12 mai 1935. " + ENGLISH
    assert repair_text(text).text == text.replace("Мonde", "Monde")


def test_a_russian_title_cited_in_a_long_english_text_stays() -> None:
    text = ENGLISH + "See Сталин И. В. Сочинения. М., 1949. Т. 12. С. 256. " + ENGLISH
    assert repair_text(text).changes == []


@pytest.mark.parametrize("word", ["à", "×"])
def test_a_latin1_word_in_a_text_without_cyrillic_letters_stays(word: str) -> None:
    text = f"{ENGLISH}from Paris {word} London, {word}{ENGLISH}"
    assert repair_text(text).changes == []


def test_accented_latin_words_in_a_text_without_cyrillic_letters_stay() -> None:
    text = "Les années 1930 à Paris : Ñuñoa, Zürich, café, été, Écrits ; 3 × 4 = 12. " * 50
    assert repair_text(text).changes == []


def test_a_russian_text_with_every_letter_damaged_has_no_cyrillic_letter_and_is_repaired() -> None:
    assert repair_text("Ýòî áûëî äàâíî, ïèøåò èñòîðèê.").text == "Это было давно, пишет историк."


LETTERS = "aeZ\u00e9\u00e0\u00e7\u0430\u0431\u0416\u043c\u04111 ,.\n\u0301"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=LETTERS, max_size=40))
def test_scripts_meet_at_the_same_places_read_from_either_script(text: str) -> None:
    backwards = text[::-1]
    original = repair._latin_is_rarer
    try:
        repair._latin_is_rarer = lambda _: True
        from_latin = repair._where_scripts_meet(text, backwards)
        repair._latin_is_rarer = lambda _: False
        from_cyrillic = repair._where_scripts_meet(text, backwards)
    finally:
        repair._latin_is_rarer = original
    assert sorted(from_latin[0]) == sorted(from_cyrillic[0])
    assert from_latin[1] == from_cyrillic[1]
