"""Patterns written again so that the regex engine scans for their first character (issue
9, session 32): each must read what its plain form read, at every position. A pattern that
opens with a repeat ("[\\W_]+", "\\d{4}"), an optional space ("\\s?:") or an alternation
whose branches do not all open with a literal ("\\d|//") is tried at every position of a
search; one opened by a class or a literal is found by a scan. Lookarounds moved after
the mark they follow read the same characters in another order."""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

PIECES = [" ", "  ", "\n", ":", ";", "(", ")", ".", ",", "/", "//", "1", "1999", "2001а",
          "—", "–", "-", "…", "...", "?", "!", "[", "]", "№", "с изм.", "в ред.", "патент",
          "авт. свид.", "Дата обращения", "Сб. док.", "Межвуз. сб. науч. тр.", "сайт",
          "принят", "утв.", "PG 57, 742", "Москва", "М.", "Т.", "т", "Vol", "Ab", "abc",
          "Ёлка", "См.", "Иванов", "И.", "см.", "see", "e.g.,", "цит. по", "and", "Über",
          "ф. 5", "Fond", "№ 5", "С. 12", "«Правда»", "_", "ǅ"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


def _same_reading(plain: re.Pattern[str], written: re.Pattern[str], text: str) -> None:
    def spans(pattern: re.Pattern[str]) -> list[tuple[int, int] | None]:
        found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        matched = [(m.span(), m.groups()) if (m := pattern.match(text, i)) else None
                   for i in range(len(text) + 1)]
        return [*found, *matched]
    assert spans(plain) == spans(written), text


def test_an_optional_space_before_a_mark_reads_as_the_plain_pattern_everywhere() -> None:
    """Every text of spaces, the mark, a second mark and a letter up to seven characters:
    "a : b", "::", " :", ": :" — the mark alone, a space then the mark, never two marks."""
    from biblio.parse.patterns import optional_space_before
    for mark in ":;(":
        escaped = re.escape(mark)
        for after in (r"\s", r"\s?x", ""):
            plain = re.compile(rf"\s?{escaped}{after}")
            written = re.compile(rf"{optional_space_before(mark)}{after}")
            for length in range(7):
                for text in map("".join, itertools.product(f" \t{mark}x", repeat=length)):
                    _same_reading(plain, written, text)


def _plain_forms() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each rewritten pattern and its plain form, made from it by writing its opening
    back as it was."""
    from biblio.parse import (areas, classical_citations, commentary, comma_style,
                              contribution_after_host, electronic, genres, gost,
                              informal, language, list_keys, official, publication,
                              repeats, second_reading)
    from biblio.parse.patterns import optional_space_before

    def back(pattern: object, *replacements: tuple[str, str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
        source, flags = pattern.pattern, pattern.flags  # type: ignore[attr-defined]
        plain = source
        for written, original in replacements:
            assert written in plain, (written, source)
            plain = plain.replace(written, original)
        return re.compile(plain, flags), re.compile(source, flags)

    colon, parenthesis = (optional_space_before(":"), r"\s?:"), (optional_space_before("("), r"\s?\(")
    return [
        back(areas.BOUNDARY, (r"[.…?!](?:(?<=\.)\.\.)??", r"(?:\.|…|\.\.\.|[?!])")),
        back(classical_citations.SERIES_IN_PARENTHESES, parenthesis),
        back(electronic.ACCESSED, parenthesis),
        back(official.LATER_WORDING, parenthesis),
        back(official.PATENT, colon),
        back(genres.GENRE, colon),
        back(genres.QUALIFIED_GENRE, colon),
        back(genres.STATEMENT, colon),
        back(genres.ADOPTION, colon),
        back(genres.GENRE_AFTER_PERIOD, (r"[.;\s](?:(?<=[.;])|(?<=\s);)", r"(?:\.|\s?;)")),
        back(publication.PUBLICATION_WITH_PLACE, (r"[,:](?:\s?\[?\d{4}|(?<=:)\s)", r"[,:]\s?\[?\d{4}|:\s")),
        back(second_reading.AREA_SIGN, (r"[\d/](?:(?<=\d)|(?<=/)/)", r"\d|//")),
        back(language.CYRILLIC_WORD, (r"[\u0400-\u04ff][\u0400-\u04ff]*", r"[\u0400-\u04ff]+")),
        back(language.LATIN_WORD, (r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f]*(",
                                   r"[A-Za-z\u00c0-\u024f]+(")),
        back(gost.LATIN_WORD, (r"[A-Za-z][A-Za-z]+", r"[A-Za-z]{2,}")),
        back(repeats._NON_WORD, (r"[\W_][\W_]*", r"[\W_]+")),
        back(contribution_after_host.YEAR, (r"\d\d{3}", r"\d{4}")),
        back(gost.IMPRINT_END, (r"\d\d{3}\)", r"\d{4}\)")),
        back(comma_style.FORM_END, (r"\d\d{3}", r"\d{4}")),
        back(informal.GAZETTE_YEAR, (r"[.,](?=\s\d)(?<=", r"[.,](?<=")),
        back(list_keys.KEY_YEAR_DASH, (r"[—–-]\s(?:(?<=\d{4}\s[—–-]\s)|(?<=\d{4}[a-zа-яё]\s[—–-]\s))",
                                       r"[—–-](?:(?<=\d{4}\s[—–-])|(?<=\d{4}[a-zа-яё]\s[—–-]))\s")),
        back(gost.SPACE_MISSING_AFTER_WORD,
             (r"[.:](?=[А-ЯЁA-Z](?:[а-яёa-z]|[\s.]))(?:(?<=[а-яё]{3}[.:])|(?<=[а-яё]\.:)|(?<=[СC]м\.))",
              r"[.:](?:(?<=[а-яё]{3}[.:])|(?<=[а-яё]\.:)|(?<=[СC]м\.))(?=[А-ЯЁA-Z](?:[а-яёa-z]|[\s.]))")),
        *[(re.compile(rf"[\s,](?:{alternation})\s"), written) for alternation, written in
          [_lower_lead_ins(gost.DISCUSSION_LEAD_IN_WORD)]],
        *[(re.compile(rf"[\s,](?:{alternation}){commentary._COLON}"), written) for alternation, written in
          [_lower_lead_ins(commentary.LOWER_LEAD_IN_COLON)]],
    ]


def _lower_lead_ins(written: re.Pattern[str]) -> tuple[str, re.Pattern[str]]:
    """The lower-case lead-ins as the plain alternation of them, beside the factored pattern
    (`patterns.trie`): only whether it is found counts there."""
    from biblio.data.reference_terms import LEAD_INS
    from biblio.parse.patterns import alternation
    return alternation(t for t in LEAD_INS if t[:1].islower()), written


FORMS = _plain_forms()


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_each_rewritten_pattern_reads_as_its_plain_form(text: str) -> None:
    for plain, written in FORMS[:-2]:
        _same_reading(plain, written, text)
        assert plain.sub("#", text) == written.sub("#", text)
    for plain, written in FORMS[-2:]:  # factored lead-ins: found or not
        assert (plain.search(text) is None) == (written.search(text) is None), text


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["see also", "cf.", "vgl.", "цит. по", "см. также", "см.",
                                 "ср.", "и др.", " ", ",", ":", " :", "x", "e.g.,", "siehe"]),
                max_size=8).map("".join))
def test_the_factored_lead_ins_are_found_where_the_alternation_is(text: str) -> None:
    for plain, written in FORMS[-2:]:
        assert (plain.search(text) is None) == (written.search(text) is None), text


def test_a_mark_doubled_is_not_read_as_a_space_before_it() -> None:
    """The hash of every dev row caught it: "1999–2000 гг.; Межвуз. сб. науч. тр." has its
    genre after the ";", not after ".;" (GOST 7.1-2003 prints ";" before a collection's
    genre)."""
    from biblio.parse.genres import GENRE_AFTER_PERIOD
    text = "Бахрушинские чтения 1999–2000 гг.; Межвуз. сб. науч. тр."
    assert GENRE_AFTER_PERIOD.search(text).group().startswith("; Межвуз.")
