"""Regexes built from tables (biblio.parse.patterns), and the imprint rewrite built on
`preceded`: each reads what the lookbehind-first pattern it replaced read."""

from __future__ import annotations

import re

import pytest

from biblio.parse.gost import _period_before_place
from biblio.parse.patterns import preceded, substitute

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


PLACE_COMMA = re.compile(r"(?P<place>М|Л)\.,\s(?P<house>«)?")


@pytest.mark.parametrize("text, count, expected", [
    ("М., Наука, 1990", 0, "М.: Наука, 1990"),
    ("М., Л., 1936", 0, "М.: Л.: 1936"),
    ("М., Л., 1936", 1, "М.: Л., 1936"),       # count as re.sub's
    ("М., «Наука», 1990", 0, "М.: «Наука», 1990"),
    ("Заглавие. 1990", 0, "Заглавие. 1990"),   # no match: the text as it was
])
def test_substitute_expands_the_groups_as_re_sub_does(text, count, expected):
    template = r"\g<place>.: \g<house>"  # an unmatched group expands to nothing
    assert substitute(PLACE_COMMA, template, text, count) == expected
    assert PLACE_COMMA.sub(template, text, count) == expected


def test_a_lazy_pattern_compiles_at_its_first_use_and_once() -> None:
    from biblio.parse.patterns import LazyPattern
    lazy = LazyPattern(r"(?P<year>\d{4})\.", re.ASCII)
    assert lazy._compiled is None
    first = lazy.compiled()
    assert first.fullmatch("1999.")["year"] == "1999"
    assert lazy.compiled() is first and first.flags & re.ASCII


def test_contains_any_finds_a_term_anywhere_and_nothing_else() -> None:
    from biblio.parse.patterns import contains_any
    assert contains_any(("архив", "Архив"), "Гл. архив, фонд 641")
    assert contains_any(("архив", "Архив"), "Главархив")  # a substring, not a word
    assert not contains_any(("архив",), "АРХИВ РАН")  # case as written
    assert not contains_any((), "архив")
