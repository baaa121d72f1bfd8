"""Session 29's gates (issue 9, speed): patterns this session's readings added, tried on
most titles and matching few, are tried only where a cheap test says they may match.
Each gate must pass every text its patterns match: here on texts made of the pieces the
patterns read and of notes' pieces around them (hypothesis), and on the forms the
docstrings cite."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.data.reference_terms import LEAD_INS
from biblio.parse.gost import CLOSING_LEAD_IN_ENDINGS, CLOSING_LEAD_INS
from biblio.parse.heading_in_title import (
    FAMILY_FIRST_LOWER,
    FAMILY_FIRST_UNCLOSED,
    INITIALS_FIRST_UNCLOSED,
    INITIALS_OTHERWISE_OPENING,
    OPENING_WORD,
    _name_with_initials,
    _opens_with_rank,
)
from biblio.parse.list_keys import KEY_YEAR_DASH, LIST_KEY, list_key
from biblio.parse.patterns import ends_with_any
from biblio.parse.locators import BARE_NUMBER_OF_VOLUMES, BARE_NUMBER_OF_VOLUMES_ENDINGS

PIECES = [
    "Морозов", "Гусева", "Бородин", "Буяк", "Маркс", "Энгельс", "Benda-Beckmann", "Фадеев",
    "Б", "И", "Е.Н", "О.Р", "А. Є", "к.", "ф.", "л. а.", "т.", "с.", "Б И", "БИ", "В.", "Е.",
    "граф.", "кн.", "прот", "История", "Записки", "and", "и", "2", "13", "1903", "тт.",
    "vol", "vols.", "Bde.", "t.", "Сказки", "L’Etoile", "ё", "Z", "ab",
]
MARKS = ["", " ", ".", ". ", ", ", ",", ": ", " : ", " :", "-", "\n", "\t", " — "]
texts = st.lists(st.tuples(st.sampled_from(PIECES) |
                           st.text(alphabet="БИЕкфтvolB. ,:\n2", max_size=4),
                           st.sampled_from(MARKS)),
                 min_size=1, max_size=8).map(
    lambda pairs: "".join(piece + mark for piece, mark in pairs))
"""Families, initials with and without their periods, in capitals and in lower case,
ranks, volumes' numbers and terms, in any order, with stray letters and marks between."""


@settings(max_examples=3000, deadline=None)
@given(text=texts)
def test_initials_typed_otherwise_open_as_the_gate_says(text: str) -> None:
    for start in range(len(text) + 1):
        if any(pattern.match(text, start) for pattern in
               (INITIALS_FIRST_UNCLOSED, FAMILY_FIRST_UNCLOSED, FAMILY_FIRST_LOWER)):
            assert INITIALS_OTHERWISE_OPENING.match(text, start) is not None, (text, start)


@settings(max_examples=3000, deadline=None)
@given(text=texts)
def test_a_title_opening_with_a_lower_case_word_opens_with_a_lower_case_letter(text: str) -> None:
    if OPENING_WORD.match(text) is not None:
        assert text[:1].islower(), text


@settings(max_examples=3000, deadline=None)
@given(text=texts)
def test_a_title_closed_by_a_bare_number_of_volumes_ends_as_the_gate_says(text: str) -> None:
    if BARE_NUMBER_OF_VOLUMES.search(text) is not None:
        assert text.endswith(BARE_NUMBER_OF_VOLUMES_ENDINGS), text


@pytest.mark.parametrize(("text", "family", "given"), [
    ("Морозов Б И, Фадеев В. Е., …", "Морозов", "Б И"),
    ("Гусева, Е.Н, and О.Р Бородин.", "Гусева", "Е.Н"),
    ("О.Р Бородин.", "Бородин", "О.Р"),
    ("А. Є Буяк", "Буяк", "А. Є"),
    ("Маркс к., Энгельс ф. Соч.", "Маркс", "к."),
])
def test_the_docstrings_initials_typed_otherwise_pass_the_gate(text: str, family: str,
                                                               given: str) -> None:
    match = _name_with_initials(text, 0)
    assert match is not None and (match["family"], match["given"]) == (family, given)


