"""Patterns written again for speed (issue 9, session 35): each must read what its plain
form read, at every position.

Letter runs made possessive. A run of letters ("[^\\W\\d_]*", "[а-яё]+") followed only by a
mark, a space or a digit can give no letter back to what follows, so a match the plain
form would find after giving letters back does not exist; the possessive form ("*+", "++")
only stops the engine from trying each shorter run before it fails on a title's first
word ("История России …" is tried as the family "Истори", "Истор", …)."""

from __future__ import annotations

import itertools
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

WORDS = ["Иванов", "ИВАНОВ", "Жолио-Кюри", "Новиков–Прибой", "История", "Лев", "Ёлка",
         "Қазақ", "Smith", "O’Brien", "Pitel'", "Liddell", "Hart", "Adam", "Łódź", "ǅ", "ab",
         "Fennell", "Correspondence", "and", "и", "Иустин", "Диалог", "(", ")", "PG", "pp.",
         "И.", "П.", "И.П.", "Дж.", "Yu.", "B.", "J.", "[М.]", "Т.", "С.", "de", "du", "De",
         "van", "der", "1", "1999", "№", "«", "\"", "_"]
"""Families, words of a title, initials, particles, terms and figures."""
SEPARATORS = ["", " ", " ", ", ", ". ", ".", " .", ",", "-", "–", "'", "’", ": ", " // "]
TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)),
                 max_size=8).map(lambda pairs: "".join(w + s for w, s in pairs))

_POSSESSIVE = re.compile(r"(?<!\\)([*+?}])\+")
"""A possessive quantifier's mark ("*+", "++", "?+", "{2,}+"), not an escaped "\\+"."""


def _plain(written: Any) -> re.Pattern[str]:
    """The pattern with its possessive quantifiers written back as greedy ones."""
    plain = _POSSESSIVE.sub(r"\1", written.pattern)
    assert plain != written.pattern, written.pattern  # the test must have a rewrite to hold
    return re.compile(plain, written.flags)


def _compiled(written: Any) -> re.Pattern[str]:
    """A compiled pattern, or a LazyPattern's."""
    return written if isinstance(written, re.Pattern) else written.compiled()


def _forms() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    from biblio.parse import classical_citations, gost, heading_in_title, names, short_forms
    return [(_plain(written), _compiled(written)) for written in (
        names.HEADING_NAME, names.FULL_NAME_HEADING, names.FAMILY_HEADING, gost.GLUED_TITLE,
        gost.NUMBERING_START, classical_citations.NAMED_BEFORE_SERIES,
        short_forms.LATIN_SHORT_TITLE, *(getattr(heading_in_title, name) for name in (
            "INITIALS_FIRST_NAME", "FAMILY_FIRST_NAME", "FAMILY_FIRST_UNCLOSED",
            "INITIALS_FIRST_UNCLOSED", "FAMILY_FIRST_LOWER", "INITIALS_OTHERWISE_OPENING",
            "GIVEN_INITIAL_FAMILY", "GIVEN_FIRST", "NAME_IN_RELIGION",
            "SHARED_FAMILY_INITIALS_FIRST", "SHARED_FAMILY_OPENING", "REPEATED_HEADING")))]


FORMS = _forms()


def _readings(pattern: re.Pattern[str], text: str) -> list[object]:
    found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    matched = [(m.span(), m.groups()) if (m := pattern.match(text, i)) else None
               for i in range(len(text) + 1)]
    return [*found, *matched]


def _read_alike(forms: list[tuple[re.Pattern[str], re.Pattern[str]]], text: str) -> None:
    for plain, written in forms:
        assert _readings(plain, text) == _readings(written, text), (written.pattern[:60], text)


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_each_possessive_pattern_reads_as_its_plain_form(text: str) -> None:
    _read_alike(FORMS, text)


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


# Assertions put in another order, alternations of alternations made one alternation.

IMPRINT_WORDS = ["М", "Л", "СПб", "Пг", "Мн", "Наука", "Справочник", "антенны", "изд-во",
                 "Издательство социально-экономической литературы", "тип.", "1999", "1958",
                 "1924–1925", "«Сов. писатель»", "«Словарь»", "под ред.", "ред.", "Ред.", "сост.",
                 "гл. ред.", "пер.", "и", "в", "со", "за", "Под", "Иванов", "Должиков", "И.",
                 "В. В.", "В.В.", "x", "М. 1944", "М.-Л.", "М., 2003", "М,1981", "ред. В. В. Должиков",
                 "под ред. А. А. Громыко", "сост. и ред. И.И. Петров", "пер. Б. Пастернака"]
"""Titles' words, places, years, publishers, role words, initials and families, alone and as
the imprints and statements of responsibility print them."""
IMPRINT_SEPARATORS = ["", " ", " ", " ", ".", ". ", ",", ", ", "., ", ") ", "» ", " — ", "-", "–"]
IMPRINT_TEXTS = st.lists(st.tuples(st.sampled_from(IMPRINT_WORDS),
                                   st.sampled_from(IMPRINT_SEPARATORS)),
                         max_size=8).map(lambda pairs: "".join(w + s for w, s in pairs))


