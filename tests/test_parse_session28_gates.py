"""Session 28's passes tried only where what they read is present (issue 9, speed): a note
typed as the grammar reads it skips typography's two passes (`typed_as_read`), and a body
whose "//" is typed close before no capital skips the close host's rewrite before its web
address (`gost.BARE_HOST` searched first), and an area that opens with no figure and no
Roman numeral is no extent (`locators.EXTENT_OPENINGS`); and `gost.CLOSE_SLASH`, every
branch now opening with its slash, finds what it found when its last branch opened on a
lookbehind. Each gate must
pass every text its pass changes: here on texts made of the marks they read and the
pieces of Russian and foreign notes around them (hypothesis), and on the forms the
docstrings cite."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.parse import without_list_number
from biblio.parse.gost import BARE_HOST, CLOSE_SLASH, _address_start
from biblio.parse.locators import EXTENT, EXTENT_OPENINGS, read_extent
from biblio.parse.typography import as_gost_prints, retyped, typed_as_read

SPACES = ["\u00a0", "\u1680", "\u2000", "\u2005", "\u2009", "\u200a", "\u202f", "\u205f",
          "\u3000", " ", "\t"]
PIECES = [
    "Иванов И. И.", "Smith, J.", "История края", "М.", "Наука", "1973", "С. 5", "Т. 2",
    "№ 5", "N 3", "N3", "NN 13–14", "N.Y.", "No. 5", "СССР-N3", "«Правда»", "„Правда“",
    "„Правда”", "“Правда”", "\"Правда\"", "«Звенья „Архив“»", "// Вопросы истории", "//",
    "Бюл. ВАК України", "[і інш.]", "CONCINA E.", "М", "1.", "12)", "[4]", "3.", "ред.",
]
MARKS = [". - ", ". – ", ". − ", ". — ", " - ", " – ", "-", "–", ".", ". ", ", ", ": ", " : ", "; ",
         " / ", "(", ")", "\"", "„", "“", "”", "«", "»", "N", "№", ""]
texts = st.lists(st.tuples(st.sampled_from(PIECES) |
                           st.text(alphabet="N№\"„“”«».- –—−1ИaЯ", max_size=4),
                           st.sampled_from(MARKS + SPACES)),
                 min_size=1, max_size=12).map(
    lambda pairs: "".join(piece + mark for piece, mark in pairs))
"""Notes of the marks typography reads (spaces, dashes, quotes, «N»), the pieces around
them in any order, and stray marks between them."""


@settings(max_examples=3000, deadline=None)
@given(text=texts)
def test_a_note_the_gate_passes_by_is_left_as_it_is_by_both_passes(text: str) -> None:
    if typed_as_read(text):
        assert as_gost_prints(text) == text, text
        assert retyped(text) is None, text
        assert retyped(without_list_number(text)) is None, text


@pytest.mark.parametrize("note", [
    "Иванов И. И. История края.\u00a0М.\u00a0: Наука, 1973.",
    "Бюл. ВАК України. – 2005. – № 3.",
    "Из моих воспоминаний. - «Звенья», вып. 8, 1950.",
    "/ [под ред. Филенко О.Ф.]. − М.: Изд-во Моск. ун-та, 1984. − 193 с.",
    "„Правда“ от 18 сентября 1928.",
    "Журнал \"Вопросы истории\", 1990.",
    "Приказ от 17 января 2014 г. N 25н.",
    "1 000\u2009с.",
])
def test_the_docstrings_forms_are_read_by_the_passes(note: str) -> None:
    assert not typed_as_read(note)
    assert as_gost_prints(note) != note or retyped(as_gost_prints(note)) is not None


def test_a_note_typed_as_gost_prints_it_is_read_as_it_is() -> None:
    assert typed_as_read("Иванов И. И. «История края». — М. : Наука, 1973. — № 5. С. 5.")


HOST_PIECES = ["Вопросы истории", "«Правда»", "\"Звезда\"", "Library.ru", "ru", "2018",
               "https://doi.org/10.1/x", "http://Library.ru/A", "www.Site.ru", "ОР РГБ",
               "университета", "ресурс]", "псевдонимов»", "URL: ", "С. 5"]
HOST_MARKS = ["//", " // ", "://", "/", " ", ". ", "www.", ""]
bodies = st.lists(st.tuples(st.sampled_from(HOST_PIECES) |
                            st.text(alphabet="/:w.«\"АaZ ]", max_size=4),
                            st.sampled_from(HOST_MARKS)),
                  min_size=1, max_size=10).map(
    lambda pairs: "".join(piece + mark for piece, mark in pairs))
"""Bodies of hosts after "//" spaced or not, web addresses with their own "//" and
"www.", and stray slashes, colons and capitals between them."""


@settings(max_examples=3000, deadline=None)
@given(body=bodies)
def test_a_body_with_no_close_host_is_left_as_it_is_before_its_address(body: str) -> None:
    address = _address_start(body)
    rewritten = BARE_HOST.sub(" // ", body[:address]) + body[address:]
    if BARE_HOST.search(body) is None:
        assert rewritten == body, body


EXTENT_PIECES = ["214 с.", "320с.", "XII, 320 p.", "xii, 320 p.", "416 С. : ИЛ.", "164 С., ИЛ.",
                 "190, [2] с.", "363 с., [1] л. : карт.", "263 с. 16,5 п.л.", "С. 5", "Т. 2",
                 "М. : Наука", "1973", "٣٢٠ с.", "²³ с.", "İ", "ǅ", "Ⅻ, 5 с.", "ix, 5 S.",
                 "I, 5 с.", "V, 5 с.", "X, 5 с.", "L, 5 p.", "C, 5 p.", "D, 5 p.", "MCM, 5 p."]
areas = st.lists(st.sampled_from(EXTENT_PIECES) | st.text(alphabet=" ,.:[]1٣²IiXxсСpP", max_size=4),
                 min_size=1, max_size=4).map("".join)
"""Extents in capitals and not, Roman numerals of both cases, figures of other scripts,
letters whose lower case is longer or whose case is a title's, and the areas beside them."""


