"""Numbers with a term: pinpoints ("С. 169—172", "P. XIII—XX", "л. 14 об."),
numbering of volumes and issues ("Т. 1", "Vol. 3", "T. 50, fasc. 3", "№ 4"),
extents ("214 с.") and editions ("2-е изд.").

Values keep their printed shape (dashes, roman numerals, "об."), as the model asks.
The terms come from biblio.data.reference_terms.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from biblio.data.archival_levels import VERSO
from biblio.data.reference_terms import (
    ARTICLE_TERMS,
    EDITION_TERMS,
    EXTENT_TERMS,
    ISSUE_TERMS,
    LOCATOR_LABELS,
    NUMBER_OF_VOLUMES,
    NUMBER_OF_VOLUMES_PREPOSITIONS,
    ORDINAL_ENDINGS,
    ORDINAL_LEADING_WORDS,
    ORDINAL_NUMBERS,
    ORDINAL_STEMS,
    PART_TERMS,
    SERIES_NUMBER_TERMS,
    SERIES_WORDS,
    VOLUME_TERMS,
)
from biblio.lazy_patterns import LazyPattern
from biblio.parse.names import UPPER
from biblio.parse.patterns import PRINTED_YEAR
from biblio.parse.patterns import alternation as _alternation

VOLUMES_PHRASE = (
    rf"(?:{_alternation(NUMBER_OF_VOLUMES_PREPOSITIONS)})\s(?P<n>\d+)"
    r"(?:\s?[—–-]\s?(?:ти|х|и|ми))?\s"  # "в 30-ти т.", "в 3-х томах": the case ending typed
    rf"(?P<term>{_alternation({term.rstrip('.') for term in NUMBER_OF_VOLUMES})})\.?")
"""A multipart work's number of volumes, "в 2 т.", "У 3 т.", "in 4 vols." (GOST 7.1-2003
clause 5.2.5: other title information), as the title area and a genre close with it."""


def _figure_after_preposition() -> str:
    """A figure after one of NUMBER_OF_VOLUMES_PREPOSITIONS and the spaces around it: the
    figure is matched, the rest looked behind (one lookbehind for each length of the
    prepositions, as a lookbehind's width is fixed)."""
    by_length: dict[int, list[str]] = {}
    for preposition in sorted(NUMBER_OF_VOLUMES_PREPOSITIONS):
        by_length.setdefault(len(preposition), []).append(re.escape(preposition))
    behind = "|".join(rf"(?<=\s(?:{'|'.join(same)})\s\d)"
                      for _, same in sorted(by_length.items()))
    return rf"\d(?:{behind})"


VOLUMES_PHRASE_SIGN = re.compile(_figure_after_preposition())
"""What every number of volumes after a space holds ("… в 2 т.", "… in 4 vols."): a
preposition between spaces, then a figure. A first test before the phrase's search,
which opens with an optional colon and so is tried at every position of a title (a
mixed-set title with figures, "Journal of … 12 (3)", paid some 50,000 instructions for
it); the sign opens with the figure, which most GOST titles have none of."""

BARE_NUMBER_OF_VOLUMES = re.compile(
    r"(?:\s?:|,|\.)\s(?P<n>\d{1,2})\s(?:т|тт|vols?|Bde|t)(?:\.|(?<=vol)|(?<=vols))$")
"""The number of volumes with no preposition closing the title, where the notes print the
extent of a multipart work (GOST 7.1-2003 clause 5.6.3: "2 т."; the French and English "2
vol.", "3 vols.") right after the title: "Император Александр II. Его жизнь и царствование:
2 т. СПб.: Издание А.С. Суворина, 1903", "L’Etoile polaire, 2 vol., Dumont, 1843",
"Bilanci generali della repubblica di Venezia. 3 vols. Venice: …" (whose period the area
splitter has taken); the term abbreviated, so that a title's own number ("Сказки, 2")
stays."""
BARE_NUMBER_OF_VOLUMES_ENDINGS = tuple(f"{term}{end}" for term in (".", "vol", "vols")
                                       for end in ("", "\n"))
"""How a title BARE_NUMBER_OF_VOLUMES closes ends (its `$` also before a last newline):
tested first, since most titles end otherwise and the pattern is tried at each position."""


ROMAN = r"(?:[IVXLCDMІХ]+(?![^\W\d_])|[IVXLCDM]+)"
"""A Roman numeral, also typed with the Cyrillic letters that look like its I and X (І,
Ukrainian and Belarusian, U+0406; Х, U+0425), as Ukrainian and Russian notes type them
("— Т. ІІІ. —", "Кн. І", "ХІХ"); such a numeral is one only where no letter follows it
("Т. Хрестоматия" is no volume), and it is kept as printed."""
NUMBER = rf"(?:\d+(?:[a-zа-я](?![a-zа-я]))?|{ROMAN}|[ivxlcdm]+)"
_VERSO = rf"(?:\s?(?:{_alternation(term.rstrip('.') for term in VERSO)})\.?)?"
_FOLLOWING_IN_LIST = r"(?:\sи\sсл\.(?=,))?"
"""«и сл.» after an item of a list of places that goes on: "81 и сл., 89"."""
VALUE = rf"""
    {NUMBER}{_VERSO}                                  # 14, XIII, 13 об., 3 зв.
    (?:\s?[—–-]\s?{NUMBER}{_VERSO})?                  # a range: 169—172, 5–7ob.
    {_FOLLOWING_IN_LIST}                               # 81 и сл., 89: "and following"
    (?:(?:,\s?|\s(?:и|і|та|e)\s){NUMBER}{_VERSO}      # a list: 58, 59 об.; 200-201 и 209
       (?:\s?[—–-]\s?{NUMBER}{_VERSO})?
       {_FOLLOWING_IN_LIST})*
    (?:\s?(?:passim|и\sсл\.?|и\sдалее|et\ssq\.?|sq\.?|ff\.?|f\.?
       |(?:e\s)?(?:ss|sgg|segg)\.?))?                       # and following
"""
"""A pinpoint value; the verbose source is reused by the archival grammar. A list's last
item may follow "и" (Ukrainian "і", "та"), as Russian notes join two pages: "стр. 200-201
и 209-210", "л. 5 и 7", and the Italian "e": "pagg. 44-53 e 66-73"; any item may be
followed by «и сл.» (GOST 7.0.12, "и следующие"), as a list of places in a book is cited:
"С. 81 и сл., 89, 92, … 136 и сл., 154 и сл., 184"; the value by "and following" in the
languages of our notes, the Italian "ss.", "sgg.", "segg." (seguenti) among them: "p. 19
ss.", "pag. 215 e sgg."."""

RUSSIAN_PAGE_TERMS = frozenset(
    label for label, kind in LOCATOR_LABELS.items()
    if kind == "page" and label.lower() != "р" and all("а" <= c <= "я" for c in label.lower()))
"""The Russian terms of a page, "с.", "стр.", "сс." (LOCATOR_LABELS), as the comma forms of
Soviet and typed notes run them on ("М., 1959, с. 24", "т. 12, сс. 153-154"); not the
Cyrillic «Р» typed for a foreign work's Latin "P."."""
RUSSIAN_PAGE_TERM = _alternation(RUSSIAN_PAGE_TERMS)
RUSSIAN_PAGE_TERM_LOWER = _alternation(term for term in RUSSIAN_PAGE_TERMS if term.islower())
"""The lower-case ones, as informal notes print them inside a sentence ("И.Сталин, т. 11,
с.15–16")."""
PINPOINT = re.compile(
    rf"""
    (?:(?P<term>{_alternation(list(LOCATOR_LABELS))})\.\s?   # С. P. S. л. col.
      |(?P<bare>[Сс]|[Сс]тр)\s(?=\d)                       # "С 14": its period lost
      |(?P<latin>C)\.(?=\d))                                # "C.72-78": a Latin "C"
    (?P<value>{VALUE})
    """,
    re.VERBOSE,
)
"""A pinpoint. A Latin "C" stands for the Cyrillic page "С." only typed close up to its
number ("// Tomsk State University Journal 2016. №409 C.72-78", "Warszawa, 2003.- C.27."):
spaced, "C. 88" is the Italian carta of an archival shelfmark ("BIBLIOTECA NAZIONALE
MARCIANA (BNM), 183. C. 88.") or a circa."""
PAGE_RANGE = re.compile(r"^\d+\s?[—–-]\s?\d+$")
"""A part's only pinpoint, when it is a range, is also where the part stands in its host
(GOST 7.1-2003 clause 7.2 in `gost`, a Chicago note's chapter in `comma_style`)."""

GAZETTE_ARTICLES = r"\d+(?:,\s?\d+)*"
"""The articles of a law gazette's issue an act was printed under: "Ст. 782", "Ст. 2954,
2955" (an act and its annex, or two acts cited together, printed consecutively)."""
ARTICLE_TERM = _alternation(ARTICLE_TERMS)
"""A law's article, abbreviated or written out (reference_terms.ARTICLE_TERMS)."""
GAZETTE_ARTICLE = re.compile(
    rf"""(?:{ARTICLE_TERM})\s?(?P<articles>{GAZETTE_ARTICLES})        # Ст. 4645
    |[-–—]*\s?(?P<registered>\d{{1,2}}/\d{{3,}}               # 5/14142: Belarus's register
    |(?!1[5-9]\d\d\b|20\d\d\b)\d{{4,5}})                  # 5021, not a year""",
    re.VERBOSE)
"""A law gazette's article as an area of its own, after the issue: "… // Собрание
законодательства Российской Федерации. – 2004. – № 47. – Ст. 4645." (GOST R 7.0.5-2008's
example of an act in its gazette); with no term, an act's section and number in the
National register of legal acts of Belarus ("// Нац. реестр правовых актов Респ.
Беларусь. – 2004. – № 69. – 5/14142.") or a bare article ("// Собрание законодательства
РФ. - 2000. - № 52. -- 5021."), of four or five digits and no year: a year after an issue
is a date."""

ORDINAL_WORD = (rf"(?i:(?:(?:{_alternation(ORDINAL_LEADING_WORDS)})\s){{0,2}}"
                rf"(?:{_alternation(ORDINAL_STEMS)})(?:{_alternation(ORDINAL_ENDINGS)}))"
                r"(?![^\W\d_])")
"""A number written out as an ordinal after its term ("Книга первая", "Том Девятый",
"Выпуск первый", "Том двести восемнадцатый"), kept as printed
(`reference_terms.ORDINAL_STEMS`, `ORDINAL_LEADING_WORDS`)."""
_NUMBERING_VALUE = rf"(?P<value>\d+(?:[—–/-]\d+)?[a-zа-я]?|{ROMAN}|{ORDINAL_WORD})"
_NUMBERS_RANGE = rf"(?:[—–/-]\d+|\s[—–-]\s(?!{PRINTED_YEAR}(?!\d))\d+)?"
"""The second number of a range of volumes or issues, the dash typed close or spaced, as
Word manuscripts and journals' pages space it ("№ 9 – 10", "Т. 1 – 4", "Вып. 1 - 2"); a
year after a spaced dash is the next area's ("№ 5 – 2001"), not the range's end."""

LATIN_V = rf"(?<![A-Z]\.)(?<![A-Z]\.\s)[Vv]\.\s?(?=\d)(?!{PRINTED_YEAR}(?!\d))"
"""The volume abbreviated to its letter, "V. 1", "v. 53" (the abbreviation "v." of ISO 832
and of the Library of Congress's and AACR2's lists, as guides print a volume of a
multipart work: "In 2 v. – V. 1.– N.Y.: Norton"), before figures only: before a Roman
numeral the letter is a given name's initial ("V. I. Lenin", "V. V. Popov"), and so it is
after another initial ("Brown, G. V. 2007", "G. V. 16" of a shelfmark), and a year after it
is no volume."""
_WORDS_RANGE = (r"[«\"„“][А-ЯЁ][а-яё]+\s?[—–-]\s?[А-ЯЁ][а-яё]+[»\"“”]"
                r"|[А-ЯЁ][а-яё]+\s[—–]\s[А-ЯЁ][а-яё]+(?![^\W\d_])")
"""A volume named by its first and last entries, as the Russian Biographical Dictionary
(1896–1918) numbers its volumes: "РБС. Т. Ибак — Ключарев", «// Русский Биографический
словарь. Т. "Чаадаев-Швитков". С. 553-567»; spaced dash unquoted, any dash in quotes."""
VOLUME_NAME_QUOTES = "«»\"„“”"
_VOLUMES_LISTED = r"(?:[IVXІХ]+|\d{1,2})(?:,\s?(?:[IVXІХ]+|\d{1,2})(?![^\W\d_]))+(?=\.?$)"
"""Volumes of a set listed with commas, closing the area: "Маркс К. Капитал. Т. I, II, III.
М.: Госиздат, 1923–1925." (notes of a popular «Капитал», the dev set's batch 47), "Т. 1, 2,
3"; Roman numerals of I, V and X only (a Latin "C." after a comma is a page's look-alike
term), figures of two digits at most (a year after the comma is the imprint's)."""
VOLUME = re.compile(rf"(?:(?:{_alternation(VOLUME_TERMS)})\.?\s?|{LATIN_V})"
                    rf"(?P<value>{_VOLUMES_LISTED}|1[—–-]{ROMAN}|\d+{_NUMBERS_RANGE}[a-zа-я]?"
                    rf"|{ROMAN}(?:[—–-]{ROMAN})?|{ORDINAL_WORD}|{_WORDS_RANGE})")
"""A volume's number, or the range of the volumes of a set cited whole, in figures or in
Roman numerals ("Т. 1—4. М., 1955", "Полн. собр. соч., т. I–XIII. М., 1953–1959"), its
first "I" also read by OCR as the figure it resembles ("Т. 1-III. М.-Л., 1949–1951", kept as
printed); a part's range stays with the book's numbering in the title block ("Кн. 1. Ч.
I-II")."""
_RUNNING_NUMBER = r"(?:\s?\(\d+(?:[—–-]\d+)?\))?"
"""An issue's running number after its number in the year, kept with it as printed:
"№ 4 (60)" (GOST 7.1-2003 and 7.0.5-2008 print a journal issue so, its number in the
year and, in parentheses, its number counted from the first issue; CSL has one `issue`,
and dropping the running number would lose it)."""
_ISSUES_LISTED = r"(?:,\s?\d{1,3}(?=\.?$))?"
"""A second issue after a comma, closing the area: an article printed over two issues,
"// Победа, победившая мiръ. 2002. № 2, 3.", "Изв. …, 1911, № 1, 5." (three figures at
most, so that a year after a comma, "№ 4, 1928", stays the date)."""
ISSUE = re.compile(
    rf"(?:{_alternation(ISSUE_TERMS)})(?:(?<=№)\.(?=\d))?\s?"
    rf"(?P<value>\d+{_NUMBERS_RANGE}[a-zа-я]?{_RUNNING_NUMBER}{_ISSUES_LISTED}"
    rf"|[A-Z]\d+(?![\w])|{ROMAN}|{ORDINAL_WORD})")
"""An issue's number: "№ 4", "№ 15/16", "№ 4 (60)", "№ IV", "№ 2, 3", and a number after a
Latin letter, as an electronic journal numbers its issues ("Концепт. - 2018. - № V9."); the
numero typed with a period glued to its number, «№.3» («// Театр. 1984. №.3. С.60.», which
`glued_marks` leaves for this pattern to read as «№ 3»)."""
PART = re.compile(rf"(?:{_alternation(PART_TERMS)})\s?{_NUMBERING_VALUE}")
_NUMBERING_TERMS = {term.rstrip(".") for term in (*VOLUME_TERMS, *ISSUE_TERMS, *PART_TERMS)} | {
    label for label, kind in LOCATOR_LABELS.items() if kind in ("page", "column")}
VOLUME_OR_ISSUE_NUMBER = (
    rf"(?<![^\W\d_])(?:{_alternation({term.rstrip('.') for term in (*VOLUME_TERMS, *ISSUE_TERMS)})})"
    r"\.?\s?\d+")
"""A volume's or an issue's term and its number in figures ("№ 8", "N 1", "Т. 4", "Vol. 3",
"H. 2"), as a pattern's text, the term not the end of a word."""
NUMBERING_OPENING = (rf"(?:(?:{_alternation(_NUMBERING_TERMS)})\.?\s?(?:\d|[IVXLC]+(?![^\W\d_]))"
                     rf"|{LATIN_V})")
"""A volume's, an issue's, a part's or a page's term and its number opening an area
(«Т. 3», «Вып. 3», «№ 4», «С. 5–10», «Vol. II»), as a pattern's text: what follows a
journal's year, not a conference's title."""
CYRILLIC_LETTERS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ")
_TITLE_NUMBERING_TABLES = (*VOLUME_TERMS, *PART_TERMS,
                           *(term for term in ISSUE_TERMS if term[:1].lower() in CYRILLIC_LETTERS))
"""The terms that number a multipart work's volume, part or book inside its title block
(GOST 7.1-2003 clause 5.2.4): every volume and part term, and the Cyrillic issue terms,
GOST 7.0.12's «вып.», «сб.» and ДСТУ's «вип.», by which a collection numbers its
volumes; not the Latin issue terms, whose "No. 5", "N. 5", "H. 3" a title holds as its
own words or a name's initial."""
TITLE_NUMBERING_TERMS = _alternation({term.rstrip(".") for term in _TITLE_NUMBERING_TABLES})
"""Those terms without their period, as a pattern's text: each is read before a period
(«Т. 2», «Кн. 1», "Tome. 3" as typed)."""
TITLE_NUMBERING_WORDS = _alternation(
    {term for term in _TITLE_NUMBERING_TABLES
     if not term.endswith(".") and len(term) > 2 and term[:1].isupper()})
"""The terms the tables print without a period, three letters or more, with a capital:
the words written out as a title page prints them before a number with a space («Том
Девятый», «Книга 2», «Выпуск 2», "Tome 31", "Band 4", "Part 2", "Vol 3"); two letters
("Bd", "Jg") are an abbreviation whose period was lost, as often a word's."""
SERIES_NUMBER = re.compile(
    rf"(?:{_alternation(SERIES_NUMBER_TERMS)})\s?{_NUMBERING_VALUE}"
    rf"(?:,\s(?P<name>[{UPPER}][^\W\d_]*(?:[\s-][^\W\d_]+)*)(?![^\W\d_]|\.))?")
"""A journal's series, with its name after the number: "Сер. 2", "Сер. 8, История"
(GOST 7.1 clause 5.4, the number and title of a series of a periodical)."""
SERIES_NAME = re.compile(rf"(?P<value>[^\W\d_][^\W\d_-]*\s(?:{_alternation(SERIES_WORDS)}))")
"""A journal's series spelled out: "Seizième série", "Neue Folge"."""

NUMBERING_SEPARATOR = re.compile(r"(?:\.?,|\.)?\s*")
"""Between two parts of a numbering: ", ", ". ", or both where the abbreviation's period was
typed after the number too ("Т. 3., № 3", "Vol. 1., No. 3, Sept. 1993")."""
VOLUME_TITLE = re.compile(r"\s?:\s?(?![вВ]\s\d|in\s\d)(?P<title>[^\W_][^:;]*)$")
"""A volume's own title after its number, GOST 7.1-2003 clause 5.2.6 for a multipart
work: "Т. 2 : 1917–1922", "Vol. 2: 1928—1960" → CSL `volume-title`; not the number of
its books ("Т. 22 : в 2 кн."). A book's or a part's title after its number, in the same
place, is its `part-title` ("– Кн.2: Научная мысль как планетное явление"), or the
`volume-title` when a volume's number comes before it ("Т. 6. Кн. 2: Усвея — Яшын"): the
title of the book cited."""

EXTENT = re.compile(
    r"(?P<roman>[IVXLCDM]+,\s?)?(?P<value>\d+)(?P<unnumbered>,\s?\[\d+\])?\s?"
    rf"(?:{_alternation([term.rstrip('.') for term in EXTENT_TERMS])})\.?"
    r"(?P<details>"
    r"(?:,\s?\[?\d+\]?\s?(?:л|табл|карт)(?:\.|$)(?:\s(?:ил|карт|портр|факс)(?:\.|$))?)*"  # , [1] л.
    r"(?:\s?[:,]\s?[^\W\d_].*|\s(?=[^\W\d_A-ZА-ЯЁ]|\d+(?:,\d+)?\s?[^\W\d_]).*)?)"
)
"""The number of pages of a book: "214 с.", "320с.", "XII, 320 p.", with its illustrations
("416 с. : ил.", GOST 7.1 clause 5.6), also without the colon, as catalogue cards print
them ("260 с. портр.", "462 с. 24 л. ил. 21 см.") and reviews' headings after a comma
("164 с., ил."), and the leaves of plates after a comma (clause 5.6: "363 с., [1] л. :
карт.", "416 с., 16 л. ил.", "320 с., 8 л. портр."); the publisher's data that Soviet
and Russian catalogues copy after the pages, printed sheets in decimals and the print run
(GOST 7.4-95's "выходные сведения": "263 с. 16,5 п.л. 13,61 уч.-изд.л. 300 экз.",
"220 с. 13,75 п.л. 10,65 уч.-изд.л. 150 экз."), are details too. Pages in another numbering, the
preliminary ones in Roman numerals before the main count or the unnumbered ones in
brackets after it (clause 5.6: "XII, 320 p.", "190, [2] с."), stand beside `value`. The
leaves' abbreviation may have lost its period to the area's end, which the area splitter
takes off ("… 1975. — 363 с., [1] л." read as "363 с., [1] л")."""

_EDITION_WORD = rf"(?:{_alternation([t.rstrip('.') for t in EDITION_TERMS])})\.?"
_HYPHEN_ORDINAL = r"(?:-е|-e|-тє|-ге|-те|-є|-ше)"
"""The ending of an ordinal after its word ("Изд. 2-е", "Вид. 3-тє"): a bare period there
ends the area ("изд. 4. Т. 37")."""
_ORDINAL = rf"(?:{_HYPHEN_ORDINAL}|е|st|nd|rd|th|e|\.)"
"""The ending of an ordinal: Russian "2-е", Ukrainian "3-тє", "2-ге", "1-ше", English
"2nd", French "3e", German "2."."""
EDITION = re.compile(
    rf"""
    (?:(?P<before>\d+){_ORDINAL}?\s(?:[^\W\d_]+\.?,?\s){{0,3}}?
         (?:{_EDITION_WORD})
     |(?:{_EDITION_WORD})\s(?P<after>\d+)(?:{_HYPHEN_ORDINAL}\.?)?)
    (?:,?\s[^\W\d_].*)?                                 # "испр. и доп.", "rev."
    """,
    re.VERBOSE,
)
"""An edition statement (GOST 7.1 clause 5.3): "2-е изд., испр.", "3rd ed.", "2. Aufl.";
the word first, its number with any ordinal ending ("Изд. 2-е", Ukrainian "Вид. 3-тє.,
переробл. та допов.", "Вид. 2-ге")."""

EDITION_IN_WORDS = re.compile(
    rf"(?:[Ии]здание|[Ии]зд\.)\s(?P<stem>(?i:{_alternation(ORDINAL_NUMBERS)}))(?:ое|ье|ОЕ|ЬЕ)"
    r"(?P<rest>,?\s[^\W\d_].*)?")
"""An edition whose number older title pages write out after the word: "Издание второе",
"Издание третье, исправленное и дополненное" (ORDINAL_NUMBERS)."""
BARE_EDITION = LazyPattern(
    rf"\d+{_ORDINAL}?\s{_EDITION_WORD}|{_EDITION_WORD}\s\d+{_HYPHEN_ORDINAL}?")
"""An edition statement that is a number and nothing else."""


AREAS_REMEMBERED = 16384
"""Distinct areas whose reading is remembered: notes repeat their pinpoints ("С. 5",
"P. 12") and numberings ("Т. 2", "№ 3"), and each area is tried as several kinds."""


@lru_cache(maxsize=AREAS_REMEMBERED)
def parse_pinpoint(text: str) -> tuple[str, str] | None:
    """"С. 169—172" → ("page", "169—172"); None when `text` is not one pinpoint.
    Remembered per text: the answer is a tuple, which no caller can change."""
    match = PINPOINT.fullmatch(text.strip())
    if match is None:
        return None
    return LOCATOR_LABELS[match["term"] or match["bare"] or "С"], match["value"].strip()


ISSUE_PART = re.compile(rf"\((?:{_alternation(PART_TERMS)})\s?{_NUMBERING_VALUE}\)")
"""The part of an issue after its number, as a collection of laws published in several
parts an issue is cited: "Собр. законодательства РФ. 2006. № 31 (ч. 1). Ст. 3448.",
"… – 2004. – № 46 (Ч.1). – Ст. 4494.", "СЗ РФ. 2001. № 52 (ч. I)."; the issue keeps its
number, the part is the part-number."""

NUMBERING_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("volume", VOLUME), ("issue", ISSUE), ("part-number", PART), ("part-number", ISSUE_PART),
    ("collection-number", SERIES_NUMBER), ("collection-title", SERIES_NAME),
)


