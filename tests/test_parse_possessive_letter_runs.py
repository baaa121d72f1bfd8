"""Letter runs made possessive (issue 9, session 35): each pattern must read what its plain
form read, at every position. A run of letters ("[^\\W\\d_]*", "[а-яё]+") followed only by a
mark, a space or a digit can give no letter back to what follows, so a match the plain
form would find after giving letters back does not exist; the possessive form ("*+", "++")
only stops the engine from trying each shorter run before it fails on a title's first
word ("История России …" is tried as the family "Истори", "Истор", …)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

WORDS = ["Иванов", "ИВАНОВ", "Жолио-Кюри", "Новиков–Прибой", "История", "Лев", "Ёлка",
         "Қазақ", "Smith", "O’Brien", "Pitel'", "Liddell", "Hart", "Adam", "Łódź", "ǅ", "ab",
         "И.", "П.", "И.П.", "Дж.", "Yu.", "B.", "J.", "[М.]", "Т.", "С.", "de", "du", "De",
         "van", "der", "1", "1999", "№", "«", "\"", "_"]
"""Families, words of a title, initials, particles, terms and figures."""
SEPARATORS = ["", " ", " ", ", ", ". ", ".", " .", ",", "-", "–", "'", "’", ": ", " // "]
TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)),
                 max_size=8).map(lambda pairs: "".join(w + s for w, s in pairs))

_POSSESSIVE = re.compile(r"(?<!\\)([*+?}])\+")
"""A possessive quantifier's mark ("*+", "++", "?+", "{2,}+"), not an escaped "\\+"."""


def _plain(written: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with its possessive quantifiers written back as greedy ones."""
    plain = _POSSESSIVE.sub(r"\1", written.pattern)
    assert plain != written.pattern, written.pattern  # the test must have a rewrite to hold
    return re.compile(plain, written.flags)


def _forms() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    from biblio.parse import gost, names
    return [(_plain(written), written) for written in (
        names.HEADING_NAME, names.FULL_NAME_HEADING, names.FAMILY_HEADING, gost.GLUED_TITLE,
        gost.NUMBERING_START)]


FORMS = _forms()


def _readings(pattern: re.Pattern[str], text: str) -> list[object]:
    found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    matched = [(m.span(), m.groups()) if (m := pattern.match(text, i)) else None
               for i in range(len(text) + 1)]
    return [*found, *matched]


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_each_possessive_pattern_reads_as_its_plain_form(text: str) -> None:
    for plain, written in FORMS:
        assert _readings(plain, text) == _readings(written, text), (written.pattern[:60], text)


def test_the_plain_form_is_made_by_dropping_only_possessive_marks() -> None:
    """"\\++" (a literal plus, repeated) keeps its repeat; "*+" and "{2,}+" lose their mark."""
    assert _POSSESSIVE.sub(r"\1", r"a*+b++c{2,}+\++") == r"a*b+c{2,}\++"


def test_a_heading_name_is_read_as_before() -> None:
    """GOST 7.1-2003's heading, family first (clause 5.2.5), and the forms the pattern's
    docstring names."""
    from biblio.parse.names import HEADING_NAME
    for text, family, given_name in [("Жолио-Кюри Ф. Избранные труды", "Жолио-Кюри", "Ф."),
                                     ("Новиков–Прибой А. С. Цусима", "Новиков–Прибой", "А. С."),
                                     ("Pitel' J. Essays", "Pitel'", "J."),
                                     ("Liddell Hart B. H. Strategy", "Liddell Hart", "B. H.")]:
        match = HEADING_NAME.match(text)
        assert match and (match["family"], match["given"].strip()) == (family, given_name)
    assert HEADING_NAME.match("История России. М., 1995") is None
