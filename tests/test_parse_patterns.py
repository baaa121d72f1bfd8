"""Regexes built from tables (biblio.parse.patterns), and the imprint rewrite built on
`preceded`: each reads what the lookbehind-first pattern it replaced read."""

from __future__ import annotations

import re

import pytest

from biblio.parse.gost import _period_before_place
from biblio.parse.patterns import preceded

PLACES = ["М", "Л", "СПб"]


def spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(pattern, text)]


def test_preceded_matches_a_term_only_after_the_lookbehind():
    # "М" opens the text (nothing before it), "Л" and "СПб" follow a space
    assert spans(preceded(r"\s", PLACES), "М., Л. и СПб") == [(4, 5), (9, 12)]


def test_preceded_prefers_the_longest_term():
    assert spans(preceded(r"\s", ["С", "СПб"]), "в СПб") == [(2, 5)]


def test_preceded_takes_a_lookbehind_of_several_characters():
    # after ". " only: "Л" after a comma and a space is not taken
    assert spans(preceded(r"\.\s", PLACES), "Заглавие. Л., 1922, Л. 5") == [(10, 11)]


@pytest.mark.parametrize("written, as_gost", [
    ("Справочник М., 2003", "Справочник. М., 2003"),
    ("(1924–1925) М., 1958", "(1924–1925). М., 1958"),
    ("Совнаркома СССР М. 1944", "Совнаркома СССР. М. 1944"),
])
def test_a_place_and_year_after_a_word_get_the_period_left_out(written, as_gost):
    assert _period_before_place(written) == as_gost


@pytest.mark.parametrize("text", [
    "М., 2003",                 # the place opens the text: no space before it
    "Справочник, М., 2003",     # a comma before the place is the comma style's
    "Справочник М., изд. 2",    # no year after the place
    "Справочник Москва, 2003",  # a place written out is not one GOST 7.0.12 abbreviates
])
def test_a_place_without_a_word_and_year_around_it_is_left_alone(text):
    assert _period_before_place(text) == text
