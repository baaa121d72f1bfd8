"""Notes of one long run of letters are read in time linear in their length (issue 9):
two patterns of `biblio.parse.commentary` tried a word from each of its letters and gave
it back letter by letter, so that a run of letters cost time in the square of its length
(a second review of session 29 found them; they were as slow at the session's start): the
word before a year (BARE_YEAR: 18 s for «aа» × 5,000, 26 s for 10,000 «а» and «сборник
научных трудов») and a name before a slash (REFERENCE_SIGN's «Nader/Todd»: 54 s for
40,000 «Я» and « 1990 — Я»). An alarm turns a hang into a failure; speed itself is
measured in benchmarks/, not here. The forms each pattern was built for are read as
before."""

from __future__ import annotations

import signal
from collections.abc import Callable

import pytest

from biblio.parse import parse_note
from biblio.parse.commentary import BARE_YEAR, looks_like_reference

LONG_RUNS: dict[str, Callable[[int], str]] = {
    "capitals before a year and a dash": lambda size: "Я" * size + " 1990 — Я",
    "Latin and Cyrillic a by turns": lambda size: "aа" * (size // 2),
    "letters before a genre's words": lambda size: "а" * size + " сборник научных трудов",
    "capitals before a slash": lambda size: "Я" * size + "/Я",
}


@pytest.mark.parametrize("name", LONG_RUNS)
def test_a_long_run_of_letters_is_read_without_a_hang(name: str) -> None:
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail(f"{name}: the parser did not finish"))
    signal.alarm(20)
    try:
        references = parse_note(LONG_RUNS[name](40_000))
    finally:
        signal.alarm(0)
    assert references


def test_the_word_before_a_year_is_the_whole_word() -> None:
    # a preposition governs a year of prose («в 1937 г.», «in 1937»); a place or a name
    # before it is a reference's («Москва 1990»): the word is read whole, as before
    assert [(match["before"], match.group()) for match in BARE_YEAR.finditer(
        "в 1937 г. Иванов 1990, 2001")] == [("в", "в 1937"), ("Иванов", "Иванов 1990"),
                                            (None, " 2001")]
    assert not looks_like_reference("в 1937 г. произошло это")
    assert looks_like_reference("Москва 1990")


def test_two_names_joined_by_a_slash_are_a_sign_of_a_reference() -> None:
    # authors joined by a slash as lists print them («Nader/Todd», «Kaplan/Norton»)
    assert looks_like_reference("Nader/Todd")
    assert looks_like_reference("siehe Kaplan/Norton")
    assert not looks_like_reference("и/или так далее")
