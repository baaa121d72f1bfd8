"""Titles that swallowed what follows them (issue 9, session 32): an area after the title
that no reader knew, left in the title. Each rule is tested on real forms from several
sources, the expected values read off the text by hand, and on titles that hold the same
words as their own."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title", "date", "page"), [
    # the Russian dev set, batch 28 (a history of the Soviet Germans' press)
    ("Deutsche Zentralzeitung. 16.5.1935. S. 1.", "Deutsche Zentralzeitung",
     [1935, 5, 16], "1"),
    # a Kazakh university's list of publications (its web page): the same issue after «//»
    ("Ананьева С. Гордость отечественной науки // Казправда. 24.03.2017. - С. 8.",
     "Гордость отечественной науки", [2017, 3, 24], "8"),
])
def test_a_newspapers_day_in_figures_is_its_issue(
        text: str, title: str, date: list[int], page: str) -> None:
    """GOST 7.1-2003 clause 5.7.7 dates a newspaper's issue by its day ("Правда. 1937. 12
    марта."); notes print the day in figures as an area of its own."""
    reference = parse_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields["issued"].parts[0] == date
    assert reference.locator == page


@pytest.mark.parametrize(("text", "title"), [
    ("Правда. 32.13.1937. С. 2.", "Правда. 32.13.1937"),  # no day, no month: no date
    ("Итоги выборов 12.03.1937 в Москве. М., 1990.", "Итоги выборов 12.03.1937 в Москве"),
])
def test_figures_that_are_no_day_or_stand_in_the_title_stay(text: str, title: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields.get("issued") is None or \
        len(reference.fields["issued"].parts[0]) == 1
