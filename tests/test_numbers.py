"""Whole numbers from text: ASCII digits only, never a crash on "²" or 5,000 digits."""

from __future__ import annotations

import pytest

from biblio.numbers import whole_number


@pytest.mark.parametrize(("text", "number"), [("2004", 2004), (" 12 ", 12), ("-44", -44),
                                              ("007", 7)])
def test_ascii_digits_are_a_whole_number(text: str, number: int) -> None:
    assert whole_number(text) == number


@pytest.mark.parametrize("text", ["²", "①", "٣", "12a", "", "-", "1.5", "9" * 5000])
def test_anything_else_is_no_number_rather_than_a_crash(text: str) -> None:
    assert whole_number(text) is None
