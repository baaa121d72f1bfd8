"""Where a Latin letter meets a Cyrillic one, found with fewer steps: LATIN_BESIDE_CYRILLIC
tries a Latin letter with another Latin letter after it only for a Cyrillic letter before
it, and must find what the plain pattern of its three cases (a gap then a Cyrillic word, a
Cyrillic letter before, a Cyrillic letter after) finds, group by group; the damaged word
that ends where a pair of scripts meets is found by bisection, not by a dictionary."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from biblio.text.repair import (
    CYRILLIC_LETTER,
    DAMAGE_TO_WORD_END,
    LATIN_BESIDE_CYRILLIC,
    UNDAMAGED_LATIN,
    _damaged_word_ending_at,
)

PLAIN_CASES = re.compile(
    f"[{UNDAMAGED_LATIN}](?:([\\W\\d_]+)(?=[{CYRILLIC_LETTER}])"
    f"|(?<=[{CYRILLIC_LETTER}][{UNDAMAGED_LATIN}])|(?=[{CYRILLIC_LETTER}]))")
"""The three cases written one after the other, each tried at every Latin letter."""

PIECES = ["Paris", "de", "l'", "Сталин", "т", "М", "ã", "ãã", "È", "à", "Ýòî", "Ā", "ɏ",
          "Z", "1935", "_", " ", ". ", ", ", "\n", "—", "«", "»", "(", "²", "СCCР", "Aб",
          "бA", "Ë"]
"""Latin runs of one letter and more, Latin letters at the ends of the pattern's ranges,
Cyrillic look-alikes, damage characters and gaps of every kind the pattern's group reads."""


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(match.start(), match.end(), match.group(1)) for match in pattern.finditer(text)]


def test_a_latin_word_before_a_russian_one_and_a_mixed_word() -> None:
    text = "Werth N. Histoire, 1990. С. 5; СCCР и Paris"
    assert _found(LATIN_BESIDE_CYRILLIC, text) == [
        (16, 25, ", 1990. "),  # the "e" of "Histoire" and the gap before "С."
        (32, 33, None),  # the Latin "C" after the Cyrillic "С" inside "СCCР"
        (33, 34, None),  # … and the Latin "C" before the Cyrillic "Р"
    ]
    assert _found(LATIN_BESIDE_CYRILLIC, text) == _found(PLAIN_CASES, text)


@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_the_latin_letters_beside_cyrillic_ones_are_those_of_the_plain_cases(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    assert _found(LATIN_BESIDE_CYRILLIC, text) == _found(PLAIN_CASES, text)


@given(st.lists(st.sampled_from(PIECES), max_size=60), st.integers(min_value=0, max_value=400))
def test_the_damaged_word_ending_at_a_place_is_the_one_the_damage_pass_found(
    pieces: list[str], place: int,
) -> None:
    text = "".join(pieces)
    spans = [match.span() for match in DAMAGE_TO_WORD_END.finditer(text)]
    ends = [end for _, end in spans]
    starts = [start for start, _ in spans]
    by_end = dict(zip(ends, starts))
    assert _damaged_word_ending_at(place, ends, starts) == by_end.get(place)