@settings(max_examples=3000, deadline=None)
@given(area=areas)
def test_an_area_the_gate_passes_by_is_no_extent(area: str) -> None:
    stripped = area.strip()
    if not (stripped[:1].isdigit() or stripped[:1] in EXTENT_OPENINGS):
        lowered = stripped if any(char.islower() for char in stripped) else stripped.lower()
        assert EXTENT.fullmatch(lowered) is None, area
        assert read_extent(area) is None, area


SLASH_PIECES = ["Походы русских войск при ИванеIII", "Ю.Г. Алексеев", "Кат.", "Ред.-сост.:",
                "сост. Б.П. Захарченя", "ред. рада:", "під ред.", "Ed. J. Wordsworth", "Tr.",
                "и", "или", "1", "2", "Вход", "Выход", "монографія", "10 т.", "М. Дубинянский",
                "[сост.]", "XX века", "(Ред.)", "Изд. подгот.:"]
SLASH_MARKS = ["/", " /", "/ ", " / ", " // ", "//", " ", ". ", ": ", ""]
slashed = st.lists(st.tuples(st.sampled_from(SLASH_PIECES) |
                             st.text(alphabet="/ .:)]аAМ1", max_size=3),
                             st.sampled_from(SLASH_MARKS)),
                   min_size=1, max_size=10).map(
    lambda pairs: "".join(piece + mark for piece, mark in pairs))
"""Titles and statements of responsibility joined by slashes typed close, spaced on one
side or both, role words of both scripts and cases, and stray marks between them."""
LOOKBEHIND_FIRST = re.compile(CLOSE_SLASH.pattern.replace(
    r"|/(?<=[^\W\d_]\s/)(?=", r"|(?<=[^\W\d_]\s)/(?="))
"""CLOSE_SLASH as it was written before, its last branch opening on the lookbehind."""


def test_the_slash_pattern_as_written_before_differs_in_its_last_branch_alone() -> None:
    assert LOOKBEHIND_FIRST.pattern != CLOSE_SLASH.pattern
    assert LOOKBEHIND_FIRST.pattern.count("|") == CLOSE_SLASH.pattern.count("|")


@settings(max_examples=3000, deadline=None)
@given(text=slashed)
def test_the_slash_before_a_statement_is_found_where_it_was(text: str) -> None:
    assert [(m.span(), m.group()) for m in CLOSE_SLASH.finditer(text)] == \
        [(m.span(), m.group()) for m in LOOKBEHIND_FIRST.finditer(text)], text
