"""A token's shape feature: its characters' classes (upper "X", other letter "x",
digit "d", any other character itself) with runs folded, the first four runs kept.
The shortcuts for all-letter and all-digit words must give what the scan gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from biblio.parse.labeller.features import shape


def folded_classes(word: str) -> str:
    """The definition, character by character."""
    runs: list[str] = []
    for char in word:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not runs or runs[-1] != kind:
            runs.append(kind)
    return "".join(runs[:4])


def test_shape_folds_runs_of_letter_classes():
    assert shape("Schumpeter") == "Xx"
    assert shape("история") == "x"
    assert shape("1780") == "d"
    assert shape("USSR") == "X"
    assert shape("O’Brien") == "X’Xx"
    assert shape("12(3):") == "d(d)"


def test_shape_keeps_titlecase_and_uncased_letters_as_other_letters():
    assert shape("ǅamila") == "x"  # a titlecase letter is neither upper nor lower
    assert shape("Aא") == "Xx"
    assert shape("²³") == "d"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1,
               max_size=12))
def test_shape_of_any_word_is_its_folded_classes(word: str) -> None:
    assert shape(word) == folded_classes(word)