def parse_numbering(text: str, designations: dict[str, str] | None = None
                    ) -> list[tuple[str, str]] | None:
    """"T. 50, fasc. 3" → [("volume", "50"), ("issue", "3")]; None if any part is not.

    Parts follow each other with ", " or ". " ("T. 1. no 9": the period before a
    lower-case term does not end an area). `designations`, when given, receives the
    words printed before the volume and issue numbers ({"volume": "T.", "issue":
    "fasc."}), which GOST transcribes as the source prints them (biblio.designations).
    """
    found, words = _numbering(text)
    if designations is not None:
        designations.update(words)
    return list(found) if found else None


@lru_cache(maxsize=AREAS_REMEMBERED)
def _numbering(text: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """parse_numbering's parts and designation words, remembered per text as tuples
    (each caller gets its own list); no parts when `text` is no numbering."""
    text = text.strip()
    found: list[tuple[str, str]] = []
    words: dict[str, str] = {}
    position = 0
    while position < len(text):
        titled = VOLUME_TITLE.match(text, position) if found and \
            found[-1][0] in ("volume", "part-number") else None
        if titled:  # "Vol. 2: 1928—1960", "Т. 2 : Философские работы", "Кн.2: Научная мысль …"
            own = "volume-title" if any(variable == "volume" for variable, _ in found) \
                else "part-title"  # "Т. 22 : в 2 кн. Кн. 1 : Январь — август": the volume's
            found.append((own, titled["title"].strip()))
            break
        for variable, pattern in NUMBERING_PATTERNS:
            match = pattern.match(text, position)
            if match and (match.end() == len(text) or text[match.end()] in ",. :"):
                value = _numbering_value(variable, match)
                if variable in ("volume", "issue"):
                    words.setdefault(variable, _term(match))
                if variable == "part-number" and found and found[-1][0] == variable:
                    # a part of a part: "Кн. 1, ч. 2" is one designation
                    found[-1] = (variable, f"{found[-1][1]}, {match.group().strip()}")
                else:
                    found.append((variable, value))
                if variable == "collection-number" and match["name"]:
                    found.append(("collection-title", match["name"]))
                position = NUMBERING_SEPARATOR.match(text, match.end()).end()
                break
        else:
            return (), ()
    return tuple(found), tuple(words.items())


def _numbering_value(variable: str, match: re.Match[str]) -> str:
    """The number; a series spelled out whole; a part with its term, capitalised as it
    opens an element ("кн. 2" → "Кн. 2"), since "Кн.", "Ч.", "Pt." name different
    divisions that CSL's one part-number cannot tell apart."""
    if variable == "collection-title":
        return match.group()
    if variable == "part-number":
        term = _term(match)
        return f"{term[:1].upper()}{term[1:]} {match['value']}"
    return match["value"].strip(VOLUME_NAME_QUOTES)  # «Т. "Чаадаев-Швитков"»: the name


def _term(match: re.Match[str]) -> str:
    """The designation before a number, as printed: "Vol.", "№", "fasc.", "Jg"; a part's
    in parentheses without its bracket ("(ч. 1)" → "ч.")."""
    return match.string[match.start():match.start("value")].strip().lstrip("(")


class Extent(NamedTuple):
    """An extent area read: the number of pages, and what the area prints beside it."""

    pages: str
    details: str | None
    """The leaves of plates, other physical details and dimensions, as printed (GOST 7.1
    clause 5.6: "363 с., [1] л. : карт. ; 27 см", "416 с. : ил.", "260 с. портр."), which
    CSL has no variable for; the whole area when pages in another numbering stand beside
    the count ("II, 43 с.", "190, [2] с.: карт., рис."), `pages` holding the main count
    alone; None when the area is the count alone."""


DETAILS_EDGE = " ,:;"
EXTENT_OPENINGS = "IVXLCDM"
"""What EXTENT opens with but a figure: a Roman numeral's letter (a case-sensitive class,
which the lowered text never opens with)."""


PRINT_RUN = LazyPattern(r"\d{1,3}(?:[\s\u00a0]?\d{3})*\s?(?:экз|пр|прим)\.?")
"""The print run as an area of its own, where GOST 7.1-2003 clause 5.9 (the area of the
standard number and terms of availability) and Soviet catalogue cards print it after the
extent: «— 520 с. — 2000 экз. — (Фольклор / постфольклор: новые материалы)»; the
Ukrainian «пр.», «прим.» (примірників, ДСТУ 3582:2013) as «— 300 пр.». CSL has no variable
for it: it is kept in `note`."""


def read_extent(text: str) -> Extent | None:
    """The extent area in `text`, or None when it is none. An area printed in capitals,
    as reviews' and repositories' headings print a whole reference («410 С.», «164 С.,
    ИЛ.»), is read in lower case, its abbreviations being GOST 7.1's lower-case ones."""
    stripped = text.strip()
    if not (stripped[:1].isdigit() or stripped[:1] in EXTENT_OPENINGS):
        return None  # most areas: tested before the test for lower case, a loop in Python
    match = EXTENT.fullmatch(stripped if any(char.islower() for char in stripped)
                             else stripped.lower())
    if match is None:
        return None
    if match["roman"] or match["unnumbered"]:
        whole = stripped.strip(DETAILS_EDGE)  # the term's period, eaten by the areas' split,
        details = whole if match["details"] or whole.endswith(".") else whole + "."  # put back
    else:
        details = stripped[match.start("details"):].strip(DETAILS_EDGE) or None
    return Extent(match["value"], details)


def parse_edition(text: str) -> str | None:
    """The edition's number when the statement is only that ("2-е изд.", "Изд. 3-е",
    "2nd ed.", "2. Aufl."), which every style can print in its own words; otherwise
    the whole statement as written ("3-е изд., испр. и доп.", "2nd rev. ed.")."""
    text = text.strip()
    match = EDITION.fullmatch(text)
    if match is None:
        worded = EDITION_IN_WORDS.fullmatch(text) if "зд" in text else None
        if worded is None:
            return None
        return text if worded["rest"] else str(ORDINAL_NUMBERS[worded["stem"].lower()])
    if BARE_EDITION.fullmatch(text):
        return match["before"] or match["after"]
    return text
