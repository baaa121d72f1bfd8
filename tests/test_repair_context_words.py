"""The words that tell the language around a repaired word are read nearest first in the
reversed text (repair._words_before); they must be the words a forward reading of the
same window finds, with their places, whatever the window cuts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from biblio.text.repair import CONTEXT_REACH, CONTEXT_WINDOW, WORD, _words_before

PIECES = ["Journal", "de", "l'Histoire", "Сталин", "ãã", "à", "È", "бóльшую", "м²", "×",
          "1935", " ", " ", ". ", ", ", "\n", "—", "«", "»", "Ýòî", "Mémoires", "_"]


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
