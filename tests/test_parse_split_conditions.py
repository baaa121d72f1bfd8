"""The cheap tests that splitting tries first must be necessary conditions of the full
ones: they may let through what the full test refuses, never refuse what it accepts;
and the factored lead-ins find what the plain alternation finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from biblio.parse.commentary import LEAD_IN_AFTER_SENTENCE
from biblio.parse.patterns import trie
from biblio.parse.gost import LEAD_INS, continues_statement
from biblio.parse.split import PLACE_CONTINUES, PLACE_MAY_CONTINUE

PLACE_PIECES = st.sampled_from([
    "М.", "Л.", "СПб.", "Ростов н/Д", "N.Y.", "Durham", "Stanford", "Calif.", "Mass.", "на",
    "am", "upon", "de", "la", "a.", "Наука", "Там", "же", "ф.", "д.", "1990", "17", "Ф.",
    " ", "  ", "\u00a0", "\n", ",", ", ", ":", ": ", ";", "(", ")", "(N.C.)", "[", "]", ".",
    "/", "//", "-", "—", "Ibid.", "p.", "Oxford", "UP"])
PIECES = st.lists(PLACE_PIECES, max_size=14).map("".join)


@settings(max_examples=3000)
@given(PIECES)
@example("Durham (N.C.): Duke UP")
@example("Stanford, Calif.: Stanford UP")
@example("[М.]: Наука, 1990")
@example("Ростов н/Д: Феникс")
@example("New York Boston Los Angeles; Toronto")
def test_place_may_continue_is_necessary_for_place_continues(right: str) -> None:
    if PLACE_CONTINUES.match(right):
        assert PLACE_MAY_CONTINUE.match(right)


@pytest.mark.parametrize("right", [
    "Там же, д. 74, л. 5", "РГАСПИ, ф. 17, оп. 3", "РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 7",
    "Ibid., p. 5", "см. также: Петров П."])
def test_place_may_continue_turns_away_what_opens_no_place(right: str) -> None:
    assert PLACE_MAY_CONTINUE.match(right) is None


@pytest.mark.parametrize("right", ["Л.: Наука, 1990", "Pittsburgh: UP", "Л.; Казань: Изд-во",
                                   "Paris, 1990", "Durham (N.C.): Duke UP",
                                   "New York Boston Los Angeles; Toronto"])
def test_place_may_continue_lets_a_place_through(right: str) -> None:
    assert PLACE_CONTINUES.match(right) and PLACE_MAY_CONTINUE.match(right)


@settings(max_examples=1000)
@given(PIECES, st.sampled_from(["Там же. С. 5", "под ред. П. Петрова", "Межвуз. сб.", "См.: Иванов",
                                "ИИНХ", "Ibid."]))
def test_continues_statement_needs_a_slash_or_a_role_on_the_right(left: str, right: str) -> None:
    if continues_statement(left, right) and "/" not in left:
        assert continues_statement("", right)  # the role alone decided


WORDS = st.text(alphabet="ab. ", max_size=4)


@settings(max_examples=500)
@given(st.sets(WORDS, max_size=8), WORDS)
def test_trie_matches_exactly_its_terms(terms: set[str], candidate: str) -> None:
    pattern = re.compile(trie(terms)) if terms - {""} else None
    matched = pattern is not None and pattern.fullmatch(candidate) is not None
    assert matched == (candidate in terms - {""})


LEAD_IN_PIECES = st.sampled_from(sorted(
    {term for term in LEAD_INS if term[:1].isupper()} | {"С", "S", "Se", "См", "Vgl", "Цит."}
    | {". ", ".  ", "? ", "! ", ".", " ", ",", ":", "С. 5", "1990", "Иванов И.И."}))


@settings(max_examples=2000)
@given(st.lists(LEAD_IN_PIECES, max_size=10).map("".join))
@example("М., 2004. См. также: Петров П.П.")
@example("… complicated. See S. Staves")
def test_lead_in_after_sentence_finds_what_the_plain_alternation_finds(text: str) -> None:
    plain = re.compile(
        rf"[.?!]\s+(?:{'|'.join(re.escape(t) for t in LEAD_INS if t[:1].isupper())})[\s,:]")
    assert (LEAD_IN_AFTER_SENTENCE.search(text) is None) == (plain.search(text) is None)


def test_a_bodys_divisions_keep_a_statement_open_until_a_year_or_a_name() -> None:
    # an electronic library's source line of Tynyanov's «Поэтика» (dev set batch 15): the
    # Academy, its division and commission, then a council after ";" (GOST 7.1-2003 clause
    # 5.3 joins a body's levels with periods)
    left = ("Тынянов Ю. Н. Поэтика. История литературы. Кино / АН СССР. Отд-ние лит. и яз. "
            "Комис. по истории филол. наук")
    assert continues_statement(left, "Науч. совет по истории мировой культуры")
    # a year closed the statement, or a name opens the next reference: two references
    assert not continues_statement("Иванов И. И. Книга / Ин-т истории. М., 1990",
                                   "Науч. совет по истории")
    assert not continues_statement("Иванов И. И. Книга / Ин-т истории. Отд-ние",
                                   "Петров П. П. Статья // Вопросы истории. 1990. № 5")
    # a host's title block is not a statement of responsibility
    assert not continues_statement("Иванов И. И. Статья // Правда. 12 мая", "Известия. 13 мая")
