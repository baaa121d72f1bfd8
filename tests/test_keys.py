"""Item ids and .bib keys (biblio.keys): surname + year, and a, b, … on a collision."""

from __future__ import annotations

from biblio.keys import KeyMaker, suffixed


def test_suffixes_run_a_to_z_then_aa() -> None:
    assert [suffixed("smith2000", i) for i in (0, 1, 2, 26, 27, 28)] == \
        ["smith2000", "smith2000a", "smith2000b", "smith2000z", "smith2000aa", "smith2000ab"]


def test_a_new_key_skips_every_key_taken_since_the_last() -> None:
    taken: set[str] = {"petrov", "petrova"}  # "petrova" is another author's
    keys = KeyMaker(taken)
    made = []
    for _ in range(3):
        made.append(keys.new("petrov"))
        taken.add(made[-1])
    taken.add("petrovd")  # written by hand after the third
    made.append(keys.new("petrov"))
    assert made == ["petrovb", "petrovc", "petrovd", "petrove"]


def test_stems_are_counted_apart() -> None:
    taken: set[str] = set()
    keys = KeyMaker(taken)
    for stem in ("a1900", "b1900", "a1900"):
        taken.add(keys.new(stem))
    assert taken == {"a1900", "b1900", "a1900a"}
