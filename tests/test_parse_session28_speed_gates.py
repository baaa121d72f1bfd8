"""Session 28's second round of gates (issue 9, speed): a pattern tried on every body, or
after every close initial, is tried only where a cheap test of one or two characters
says it may match. An imprint's place is split at
a dash only where it holds one. Each gate must pass every text its pattern matches: here on texts
made of the pieces the patterns read and of Russian and foreign notes' pieces around
them (hypothesis), and on the forms the docstrings cite."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.parse.areas import ABBREVIATED_IMPRINT_REACH, ABBREVIATED_IMPRINT_START
from biblio.parse.gost import GLUED_HEADING, _may_open_glued, _unglued_heading
from biblio.parse.publication import (
    PLACE_DASHES,
    PLACES_BY_CLOSE_DASH,
    PLACES_BY_DASH,
    PLACES_BY_SPACED_DASH,
    _places,
)
from biblio.parse.short_forms import (
    NAME_PERIOD,
    YEAR_OPENINGS,
    YEAR_VOLUME_PINPOINT,
    _name_period_year,
)
from biblio.parse.reference import Reference

PIECES = [
    "Иванов", "КарпачевМ.", "ПивоваровЮ.", "GurkoV.", "Benda-Beckmann", "Зенон",
    "(Иараджули)", "Джавахишвили", "Вахушти", "К.", "М.", "СПб.", "Л.", "Київ", "Либідь",
    "В.В.", "В.І.", "Д.", "Т.", "С.", "1979", "2005", "1598", "199", "20", "3-15", "340",
    "Наука", "History", "ab", "Ё", "i.", "Z", "ПСРЛ", "ЛинД.", "OrrJ.", "Київ.", "Прим.",
]
MARKS = ["", " ", ".", ". ", ", ", ":", ": ", " : ", ".:", " / ", "-", "(", ")", "\u00a0"]
texts = st.lists(st.tuples(st.sampled_from(PIECES) |
                           st.text(alphabet="КкMmаZz.:- 12(", max_size=4),
                           st.sampled_from(MARKS)),
                 min_size=1, max_size=10).map(
    lambda pairs: "".join(piece + mark for piece, mark in pairs))
"""Headings, initials typed close or spaced, abbreviated places and their colons, years
and pinpoints, in any order, and stray letters, periods and colons between them."""


@settings(max_examples=3000, deadline=None)
@given(text=texts)
def test_the_abbreviated_imprint_is_found_only_where_its_colon_is_near(text: str) -> None:
    for start in range(len(text) + 1):
        if ABBREVIATED_IMPRINT_START.match(text, start) is not None:
            assert text.find(":", start + 1, start + ABBREVIATED_IMPRINT_REACH) > 0, \
                (text, start)


@settings(max_examples=3000, deadline=None)
@given(text=texts)
def test_a_body_the_glued_gate_passes_by_opens_with_no_glued_heading(text: str) -> None:
    if not _may_open_glued(text):
        assert GLUED_HEADING.match(text) is None, text
        assert _unglued_heading(text) == text, text


@settings(max_examples=3000, deadline=None)
@given(text=texts)
def test_a_body_the_year_gate_passes_by_is_no_name_period_year(text: str) -> None:
    period = text.find(".")
    if text[period + 2: period + 3] not in YEAR_OPENINGS:
        name = NAME_PERIOD.match(text)
        assert name is None or YEAR_VOLUME_PINPOINT.fullmatch(text[name.end():]) is None, text


@pytest.mark.parametrize(("body", "unglued"), [
    ("КарпачевМ. Д. Основание", "Карпачев М. Д. Основание"),
    ("ЮсуровХ. История советских дунган", "Юсуров Х. История советских дунган"),
    ("GurkoV. I. Features and Figures of the Past", "Gurko V. I. Features and Figures of the Past"),
    ("ВерстюкВ.Ф., ДзюзаО.М., РепринцевВ.Ф. Україна",
     "Верстюк В.Ф., Дзюза О.М., Репринцев В.Ф. Україна"),
])
def test_the_docstrings_glued_headings_pass_the_gate(body: str, unglued: str) -> None:
    assert _may_open_glued(body)
    assert _unglued_heading(body) == unglued


@pytest.mark.parametrize(("body", "family", "year"), [
    ("Джавахишвили. 1979. Т. 1. С. 340", "Джавахишвили", 1979),
    ("Зенон (Иараджули). 2005. С. 30", "Зенон (Иараджули)", 2005),
])
def test_the_docstrings_name_period_years_pass_the_gate(body: str, family: str,
                                                        year: int) -> None:
    reference = _name_period_year(body, Reference(text=body, kind="short"))
    assert reference is not None
    assert reference.fields["author"][0].family == family
    assert reference.fields["issued"].parts == [[year]]


@pytest.mark.parametrize("text", [
    "/ Пелешенко В.І., Хільчевський В.К. К.: Либідь, 1997",
    "/ Иванов И. И. М.: Наука",
    "/ Иванов И. И. СПб. : Наука",
])
def test_the_docstrings_abbreviated_imprints_pass_the_gate(text: str) -> None:
    start = text.rindex(". ", 0, text.index(":") - 2) + 2
    assert ABBREVIATED_IMPRINT_START.match(text, start) is not None
    assert text.find(":", start + 1, start + ABBREVIATED_IMPRINT_REACH) > 0


places = st.lists(st.sampled_from(["М.", "Л.", "Москва", "Ленинград", "Ростов-на-Дону", "СПб.",
                                   " ", "-", "--", "—", "–", " — ", ". ", ", ", "Київ"]),
                  min_size=1, max_size=6).map("".join)


@settings(max_examples=2000, deadline=None)
@given(text=places)
def test_an_imprint_with_no_dash_is_one_place_for_each_pattern(text: str) -> None:
    if not any(dash in text for dash in PLACE_DASHES):
        for pattern in (PLACES_BY_DASH, PLACES_BY_SPACED_DASH, PLACES_BY_CLOSE_DASH):
            assert pattern.split(text) == [text], text


@pytest.mark.parametrize(("text", "split"), [
    ("М.-Л.", ["Москва", "Ленинград"]),
    ("Москва — Ленинград", ["Москва", "Ленинград"]),
    ("Москва—Ленинград", ["Москва", "Ленинград"]),
    ("Ростов-на-Дону", ["Ростов-на-Дону"]),
])
def test_the_docstrings_places_pass_the_dash_gate(text: str, split: list[str]) -> None:
    assert _places(text) == split
