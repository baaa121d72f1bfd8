"""What repair reads around a word its neighbours decide, read with fewer steps: the words
that tell the language are read nearest first in the reversed text (_words_before), and
must be the words a forward reading of the same window finds, with their places,
whatever the window cuts; an abbreviation that reads only the word before it must leave
the neighbour scan as every later word would have found it (_Neighbours)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from biblio.text.repair import CONTEXT_REACH, CONTEXT_WINDOW, WORD, _Neighbours, _words_before

PIECES = ["Journal", "de", "l'Histoire", "Сталин", "ãã", "à", "È", "бóльшую", "м²", "×",
          "1935", " ", " ", ". ", ", ", "\n", "—", "«", "»", "Ýòî", "Mémoires", "_",
          " " * 150, "x" * 90]
"""Short words, and long runs that bring the window's edge (CONTEXT_WINDOW) among a few
words: with the short ones alone a window off by a few characters went unnoticed."""


def _forward(text: str, position: int) -> list[tuple[int, int, str]]:
    """The window read left to right, its last CONTEXT_REACH words, nearest first."""
    words = list(WORD.finditer(text, max(0, position - CONTEXT_WINDOW), position))
    return [(m.start(), m.end(), m.group()) for m in words[-CONTEXT_REACH:][::-1]]


def test_the_words_before_a_word_in_a_footnote_nearest_first() -> None:
    text = "Werth N. Histoire de l'Union soviétique. Paris, 1990. à"
    words = _words_before(text[::-1], len(text) - 1)
    assert [word for _, _, word in words][:4] == ["Paris", "soviétique", "Union", "l"]
    assert text[words[0][0]:words[0][1]] == "Paris"


@given(st.lists(st.sampled_from(PIECES), max_size=120), st.integers(min_value=0, max_value=2000))
def test_the_words_read_backwards_are_the_forward_readings(pieces: list[str], cut: int) -> None:
    text = "".join(pieces)
    position = min(cut, len(text))
    assert _words_before(text[::-1], position) == _forward(text, position)


NEIGHBOUR_PIECES = ["Paris", "Сталин", "ã", "ãã", "È", "à", "1935", " ", ". ", ", ", "\n",
                    "—", "XIX", "XII", "VIII", "Ýòî", "x" * 90, "л" * 90, " " * 150]


@given(st.lists(st.sampled_from(NEIGHBOUR_PIECES), max_size=80), st.data())
def test_a_suspect_that_needs_no_word_after_leaves_the_scan_as_it_finds_it(
    pieces: list[str], data: st.DataObject
) -> None:
    """An abbreviation that ends the reference before it ("1935 ã.") reads only the
    word before; every later suspect must find the neighbours it would have found had
    the word after been looked for too."""
    text = "".join(pieces)
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    # each word is a suspect that reads both neighbours, one that reads only the word
    # before, or no suspect
    roles = data.draw(st.lists(st.sampled_from(["both", "before", "none"]),
                               min_size=len(words), max_size=len(words)))
    every, some = _Neighbours(text, text[::-1]), _Neighbours(text, text[::-1])
    for (start, end), role in zip(words, roles):
        if role == "none":
            continue
        before = every.before(start, end)
        after = every.after()
        assert some.before(start, end) == before
        if role == "both":
            assert some.after() == after