@pytest.mark.parametrize("text", [
    "ОР Бородин", "О.Р Бородин", "О. Р Бородин", "Морозов БИ, Фадеев",
    "Морозов Б.И, Фадеев", "Гусева, Е Н, and", "Маркс к., Энгельс", "Маркс, к. м. Соч.",
])
def test_each_form_of_initials_typed_otherwise_passes_the_gate(text: str) -> None:
    assert any(pattern.match(text) for pattern in
               (INITIALS_FIRST_UNCLOSED, FAMILY_FIRST_UNCLOSED, FAMILY_FIRST_LOWER)), text
    assert INITIALS_OTHERWISE_OPENING.match(text) is not None, text


def test_a_rank_opening_a_title_is_found_and_a_capital_is_none() -> None:
    assert _opens_with_rank("граф. Записки")
    assert not _opens_with_rank("Граф Монте-Кристо")


@pytest.mark.parametrize(("title", "volumes"), [
    ("Император Александр II. Его жизнь и царствование: 2 т.", "2"),
    ("L’Etoile polaire, 2 vol", "2"),
    ("Bilanci generali della repubblica di Venezia. 3 vols", "3"),
    ("Geschichte, 4 Bde.", "4"),
])
def test_the_docstrings_bare_numbers_of_volumes_pass_the_gate(title: str, volumes: str) -> None:
    assert title.endswith(BARE_NUMBER_OF_VOLUMES_ENDINGS)
    match = BARE_NUMBER_OF_VOLUMES.search(title)
    assert match is not None and match["n"] == volumes


KEY_PIECES = ["Эткинд", "Замраева", "Эткинд А.", "Хлыст", "и др.", "2013", "2008а", "2014",
              "1977", "Иванов", "Smith", "O’Neil", "Benda-Beckmann", "М.", "250 с."]
KEY_MARKS = ["", " ", ", ", ",", ". ", " — ", " – ", " - ", "—", " —  ", "\n", ". — "]
keyed = st.lists(st.tuples(st.sampled_from(KEY_PIECES) |
                           st.text(alphabet="Эа2019 ,—–-\n", max_size=4),
                           st.sampled_from(KEY_MARKS)),
                 min_size=1, max_size=8).map(
    lambda pairs: "".join(piece + mark for piece, mark in pairs))
"""Keys of author–year lists, their years with letters, dashes of every kind between
pieces of descriptions, and stray figures, letters and marks."""


@settings(max_examples=3000, deadline=None)
@given(text=keyed)
def test_a_list_key_holds_the_year_and_dash_the_gate_looks_for(text: str) -> None:
    if LIST_KEY.match(text) is not None:
        assert KEY_YEAR_DASH.search(text) is not None, text


@pytest.mark.parametrize(("text", "lead"), [
    ("Замраева, 2014 — Замраева Е.И. «Украинская проблема» // Политика и безопасность. 2014.",
     "Замраева, 2014"),
    ("Эткинд, 2013 — Эткинд А. Хлыст. М., 2013.", "Эткинд, 2013"),
    ("Иванов и др., 2008а – Иванов А. А. История. М., 2008.", "Иванов и др., 2008а"),
])
def test_the_docstrings_list_keys_pass_the_gate(text: str, lead: str) -> None:
    match = list_key(text)
    assert match is not None and match["lead"] == lead


@settings(max_examples=3000, deadline=None)
@given(lead=st.lists(st.sampled_from(sorted(LEAD_INS)) |
                     st.sampled_from(["Записка", "года", "по", "см.", "Подробнее", "1960", ""]) |
                     st.text(alphabet="см.по ,:Сa\n", max_size=4),
                     min_size=0, max_size=5).map(" ".join),
       spaces=st.sampled_from(["", " ", "  ", "\n"]))
def test_a_clause_closed_by_a_lead_in_is_found_by_its_last_character(lead: str,
                                                                     spaces: str) -> None:
    clause = (lead + spaces).rstrip()
    assert ends_with_any(clause, CLOSING_LEAD_IN_ENDINGS) == \
        clause.endswith(CLOSING_LEAD_INS), clause


@pytest.mark.parametrize("lead", [
    "Записка Шелепина от 7 июня 1960 года цит. по", "Латинский перевод с армянского см.",
    "Речь идет об одном из обвинений. Подробнее см.",
])
def test_the_docstrings_closing_lead_ins_are_found(lead: str) -> None:
    assert ends_with_any(lead, CLOSING_LEAD_IN_ENDINGS)
