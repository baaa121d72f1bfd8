"""Cutting a description into its areas.

GOST 7.1-2003 (clause 4.6) separates areas with ". — " (printed also with an en dash or
a hyphen: ". – ", ". - ", as typesetters and word processors do); the footnote form of
GOST R 7.0.5-2008 (clause 6) may replace it with ". ". A period followed by a space
also ends abbreviations ("Т. 1", "Dir. de", "J.-B. Duroselle"), so a soft
boundary is taken only where the word before the period is not an abbreviation
or an initial, and the next word does not start in lower case. An ellipsis ends an
area too ("Des hommes d’influences… P. 118"), and so do "?" and "!" ("Кто виноват? М.,
1990"); the sign stays with the area before it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from biblio.data.places import is_abbreviated_place
from biblio.data.reference_terms import (
    APPENDIX_TERMS,
    ARTICLE_TERMS,
    EDITION_TERMS,
    ISSUE_TERMS,
    KEEP_PERIOD_ABBREVIATIONS,
    LOCATOR_LABELS,
    MONTHS,
    NO_SPLIT_ABBREVIATIONS,
    OTHER_PLACES,
    PART_TERMS,
    PRINTING_WORDS,
    PUBLISHING_HOUSE_WORDS,
    SERIES_NUMBER_TERMS,
    SERIES_WORDS,
    SINGLE_LETTER_TERMS,
    VOLUME_TERMS,
)
from biblio.lazy_patterns import LazyPattern
from biblio.parse.locators import ROMAN
from biblio.parse.patterns import PRINTED_YEAR, alternation, phrase_alternation
from biblio.parse.role_statements import closes_role_words


class Area(NamedTuple):
    """An area as a span of the description, so that no character is rewritten."""

    start: int
    end: int
    text: str


AREA_DASHES = "—–-"
"""The dash of ". — " as printed: em dash, en dash, hyphen-minus."""
BOUNDARY = re.compile(r"[.…?!](?:(?<=\.)\.\.)??(?:\s*[—–]\s*|\s+(?:-\s+)?)")
"""A candidate end of area: ". — ", ". – " (also close up: "2005.–С. 5"), ". - ", ". ",
"… ", and "? " or "! " after a title that ends so ("Кто виноват? М., 1990": GOST 7.1
clause 4.7 keeps the title's own sign and drops the period); "..." tried after ".", as
the alternation "\\.|…|\\.\\.\\.|[?!]" tried it, but opened by one class, which the engine
scans for (the alternation was tried at every position)."""

_WORD_BREAKS = frozenset(
    [chr(code) for code in range(0x3001) if chr(code).isspace()] + list("([«\"“"))
"""Every space (U+3000 is the last) and an opening sign. Any space that BOUNDARY's \\s
takes ends a word too, so the words before two boundaries never overlap: "Ab." and an
em space, repeated, is split in linear time."""


def _word_before(text: str, period: int) -> str:
    """The word that the period at `period` closes ("Vol" in "Vol. 3")."""
    start = period
    while start > 0 and text[start - 1] not in _WORD_BREAKS:
        start -= 1
    return text[start:period]


NUMBERING_WORDS: frozenset[str] = frozenset(
    term.rstrip(".") for term in
    (*LOCATOR_LABELS, *VOLUME_TERMS, *ISSUE_TERMS, *PART_TERMS, *SERIES_NUMBER_TERMS)
)
"""Terms whose number follows them: "№ 15.", "Сер. 2." are not ordinals, and a period
after one of them goes on to its number ("no. 2", "Изд. 3-е")."""

WRITTEN_OUT_TERMS: frozenset[str] = frozenset(
    term for term in (*VOLUME_TERMS, *ISSUE_TERMS, *PART_TERMS, *SERIES_NUMBER_TERMS,
                      *ARTICLE_TERMS)
    if len(term) >= 5 and term.isalpha())
"""The numbering terms written out ("книга", "часть", "выпуск", "статья", "Issue"): no
abbreviation's period follows them, so a period after one ends the sentence, the title of
a journal that ends with the word among them ("Университетская книга. 2005. № 6")."""
TERMS_BEFORE_NUMBER: frozenset[str] = (NUMBERING_WORDS | SINGLE_LETTER_TERMS | frozenset(
    term.rstrip(".") for term in (*ARTICLE_TERMS, *APPENDIX_TERMS))) - WRITTEN_OUT_TERMS
"""Terms whose period goes on to a number after it; a law's article among them, which its
gazette prints as an area of its own ("… – 2004. – № 47. – Ст. 4645."), and a book's
appendix ("Прил. 3"); not one written out."""
ROMAN_AFTER_TERM = LazyPattern(rf"{ROMAN}(?=[,;)]|\s[\d(]|$)")
"""A Roman numeral after a numbering term, closed by a comma or followed by a number: the
term's number ("…, т. I, 1913 г.", "т. XVII, с. 5"), typed with the Cyrillic look-alikes
І and Х as well ("т. ІІІ, 1913 р."); the term's period goes on to it, as to a figure."""
ABBREVIATED_MONTHS: frozenset[str] = frozenset(m.rstrip(".") for m in MONTHS if m.endswith("."))
"""A month cut short (GOST 7.0.12, DSTU 3582:2013): its period goes on to the year or the day
after it ("от 24 нояб. 1995 г.", "станом на 18 берез. 2020 р.")."""
EDITION_WORDS: frozenset[str] = frozenset(term.rstrip(".") for term in EDITION_TERMS)
EDITION_NUMBER = re.compile(r"\d{1,2}(?!\d)")
"""The number an edition word goes on to ("Изд. 3-е"); a year after it ("2-е изд. 1957")
starts the next area."""
EDITION_OPENING = re.compile(
    rf"(?:{alternation(term for term in EDITION_TERMS if term[:1].isupper() and term.endswith('.'))})"
    rf"\s?{EDITION_NUMBER.pattern}")
"""An edition statement opened by its capitalized word and number ("Вид. 3-тє., переробл.
та допов.", "Изд. 2-е"): after an abbreviation that closes the title information ("навч.
посіб. Вид. 3-тє." in DSTU 8302:2015's ". " between areas), it opens the edition area."""

OTHER_PLACES_AFTER = re.compile(rf"\[{phrase_alternation(OTHER_PLACES)}\.?\]")
"""«[и др.]» after a place's abbreviation, the other places left out («СПб. [и др.] :
Питер», GOST 7.1-2003 clause 5.5): the area goes on."""

LOWER_CASE_TERM = re.compile(
    rf"(?:{alternation(term for term in NUMBERING_WORDS if term[:1].islower())})\.?\s?\d")
"""A lower-case term and its number opening an area: "т. 2", "с. 45", "no 4" (GOST
7.0.12 prints them in lower case in the middle of a description; users do so after
". " too)."""


def _is_ordinal(text: str, period: int, word: str) -> bool:
    """"2. Aufl.", "Der 1. Weltkrieg": a short number that no term ("№ 15.") counts, nor
    closes a range a term counts with its dash spaced ("№ 9 – 10.", "Вып. 1 - 2.", as Word
    manuscripts and journals' pages space it)."""
    if not (word.isdigit() and len(word) <= 2):
        return False
    end = _before_spaces(text, period - len(word))
    before = _word_before(text, end)
    if before in AREA_DASHES and end - 1 > 0 and text[end - 2].isspace():
        first = _before_spaces(text, end - 1)
        number = _word_before(text, first)
        if number.isdigit():
            before = _word_before(text, _before_spaces(text, first - len(number)))
    return before.rstrip(".") not in NUMBERING_WORDS


def _before_spaces(text: str, end: int) -> int:
    """`end` moved back over the white space before it."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _joins_initial(text: str, word: str, following: int) -> bool:
    """"Frankfurt a. M.", "Freiburg i. Br.": a lone lower-case letter of the Latin
    alphabet without diacritics (the qualifiers of German place names), not a GOST term
    ("в 2 т. М."), before a capital initial. French "à" is a word: "…: à. P., 1700"."""
    return len(word) == 1 and word.isascii() and word.islower() and \
        word not in SINGLE_LETTER_TERMS and \
        text[following + 1: following + 2] == "."


PUBLISHER_ABBREVIATIONS = frozenset(
    form for word in PUBLISHING_HOUSE_WORDS if word.endswith(".")
    for form in (word[:-1], word[:-1].capitalize()))
"""«Изд», «тип», capitalised too: the abbreviated word that opens a publisher's name."""
PUBLISHER_AFTER = LazyPattern(r"\s?[«\"„“]?[^\W\d_]")
"""The publisher's name going on after its abbreviated first word: a letter, or a quote."""


def _opens_publisher(text: str, period: int, word: str) -> bool:
    """Whether the period at `period` closes the abbreviation that opens a publisher's name
    right after the colon of the publication area, GOST 7.1-2003 clause 5.5's "place :
    publisher" ("Л.: Изд. «Academia», 1934", "М.: Изд. «Советский писатель», 1950", "СПб.:
    Тип. Майкова, 1870"): the name goes on after it, the area does not end there."""
    return word in PUBLISHER_ABBREVIATIONS and \
        text[: period - len(word)].rstrip().endswith(":") and \
        PUBLISHER_AFTER.match(text, period + 1) is not None


REGNAL_NUMERALS = frozenset("IVX")


def _is_regnal_number(text: str, period: int, word: str) -> bool:
    """"Петра I.", "Charles V.": a one-letter Roman numeral after a name (a word of a
    capital and more letters, no period) ends the title, as an initial would not."""
    if word not in REGNAL_NUMERALS:
        return False
    end = period - len(word)
    if end < 2 or text[end - 1] != " ":
        return False
    before = _word_before(text, end - 1)
    return len(before) > 1 and before[0].isupper() and before.isalpha()


YEAR_BEFORE_MARK = re.compile(rf"(?<!\d){PRINTED_YEAR}\s?$")
"""A year before the period of «г.» (год): "М.: Алетейя, 2010 г. 848 с."."""


def _closes_year(text: str, period: int, word: str) -> bool:
    """"2010 г. 848 с.": «г.» after a year is the year's mark, not the term "г." before a
    number, and its period ends the publication area as the year's own would."""
    return word == "г" and \
        YEAR_BEFORE_MARK.search(text, max(0, period - 7), period - 1) is not None  # the
    # year and its space end at the «г»; a search from the text's start made a note of
    # many «г.» quadratic


CYRILLIC_ROMAN_LOOK_ALIKES = frozenset("ІХ")
"""The Cyrillic letters typed for the one-letter Roman numerals I and X («Т. І. С. 215»)."""
AREA_AFTER_CYRILLIC_ROMAN = LazyPattern(
    r"\s?(?:$|[^\W\d_]{1,5}\.\s?\d|[^\W\d_]+\.?,\s?\d{4}(?!\d))")
"""What follows a Cyrillic «І.» or «Х.» after a numbering term when it is the term's
number: the end, an area of a short term and a number («С. 215», «Кн. 2») or a place and
its year («М., 1990», «Київ, 1995»); not a name after two initials («Т. І. Петренко»)."""


def _is_roman_number_of_term(text: str, period: int, word: str) -> bool:
    """"Т. I. Л., 1991", "Т. V. Кустанайский уезд.": a one-letter Roman numeral after a
    numbering term is the term's number, and its period ends the area, as "Т. II. М."'s
    does; not an initial. Typed with a Cyrillic look-alike («Т. І. С. 215», the Ukrainian
    «І»), it is the number only before an area of a term or place and a number: «Т. І.»
    are a Ukrainian name's initials as often."""
    if word not in REGNAL_NUMERALS and not (
            word in CYRILLIC_ROMAN_LOOK_ALIKES and
            AREA_AFTER_CYRILLIC_ROMAN.match(text, period + 1) is not None):
        return False
    end = period - len(word)
    if end > 1 and text[end - 1] == " ":
        end -= 1
    return end > 0 and text[end - 1] == "." and _word_before(text, end - 1) in NUMBERING_WORDS


def _counts(text: str, period: int, word: str) -> bool:
    """"в 2 кн. М.", "в 3 вып. Л.": a term after a bare number counts volumes, and its
    period ends the title area as any word's would."""
    end = period - len(word)
    return end > 1 and text[end - 1] == " " and _word_before(text, end - 1).isdigit()


SITE_NAME = LazyPattern(r"[a-z0-9-]{3,}\.(?:ru|su|ua|by|kz|com|org|net|info)")
"""A site's domain name in a title, «Психологическая наука и образование psyedu.ru»,
«КиберЛенинка cyberleninka.ru»: its period is no abbreviation's."""
GLUED_INITIALS_NAME = re.compile(
    r"(?:[A-ZА-ЯЁІЇЄ]\.){1,3}[A-ZА-ЯЁІЇЄ][a-zа-яёіїєґ]{2,}(?:-[A-ZА-ЯЁІЇЄ]?[a-zа-яёіїєґ]{2,})*")
"""Initials typed close up to a family name, as library records print the editors:
"отв. ред. А.И.Аксенов. М., 2003", "редкол.: В.И.Буганов (отв. ред.), … Б.Г.Литвак. М.:
Институт истории СССР, 1983", a family of two parts too ("пер. с рукописей
В.Любович-Романович. — СПб.", "Trad. B.Cauvet-Duhamel. Paris: Gallimard", two books'
notes typed close): a name, whose period ends the area, not an abbreviation."""


IMPRINT_START = re.compile(
    r"[A-ZА-ЯЁІЇЄҐ][^\W\d_]{2,}(?:[\s-][^\W\d_]+)?(?P<colon>\s?:\s|,\s\d{4}\b)")
"""A place, then its publisher after ":" or its year after ",": "Чернівці: Букрек, 2010",
"Чернівці, 2022", "Запоріжжя : ЗНУ, 2016" (the colon spaced, as GOST prints it, only
after "/": "Петров А. Сказки : для детей" is a heading and a title)."""


CLOSE_INITIALS = re.compile(r"[A-ZА-ЯЁІЇЄҐ](?:\.[A-ZА-ЯЁІЇЄҐ]){1,2}")
"""Two or three initials typed close, before the period of the last: "В.В" of "В.В."."""
ABBREVIATED_IMPRINT_START = re.compile(r"(?P<place>[A-ZА-ЯЁІЇЄҐ][^\W\d_]{0,3}\.)(?P<colon>\s?:\s)")
"""A place the tables abbreviate, then its publisher: "/ Пелешенко В.І., Хільчевський
В.К. К.: Либідь, 1997", "/ Иванов И. И. М.: Наука" (after "/" only, as for IMPRINT_START's
spaced colon)."""
ABBREVIATED_IMPRINT_REACH = 7
"""How far after its start ABBREVIATED_IMPRINT_START's colon can end: a place of at most four
letters, its period, a space: the colon looked for there first, since the pattern is
tried after every close initial and most are followed by a name or a title."""


def _after_slash(text: str, end: int) -> bool:
    """Whether a "/" (not "//") opens the statement of responsibility before `end`."""
    slash = text.rfind("/", 0, end)
    return slash > 0 and text[slash - 1] != "/"


def _abbreviated_imprint(text: str, period: int) -> re.Match[str] | None:
    """ABBREVIATED_IMPRINT_START after `period`, its place one the tables know: looked for
    only where its colon is near."""
    if text.find(":", period + 3, period + 2 + ABBREVIATED_IMPRINT_REACH) < 0:
        return None
    imprint = ABBREVIATED_IMPRINT_START.match(text, period + 2)
    return imprint if imprint and is_abbreviated_place(imprint["place"]) else None


def _ends_inverted_name(text: str, period: int, word: str) -> bool:
    """"… / Костишин С., Щербань М. Чернівці: Букрек, 2010": DSTU 8302:2015 separates areas
    by ". " and lists the names after "/" family first, so the initial that closes the last
    name closes the area before an imprint; an initial before a family name ("М.
    Чернівці" with no name before it) does not. After "/", the name may have two initials
    ("/ Гуревич Д. Т., …, Макарова В. В. Запоріжжя : ЗНУ, 2016"), spaced or typed close
    ("Макарова В.В. Запоріжжя", only after "/": «Издание А.С. Суворина, 1903» is a
    publisher): before it, a heading "Иванов И. И. Экономика: учебник" opens with the
    same letters. After "/", an abbreviated place the tables know and its
    colon end the area after initials too ("/ Пелешенко В.І., Хільчевський В.К. К.:
    Либідь, 1997")."""
    initials = len(word) == 1 or len(word) in (3, 5) and word[1] == "." and \
        CLOSE_INITIALS.fullmatch(word) is not None  # tested on every abbreviation's period
    end = period - len(word)
    if not initials or end < 3 or text[end - 1] != " ":
        return False
    imprint = IMPRINT_START.match(text, period + 2) or _abbreviated_imprint(text, period)
    if imprint is None:
        return False
    slash = _after_slash(text, end)
    only_after_slash = len(word) > 1 or imprint["colon"].startswith(" ") or \
        imprint.re is ABBREVIATED_IMPRINT_START
    if only_after_slash and not slash:
        return False
    before = _word_before(text, end - 1)
    if slash and len(before) == 2 and before[0].isupper() and before[1] == ".":
        end -= len(before) + 1  # the name's first initial
        if text[end - 1] != " ":
            return False
        before = _word_before(text, end - 1)
    return len(before) > 1 and before[0].isupper() and before.isalpha()


OPEN_DATE = LazyPattern(rf"{PRINTED_YEAR}\s?[—–-]\s$")
"""A continuing resource's first year and the dash of its open date, the space before the
area's period (GOST 7.1-2003 and GOST R 7.0.100-2018 print the dates of a serial still
published so: "М. : Наука, 1956– . – Ежемес.", "Москва, 1999 – . – URL: …"; the two-level
description of an issue: "Атомная энергия / … — М.: …, 1956— . Том 108, вып. 3. — 2010.")."""


def _closes_open_date(text: str, period: int, word: str) -> bool:
    """Whether the period at `period`, after a space (no `word` before it), closes an open
    date (OPEN_DATE)."""
    return not word and OPEN_DATE.search(text[max(0, period - 8):period]) is not None


def _is_abbreviation(word: str) -> bool:
    if not word:
        return True
    if len(word) == 1 and word.isalpha():
        return word.isupper()  # an initial or a term: "М.", "Т. 1", "P. 72"
    if "." in word and word[-1].isalpha():
        # chained initials or an abbreviation: "J.-B", "N.Y", "А.В"; not "А.И.Аксенов",
        # nor a site's name, whose period closes the area ("… psyedu.ru. 2013. Том 5")
        return GLUED_INITIALS_NAME.fullmatch(word) is None and \
            SITE_NAME.fullmatch(word) is None
    return word in NO_SPLIT_ABBREVIATIONS or word.endswith(".") and \
        word[:-1] in NO_SPLIT_ABBREVIATIONS  # "cop.. 1997": a catalogue's export doubles
    # the period after an element that ends with its own («М. : Интерсофт, сор.. 1997»)


def closes_abbreviation(text: str) -> bool:
    """Whether the period ending `text` closes an abbreviation or an initial ("Собр. соч.",
    "Избр. произв.", "Иванов И.") rather than the sentence ("Правила Церкви.")."""
    word = _word_before(text, len(text) - 1)
    return _is_abbreviation(word) or _keeps_period(word)


def _keeps_period(word: str) -> bool:
    """"гг.", "и сл.", "S. 12ff.": the period closes an abbreviation (after a number
    written close up, too) and stays in the area."""
    return word.lstrip("0123456789").lower() in KEEP_PERIOD_ABBREVIATIONS


BRACKETED = re.compile(r"\[[^\[\]]{1,300}\]")
"""Square brackets: what the cataloguer supplies (GOST 7.1-2003 clause 4.8) or the English
translation of a romanized title in a transliterated list ("Katalog [Award medals of the
Russian Empire of the 19th-20th centuries. Catalogue]"), never an end of area."""


QUOTED_PUBLISHER = re.compile(r"«(?<=[:,]\s«)[^«»]{1,80}»(?=,\s?\[?\d{4})")
"""A publisher's name in quotes between the place's colon or comma and the year's comma,
abbreviated as names are («Краснодар : «Совет. Кубань», 2003», «М., «Наука. Гл. ред. вост.
лит.», 1991», «Мн., «Маст. літ.», 2001»): its periods are the name's, never an end of area."""


SERIES_AREA = re.compile(r"\.\s?[—–-]\s?(?P<series>\([^()]{1,300}\))")
"""The series area in its parentheses after an area's dash (GOST 7.1-2003 clause 5.7),
whose title may hold periods of its own: «– 224 с. – (Книжный бизнес. Отечественный
опыт)», «– 501 с. – (Язык. Семиотика. Культура)», «— (Литературные памятники. Серия
"Наука")»: they are the series title's, never an end of area."""


PRINTING_AFTER_YEAR = re.compile(
    r"(?<=\d)\s?(?P<printing>\((?P<printer>[^()]{2,200})\))(?=\.?\s?[—–]\s|\.?$)")
"""The manufacture in parentheses after the publication's year (GOST 7.1-2003 clause
5.5 and GOST R 7.0.100-2018: the place and name of the printer): «Москва : Наука,
2019 (Тверь : Тверская фабрика печати). — 320 с.», «М., 1990 (Тип. № 2).»; a printer's
abbreviation in it ends no area. Closed by the next area's dash or the reference's end."""
FOUR_FIGURES = re.compile(r"\d{4}")
PRINTING_PLACE = re.compile(
    r"[^\W\d_][^\s:«»\"]*(?:\s[^\s:«»\"]+){0,2}\s?:\s(?=[«\"]|[^\W\d_a-zа-яёіїєґ])")
"""The place of manufacture and its colon opening the parentheses, a printer's name in
capitals or quotes after it: «Тверь : Тверская фабрика печати», «Нижний Новгород :
«Полиграф»»; a quoted series' colon («Сер. «Жизнь : люди»») is none, nor a series' other
title information in lower case («Литература : хрестоматия»)."""


def is_printing(text: str) -> bool:
    """Whether the parentheses' `text` after a year name a printer (PRINTING_WORDS, or a
    place and its colon), and no series nor year of their own: «(Berlin: Galerie, 1993)»
    after a title's years is an imprint in the comma style, not a printer."""
    if FOUR_FIGURES.search(text) or text.startswith(SERIES_NUMBER_TERMS) or \
            text.lower().startswith(SERIES_WORDS):
        return False
    return any(word in text for word in PRINTING_WORDS) or \
        text[:1].isupper() and PRINTING_PLACE.match(text) is not None


QUOTED_SENTENCES = re.compile(r"«[^«»]{1,300}»")


def _bracketed(text: str) -> list[tuple[int, int]]:
    """The spans no area ends inside: square brackets, a quoted publisher, a series, a
    printer after the year."""
    spans = [match.span() for match in BRACKETED.finditer(text)] if "[" in text else []
    if "«" in text:
        spans += [match.span() for match in QUOTED_PUBLISHER.finditer(text)]
        spans += [match.span() for match in QUOTED_SENTENCES.finditer(text)]
    if "(" in text:
        spans += [match.span("series") for match in SERIES_AREA.finditer(text)]
        spans += [match.span("printing") for match in PRINTING_AFTER_YEAR.finditer(text)
                  if is_printing(match["printer"])]
    return spans


def split_areas(text: str) -> list[Area]:
    """The areas of `text` with their spans; the closing period is not part of one."""
    areas: list[Area] = []
    start = 0
    brackets = sorted(_bracketed(text))
    opened = 0  # the spans opened before the boundary: the boundaries come in order, so
    reach = -1  # each span is walked past once, and the farthest close is kept
    for boundary in BOUNDARY.finditer(text):
        sign, end, after = boundary.group(), boundary.start(), boundary.end()
        while opened < len(brackets) and brackets[opened][0] < end:
            reach = max(reach, brackets[opened][1])
            opened += 1
        if after < reach:
            continue  # a boundary inside "[…]" or a quoted publisher
        hard = sign.rstrip()[-1] in AREA_DASHES
        following = text[after: after + 1]
        kept = sign[0] in "…?!" or sign.startswith("...")  # the sign stays in the area
        if not hard and (not following or following in ",:;" or following.islower() and
                         not LOWER_CASE_TERM.match(text, after)
                         or following == "[" and OTHER_PLACES_AFTER.match(text, after)):
            continue  # "СПб. : Наука" goes on; "ed. by" goes on, ". т. 2" does not;
            # "СПб. [и др.] : Питер" goes on
        word = _word_before(text, end)
        if not hard:
            if not kept and (_is_abbreviation(word) and not _closes_open_date(text, end, word)
                                 and not _is_regnal_number(text, end, word)
                                 and not (len(word) > 1 and EDITION_OPENING.match(text, after))
                                 and not _ends_inverted_name(text, end, word)
                                 and not _is_roman_number_of_term(text, end, word)
                                 and not (word in NUMBERING_WORDS and not following.isdigit()
                                          and _counts(text, end, word))
                                 or _is_ordinal(text, end, word)
                                 or word in TERMS_BEFORE_NUMBER and (
                                     following.isdigit() or ROMAN_AFTER_TERM.match(text, after))
                                 and not _closes_year(text, end, word)
                                 or word in ABBREVIATED_MONTHS and following.isdigit()
                                 or word in EDITION_WORDS
                                 and EDITION_NUMBER.match(text, after)
                                 or _joins_initial(text, word, after)
                                 or _opens_publisher(text, end, word)
                                 or following.isupper() and closes_role_words(text, start, end)):
                continue  # "с. 5", "no. 2" go on; "в 2 т. М., 1990" ends at "т."
        if kept:
            end += 3 if sign.startswith("...") else 1
        elif _keeps_period(word):
            end += 1
        if end > start:
            areas.append(Area(start, end, text[start:end]))
        start = after
    end = len(text.rstrip())
    if text.endswith(".", 0, end) and not text.endswith("...", 0, end):
        if not _keeps_period(_word_before(text, end - 1)):
            end -= 1
    if end > start:
        areas.append(Area(start, end, text[start:end]))
    return areas


SERIAL_SUBDIVISION = LazyPattern(
    rf"(?:{alternation((*SERIES_WORDS, *(w.capitalize() for w in SERIES_WORDS), *SERIES_NUMBER_TERMS))})(?![^\W\d_])")
"""A serial's subseries, part of its title ("Вестник Томского университета. Серия:
История", "Вісник КНУ. Серія: Історія"; GOST 7.1-2003 clause 7.2.1.3)."""
NUMBERED_SUBDIVISION = LazyPattern(rf"{SERIAL_SUBDIVISION.pattern}\s?(?:\d+|[IVXLC]+)")
"""A subseries named by its number, whose name may follow as a sentence of its own:
"Вестник Московского университета. Сер. 9. Филология" (GOST 7.1-2003 prints "Сер. 8,
История")."""


def _subseries(areas: list[Area], index: int) -> bool:
    """Whether the area at `index` belongs to a subseries: its designation, or the name
    after a numbered designation."""
    return SERIAL_SUBDIVISION.match(areas[index].text) is not None or \
        NUMBERED_SUBDIVISION.fullmatch(areas[index - 1].text) is not None


def split_host(title: str) -> tuple[str, str] | None:
    """A title read as "Article. Journal", the host's title being its last sentence and
    the subseries sentences after it, or None when the title is one sentence, or one
    serial's title with its subseries ("Вестник Омского университета. Серия
    «Исторические науки»"). DSTU 8302:2015 (its examples of articles) and the citation
    lines of journal sites ("Для цитирования: …. Journal. 2018. № 4. С. 5–9.") leave out
    GOST's "//"."""
    areas = split_areas(title)
    first = len(areas) - 1
    while first > 0 and _subseries(areas, first):
        first -= 1
    if first < 1:
        return None
    return title[: areas[first - 1].end], title[areas[first].start:]
