"""Patterns written again for speed (issue 9, session 36): each must read what its former
form read, at every position, and the words of a heading as they were found before.

The former forms are written out here as session 35 left them, so that a rewrite that
reads one mark more or less than they did fails."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

FORMER_GLUED = re.compile(
    r"[.,:](?=[^\W_]|[«(\[№]|[—–](?!\d))(?:(?:(?<!\d[.,])|(?!\d))"
    r"(?:(?<!(?<![^\W\d_])[А-ЯЁ]\.)|(?![А-ЯЁ]\.))(?:(?<!(?<![^\W\d_])[A-Z]\.)|(?![A-Z]\.))"
    r"|(?<=(?<!\d)(?<!\d[.,])(?:1[5-9]|20)\d\d[.,])(?=\d{1,4}\s[^\W\d_]))"
    r"|(?:(?<=[^\W\d_]{5})|(?<=\d)|(?<=\.))\.(?=-(?:[А-ЯЁA-Z]|\d+\s?с\.))")
"""glued_marks.GLUED as session 35 left it: the hyphen's period a branch of its own."""

FORMER_IMPRINT_AS_HOST = re.compile(
    r"(?P<place>[^\s,:;]+)\s?:\s?[«\"]?[^\W\d_a-zа-яё][^,.;:]*(?:\.\S[^,.;:]*)*,\s?\d{4}\b")
"""gost.IMPRINT_AS_HOST as session 35 left it: the place's run not possessive."""

FORMER_PLACE_PERIOD_DROPPED = (
    r"(?:(?<=\.\s)|(?<=[^\W\d_],\s))(?:СПб|Пг|Л|М)"
    r"(?=,\s?(?:\d{{4}}|[«\"]?[{upper}]|(?:{house})\s))")
"""gost.PLACE_PERIOD_DROPPED as session 35 left it: the two lookbehinds before the places
(its capitals and publishers' words filled in from gost, which did not change)."""

PIECES = ["Иванов", "Пг", "Л", "Мб", "изд-во", "отчет", "История", "курс", "Театр", "Юж",
          "Рос", "И", "П", "J", "R", "Т", "С", "М", "СПб", "Питер", "Practice", "1957", "2006",
          "12", "2", "160", "№", "«", "»", "(", "[", "с", "a", "_", "о"]
"""Words of five letters and fewer, initials, places, abbreviations, years, numbers, signs."""
MARKS = ["", " ", ".", ",", ":", ". ", ", ", ": ", ".-", "..-", ".—", ".–", ". — ", "-", " : ",
         "..", ".,"]
TEXTS = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(MARKS)),
                 max_size=10).map(lambda pairs: "".join(p + m for p, m in pairs))


def _readings(pattern: re.Pattern[str], text: str) -> list[object]:
    found = [(m.span(), m.groupdict()) for m in pattern.finditer(text) if _former_form(m)]
    matched = [(m.span(), m.groupdict()) if (m := pattern.match(text, i)) and _former_form(m)
               else None for i in range(len(text) + 1)]
    return [*found, *matched]


def _former_form(match: re.Match[str]) -> bool:
    """Whether a match is of a form the former patterns read: not one of the two branches
    of GLUED that batch 52 added in the same session (the dash glued between a year and
    the extent, «1985–56с.», opened by the year's last figure or the dash; tested in
    tests/test_parse_glued_marks.py)."""
    return not match.group()[:1].isdigit() and match.group()[:1] not in "—–-"


def _written() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    from biblio.parse import glued_marks, gost
    former_place = re.compile(FORMER_PLACE_PERIOD_DROPPED.format(upper=gost.UPPER,
                                                                 house=gost._HOUSE))
    return [(FORMER_GLUED, glued_marks.GLUED.compiled()),
            (FORMER_IMPRINT_AS_HOST, gost.IMPRINT_AS_HOST.compiled()),
            (former_place, gost.PLACE_PERIOD_DROPPED)]


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_each_rewritten_pattern_reads_as_its_former_form(text: str) -> None:
    for former, written in _written():
        assert _readings(former, text) == _readings(written, text), (written.pattern[:40], text)


def test_a_hyphen_glued_after_a_figure_or_a_long_word_is_found_where_it_was() -> None:
    """«1957.-Т. 2.-С. 160–161»: the year's and the volume's periods before the hyphen;
    «курс-конспект.-Рига»: after a word of five letters; «Юж.-Рос.»: a compound's, not."""
    from biblio.parse.glued_marks import GLUED
    for text, marks in (("1957.-Т. 2.-С. 160–161", [4, 10]), ("конспект.-Рига", [8]),
                        ("Юж.-Рос.", []), ("П..-Новосибирск", [2]), ("1979.-131 с.", [4])):
        assert [m.start() for m in GLUED.finditer(text)] == marks, text
        assert [m.start() for m in FORMER_GLUED.finditer(text)] == marks, text


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_the_words_found_are_those_the_former_replacement_and_split_gave(text: str) -> None:
    """heading_in_title._WORD (session 36) against session 35's `_NOT_WORD.sub(" ", text)
    .split()`, its `_NOT_WORD` "[\\W_]+" (session 32 wrote it "[\\W_][\\W_]*")."""
    from biblio.parse.heading_in_title import _WORD
    assert _WORD.findall(text) == re.sub(r"[\W_]+", " ", text).split()


def test_the_words_of_a_heading_are_its_runs_of_letters_and_figures() -> None:
    """«Иванов И.-П.» and «О’Брайен_Дж. (1999)»: what parts the words is dropped, an
    underscore too, as the former replacement by spaces and split did."""
    from biblio.parse.heading_in_title import _WORD
    assert _WORD.findall("Иванов И.-П.") == ["Иванов", "И", "П"]
    assert _WORD.findall("О’Брайен_Дж. (1999)") == ["О", "Брайен", "Дж", "1999"]
    assert _WORD.findall(" — ") == []


def test_a_place_that_lost_its_period_is_found_after_a_period_or_a_word_and_comma() -> None:
    """«Полн. собр. соч. М, 1939», «отчет, Л, 1921», «». СПб, Питер»: the place; not after a
    figure and a comma («1921, М, 1930»), nor a place glued to a word («ЛМ, 1930»), nor before a
    lower-case word that opens no publisher («Пг, том 2»)."""
    from biblio.parse.gost import PLACE_PERIOD_DROPPED
    for text, places in (("Полн. собр. соч. М, 1939", ["М"]), ("отчет, Л, 1921", ["Л"]),
                         ("». СПб, Питер, 2004", ["СПб"]), ("1921, М, 1930", []),
                         ("Том. ЛМ, 1930", []), ("Том. Пг, том 2", []),
                         ("Том. Пг, изд-во Мысль", ["Пг"])):
        assert [m.group() for m in PLACE_PERIOD_DROPPED.finditer(text)] == places, text