def _reordered_forms() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each pattern written again and its plain form, rebuilt as it was written before."""
    from biblio.parse import gost
    from biblio.parse.names import UPPER
    from biblio.parse.patterns import alternation, preceded
    places = gost._RUSSIAN_PLACES
    place = re.compile(
        rf"(?:{preceded(gost.WORD_SPACE, places)})"
        rf"(?=\.(?:\s?[—–-]\s?(?:{alternation(places)})\.)?"
        rf"(?:,?\s\d{{4}}|,\d{{4}}|,\s[«\"][{UPPER}]|,\s(?i:{gost._HOUSE})\s[^,;:]{{1,80}},\s?\d{{4}}))"
        rf"|(?:{preceded(gost.CLOSE_SPACE, places)})(?=,\s?\d{{4}})")
    slash = gost.DROPPED_SLASH.compiled()
    before = slash.pattern.index(r"(?:(?<=[^\W_]\s)|(?<=»\s))")  # the lookbehinds, then the role
    plain_slash = re.compile(r"\s" + slash.pattern[before:] + slash.pattern[2:before], slash.flags)
    return [(place, gost.PLACE_WITHOUT_PERIOD), (plain_slash, slash)]


REORDERED = _reordered_forms()


@settings(max_examples=3000, deadline=None)
@given(IMPRINT_TEXTS)
def test_each_reordered_pattern_reads_as_its_plain_form(text: str) -> None:
    _read_alike(REORDERED, text)


def test_places_in_branches_read_as_their_preceded_alternations() -> None:
    """Every text of up to four pieces of the places, their neighbours and their marks."""
    from biblio.parse.patterns import preceded, preceded_in_branches
    terms = ["М", "Л", "СПб", "Пг"]
    word, close = r"\w\s", r"»\s"
    written = re.compile(preceded_in_branches(terms, (word, r"(?=\.)"), (close, r"(?=,)")))
    plain = re.compile(f"(?:{preceded(word, terms)})(?=\\.)|(?:{preceded(close, terms)})(?=,)")
    pieces = ["М", "Пг", "СПб", "б", "a", " ", "»", ".", ","]
    for length in range(5):
        for text in map("".join, itertools.product(pieces, repeat=length)):
            assert _readings(plain, text) == _readings(written, text), text


def test_terms_that_open_or_close_another_are_refused() -> None:
    """"М" opens "Мн": at "Мн." the plain alternation may read either, the terms' one not."""
    from biblio.parse.patterns import preceded_in_branches
    for terms in (["М", "Мн"], ["Пб", "СПб"]):
        try:
            preceded_in_branches(terms, (r"\s", ""))
        except ValueError:
            continue
        raise AssertionError(terms)


def test_the_place_without_its_period_is_found_by_the_new_pattern() -> None:
    """The forms PLACE_WITHOUT_PERIOD's docstring cites (GOST 7.0.12's «М.», «Л.»)."""
    from biblio.parse.gost import PLACE_WITHOUT_PERIOD
    for text, place in [("Справочник М., 2003", "М"), ("(1924–1925) М., 1958", "М"),
                        ("«Хирург. Анатом. Педагог. Патриот» М.,1981 г.", "М"),
                        ("История М 1999", None), ("Труды Мн., 1999", None),
                        ("«Великий русский врач» (к 150-летию со дня рождения) М, 1960", "М"),
                        ("Очерки СПб., «Наука», 1999", "СПб")]:
        match = PLACE_WITHOUT_PERIOD.search(text)
        assert (match and match.group()) == place, text


_BEFORE = ["", "Труды", "Труды 1999", "CURL", "URL", "www.a.ru", "Электронный ресурс]",
           "Available at"]
_MARKS = ["", " ", ".", ". ", " — ", ". — ", "— ", "-", ". - ", "– ", ",", ":"]
_LABELS = ["URL", "Режим доступа", "режим доступу", "Available at", "Available from",
           "Verfügbar unter", "Disponible sur", "Online unter", "CURL", "Труды"]
_COLONS = [":", ": ", " : ", " :", "", " "]
_ADDRESSES = ["http://www.hist.msu.ru/Labs/index.html", "https://doi.org/10.1000/1",
              "www.rsl.ru", "http:// www.a.ru", "URL: http://a.ru/b", "a b",
              "http://a.ua/Vymogy oformlennya/gost.pdf", ""]
_AFTER = ["", ".", ", свободный", " (дата обращения: 1.01.2020)", " URL: www.b.ru", " 1999"]
ADDRESS_TEXTS = st.lists(
    st.tuples(*(st.sampled_from(pieces) for pieces in
                (_BEFORE, _MARKS, _LABELS, _COLONS, _ADDRESSES, _AFTER))).map("".join),
    min_size=1, max_size=2).map("".join)
"""What stands before an address, the marks before its label, the label, its colon, the
address and what follows it, once or twice."""


@settings(max_examples=3000, deadline=None)
@given(ADDRESS_TEXTS)
def test_an_address_searched_from_its_first_label_is_the_one_searched_from_the_start(
        text: str) -> None:
    """GOST 7.82-2001's «Режим доступа: URL», GOST R 7.0.5-2008's «URL:», and the labels of
    other styles, after the marks the pattern reads before them (". — URL:")."""
    from biblio.parse.electronic import URL, _url
    whole, found = URL.search(text), _url(text)
    assert (whole and (whole.span(), whole.groups())) == (found and (found.span(), found.groups()))
