"""Rewrites and searches of a reference that the engine tried at every position, now
anchored on a character they need or behind a test of a literal they need (issue 9,
speed): the same matches as the patterns written plainly, on texts made of the pieces
those patterns read, and on the forms their docstrings cite."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.data.reference_terms import CONTENT_FORMS, PATENTS_BY_NUMBER, REVIEW_NOTE_TERMS
from biblio.parse.commentary import LOWER_LEAD_IN_COLON, PINPOINT_THEN_LEAD_IN
from biblio.parse.electronic import CONTENT_FORM, DOI, DOI_WORD, take_electronic
from biblio.parse.gost import (CLOSE_HOST, CLOSE_HOST_SIGN, HOST_AFTER_DASH, HOST_AFTER_DASH_TERMS,
                               PATENT_KIND)
from biblio.parse.informal import (DASH_COLLECTION, DASH_NOT_BEFORE_DIGIT, DASH_SERIAL,
                                   HOST_NUMBERING_BEFORE_YEAR, VOLUME_PAGE_PERIOD_DROPPED,
                                   VOLUME_PERIOD_DROPPED, YEAR_AFTER_COMMA, host_after_dash,
                                   volume_periods, year_before_numbering)
from biblio.parse.official import NUMBER_AFTER_TITLE
from biblio.parse.patterns import alternation, contains_any
from biblio.parse.reviews import REVIEW_NOTE

PIECES = [
    "Военная быль", "Звенья", "«Юность»", "Театр", "Изв. Имп. о-ва", "Россия на переломе",
    "Спб", "М", "Filtzer D", "Industrialization", "О после военном периоде", "см", "doi",
    "DOI", "Doi", "10", "10.1000/xyz", "1973", "1950", "121", "8", "I", "XIV", "№", "вып.",
    "Вып.", "т.", "Т.", "кн.", "Кн.", "В кн.", "В сб.", "In", "С.", "C.", "P.", "с.",
    "Текст", "электронный", "непосредственный", "Изображение", "ист.", "лит.",
]
SEPARATORS = [" ", ". ", ", ", ".", ",", " – ", " — ", ". – ", ".—", "—", "-", ": ", " : ",
              ":", " // ", "(", ") ", "\u00a0", ""]
FRAGMENTS = [
    ". – № 121, 1973.", ", вып. 8, 1950, с. 641", ", № 5, 1962", " Т. 1 С. 266", "т. 5 С. 12",
    ".—Театр, 1953, № 12, с. 126", ". — «Аполлон», 1909, № 2", ". — Собр. путешествий. М., 1860.",
    ". — Изв. Имп. о-ва. Т. 2. Спб., 1861.", "переломе Т. 1 С. 22", "переломе Т. XIV. С. 5",
    ". - В кн.: «Записки охотника»", " – In: Essays", ". P. 234-236. О после военном периоде см.: ",
    ". — С. 39. О положениях, см.: ", ". DOI: 10.1000/xyz", " doi 10.5/a", "Статья// Родина",
    "Статья //Вопросы истории", "а//ОР РГБ", "http://a//b", " /// ", " - Rev. op.: Smith J.",
    ". — Рец. на кн.: Иванов И. Война", "Требования : СТБ 6.38-2004. — Введ.",
    ": ГОСТ Р 7.0.5–2008.", "Пат. РФ №2381042", "RF Patent No. 2220169", "А. с. 1234", "А.с",
    "Авт. св", "Патен", "USSR Inventor's Certificate", ". — Текст : электронный",
    " – Изображение : непосредственное",
]
"""Pieces of the forms these patterns read, from their docstrings."""
texts = st.lists(st.tuples(st.sampled_from(PIECES) | st.sampled_from(FRAGMENTS) |
                           st.text(alphabet="Тт.,:—–- 1№СCвй", max_size=4),
                           st.sampled_from(SEPARATORS)),
                 min_size=1, max_size=10).flatmap(
    lambda pairs: st.sampled_from(["", ". — Изв. Имп. о-ва. Т. 2. Спб., 1861."]).map(
        lambda end: "".join(piece + separator for piece, separator in pairs) + end))
"""Texts of the words, numbers, terms, punctuation and forms these patterns read, in any
order, with stray characters between them."""

PLAIN_NUMBERING_BEFORE_YEAR = re.compile(
    r"""(?<=\S)[.,]\s(?:[—–-]\s)?
    (?P<numbering>(?:№|[Вв]ып\.|[Тт]\.|[Кк]н\.)\s?\d+(?:\s?[—–-]\s?\d+)?),\s
    (?P<year>\d{4})(?=[.,;]|$)""",
    re.VERBOSE,
)
PLAIN_VOLUME_PERIOD = re.compile(
    r"(?<=[а-яё])\s(?=Т\.\s?(?:\d{1,4}|[IVXLC]{1,6})\.?\s[СC]\.\s?\d)")
PLAIN_VOLUME_PAGE_PERIOD = re.compile(
    r"(?P<volume>(?<![^\s.(])[Тт]\.\s?(?:\d{1,4}|[IVXLC]{1,6}))\s(?=[СC]\.\s?\d)")
"""The three rewrites as they were written, each opening with its lookbehind."""


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@settings(max_examples=800, deadline=None)
@given(text=texts)
def test_the_rewrites_opening_with_what_they_match_find_what_the_lookbehind_first_ones_find(
        text: str) -> None:
    assert _spans(HOST_NUMBERING_BEFORE_YEAR, text) == _spans(PLAIN_NUMBERING_BEFORE_YEAR, text)
    assert _spans(VOLUME_PERIOD_DROPPED, text) == _spans(PLAIN_VOLUME_PERIOD, text)
    assert _spans(VOLUME_PAGE_PERIOD_DROPPED, text) == _spans(PLAIN_VOLUME_PAGE_PERIOD, text)


@settings(max_examples=800, deadline=None)
@given(text=texts)
def test_each_first_test_is_passed_by_every_text_its_pattern_matches(text: str) -> None:
    if PLAIN_NUMBERING_BEFORE_YEAR.search(text):
        assert YEAR_AFTER_COMMA.search(text), text
    if DASH_SERIAL.search(text) or DASH_COLLECTION.search(text):
        assert DASH_NOT_BEFORE_DIGIT.search(text), text
    if HOST_AFTER_DASH.search(text):
        assert contains_any(HOST_AFTER_DASH_TERMS, text), text
    if PINPOINT_THEN_LEAD_IN.search(text):
        assert LOWER_LEAD_IN_COLON.search(text), text
    if DOI.search(text):
        assert DOI_WORD.search(text), text
    if CONTENT_FORM.search(text):
        assert contains_any(CONTENT_FORMS, text), text
    if REVIEW_NOTE.search(text):
        assert contains_any(REVIEW_NOTE_TERMS, text), text
    if NUMBER_AFTER_TITLE.search(text):
        assert ":" in text, text
    assert (CLOSE_HOST_SIGN.search(text) is None) == (CLOSE_HOST.search(text) is None), text
    plain_patent_kind = re.compile(alternation(PATENTS_BY_NUMBER))
    assert (PATENT_KIND.search(text) is None) == (plain_patent_kind.search(text) is None), text


def test_the_forms_the_docstrings_cite_are_still_read() -> None:
    assert year_before_numbering("Статья // Военная быль. – № 121, 1973.") == \
        "Статья // Военная быль. 1973. № 121."
    assert volume_periods("Милюков П. Россия на переломе Т. 1 С. 22") == \
        "Милюков П. Россия на переломе. Т. 1. С. 22"
    assert volume_periods("А. С. Пушкин в воспоминаниях современников Т. 1 С. 266") == \
        "А. С. Пушкин в воспоминаниях современников. Т. 1. С. 266"
    assert host_after_dash("Сохраненное и утраченное.—Театр, 1953, № 12, с. 126") == \
        "Сохраненное и утраченное // Театр, 1953, № 12, с. 126"
    assert PINPOINT_THEN_LEAD_IN.search(
        "Soviet Industrialization. P. 234-236. О после военном периоде см.: Filtzer D. Soviet")
    fields: dict[str, object] = {}
    take_electronic("Статья // Журнал. 2010. № 3. С. 5. DOI: 10.1000/xyz", fields)
    assert fields == {"DOI": "10.1000/xyz"}


def test_a_book_whose_only_dash_is_in_its_pages_is_left_as_typed() -> None:
    text = "Иванов И. В. История войны, мира. М., 1998. С. 45—48."
    assert DASH_NOT_BEFORE_DIGIT.search(text) is None
    assert host_after_dash(text) == text
    assert year_before_numbering("Статья // Вопросы истории. 1910. Т. 12. № 5. С. 45—48.") == \
        "Статья // Вопросы истории. 1910. Т. 12. № 5. С. 45—48."
