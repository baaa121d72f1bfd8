"""Ancient and patristic works cited by their canonical division, and by the volume and
column of the series that prints them: "Аристотель. Метафизика, I, 981 а.", "Плутарх.
Жизнеописания. Александр, VII.", "Иоанн Златоуст. Толкование на Евангелие от Матфея 82, 4
(PG 57, 742).", "Hieronymus Stridonensis. Praefatio in quatuor Evangelia, PL 29, 526.".

Classical scholarship cites an ancient text by the divisions all its editions share (book,
chapter, section; Bekker's page, column and line for Aristotle), not by the page of one
edition; patristic scholarship adds where the text is printed: the volume and column of
Migne's Patrologia, the volume and page of a critical series
(`biblio.data.reference_terms.EDITION_SERIES`). A note of this kind has no imprint, so the
grammar, which closes a title at an area, read the division or the series into the title
or read nothing. The division is where the cite points: it is the cite's locator (CSL's
"section"), unless the series' column or a translation's page is, and then it is kept in
`note`, as is what follows the series (the page of a Russian translation, a quotation).
"""

from __future__ import annotations

import re

from biblio.data.reference_terms import (EDITION_SERIES, LOCATOR_LABELS, NUMBER_DESIGNATIONS,
                                         PART_TERMS, VOLUME_TERMS)
from biblio.lazy_patterns import LazyPattern
from biblio.model import Name
from biblio.parse.areas import closes_abbreviation
from biblio.parse.locators import ROMAN, parse_pinpoint
from biblio.parse.names import known_name_heading
from biblio.parse.patterns import alternation, optional_space_before
from biblio.parse.reference import Reference, add_note

MAX_CITATION = 400
"""Longer text is prose that names an ancient work, not a citation of one."""

_NUMBER = rf"(?:{ROMAN}|\d+(?:\s?[абвabc](?![^\W\d_]))?)"
"""A division's number: Roman (a book), Arabic, Bekker's with its column ("1096 а", "88 b")."""
_RANGE = rf"{_NUMBER}(?:\s?[–—-]\s?{_NUMBER})?"
DIVISION = LazyPattern(rf"(?P<separator>,\s|\.\s|\s)(?P<division>{_RANGE}(?:,\s{_RANGE}){{0,4}})$")
"""The canonical division closing a work's title: "…, I, 4, 1096 а", "… 82, 4", "…, VII",
"… 30–31, 390–391", "… XXII—XXX"."""
WHOLE_DIVISION = LazyPattern(rf"{_RANGE}(?:,\s{_RANGE}){{0,4}}")
"""A division with no title before it, after an author known for one work ("Thuc. II, 40",
Thucydides' History, book 2, chapter 40)."""
_SERIES = alternation(EDITION_SERIES)
_PLACE = r"\d+(?:\s?[–—-]\s?\d+)?(?:,\s\d+(?:\s?[–—-]\s?\d+)?)*"
_VOLUME_TERM = rf"(?:{alternation(VOLUME_TERMS)})\.\s?"
_PLACE_TERM = rf"(?P<place_term>{alternation(LOCATOR_LABELS)})\.\s?"
SERIES_PLACE = (rf"(?P<series>{_SERIES})(?P<period>\.)?(?:,?\s{_VOLUME_TERM}|\s)(?P<volume>\d+),\s"
                rf"(?:{_PLACE_TERM})?(?P<place>{_PLACE})")
"""A series' siglum, the volume and the column or page: "PG 57, 742", "SC 211, 436"; with
their terms, as older scholarship prints them ("PGr., t. 46, col. 912", "PL, t. 23, col.
41"). Also a sign of a reference in commentary.REFERENCE_SIGN."""
SERIES_ALONE = LazyPattern(rf"(?:(?P<editor>Migne),?\s)?{SERIES_PLACE}")
"""The series cited alone, no work named before it, as a note cites the passage of a
Father by where Migne prints it: "PL 57, 742", "Migne PG 46, 912", «Migne, PGr., t. 46,
col. 912» (the editor named before the siglum)."""
SERIES_IN_PARENTHESES = LazyPattern(
    rf"{optional_space_before('(')}{SERIES_PLACE}(?:[;.]\s?(?P<inside>[^()]*))?\)")
"""Where a Father's text is printed, after the work: "(PG 57, 742)", "(PG 35, 661, 664)",
"(SC 211, 436; «…»)", "(PG 72, 380–381. Критическое издание: …)"."""
SERIES_AFTER_COMMA = LazyPattern(rf",\s{SERIES_PLACE}$")
"""The same after a comma, closing the note: "…, PL 29, 526"."""
SERIES_HOST = LazyPattern(
    rf"(?P<work>[^/]{{2,300}}?)\s?//\s?(?P<series>{_SERIES})\.?,?\s(?:{_VOLUME_TERM})?"
    rf"(?P<volume>\d+)[.,]\s{_PLACE_TERM}(?P<place>{_PLACE})")
"""A work in GOST's host form, the series its host after "//", its volume and the columns
set off by periods as the areas are: "Statuta//PL. 159. Col. 945-947", "Expositio fidei //
PG. 94. Col. 789–1228" (the «Соч.:» and «Лит.:» lists of the Orthodox Encyclopedia)."""
SERIES_HOST_LOOK = 6
"""How far after "//" a series' siglum is looked for: a space and "PGr." at most."""
QUOTATION = re.compile(r",?\s?\(«[^()]*»\)")
"""A quotation of the passage in parentheses after the citation: "(«Хотя бы к петухам …»)"."""
NAMED_BEFORE_SERIES = re.compile(
    r"(?P<name>[^\W\d_][^\W\d_-]++(?:\s[^\W\d_][^\W\d_-]++){0,2})\.\s(?=\S)")
"""An author not in the table, one to three words and a period, taken only when a series
follows: "Иустин. Диалог с Трифоном-иудеем 103 (PG 6, 717–720)". Its words' letters are
possessive: a space or the period follows each, never a letter (issue 9)."""
DESIGNATIONS = NUMBER_DESIGNATIONS | {term.rstrip(".") for term in PART_TERMS}
"""Words a number after them belongs to ("Т. 2", "№ 5", "С. 45"): no division follows them."""
SERIES_ALONE_OPENINGS = frozenset(siglum[0] for siglum in EDITION_SERIES) | {"M"}
"""The first letters of the sigla and of "Migne", which SERIES_ALONE opens with."""
MAX_SERIES_ALONE = 60
"""A series' place alone is short: "Migne, PGr., t. 46, col. 912–913, 916"."""
EARLIEST_YEAR = 1500
"""A four-digit number from here on is a year; Bekker's pages end at 1462."""


def parse_classical_citation(body: str, reference: Reference) -> Reference | None:
    """An ancient or patristic work cited by division or by series; None for other text."""
    text = body.strip().rstrip(" ;.")
    if len(text) > MAX_CITATION or ". " not in text:
        return None
    heading = _heading(text)
    if heading is None:
        return None
    name, start, series = heading
    if series is not None and series.start() <= start:
        return None
    work, tail = (text[start:series.start()], text[series.end():]) if series else \
        (text[start:], "")
    quotations = [match.group().strip(" ,()") for match in QUOTATION.finditer(work)]
    work = QUOTATION.sub("", work)
    page = _page_after_division(work) if series is None else None
    pinpoint = page[1] if page else None
    if page:
        work = page[0]
    if series is None and not pinpoint and WHOLE_DIVISION.fullmatch(work.strip()):
        reference.fields["author"] = [name]  # "Thuc. II, 40": the author's one work
        reference.label, reference.locator = "section", work.strip()
        reference.whole_form = True
        return reference
    division = DIVISION.search(work)
    if division is None and series is None:
        return None
    if division and not _is_division(work[:division.start()], division["division"]):
        return None
    title = work[:division.start()] if division else work.rstrip(" .")
    if division and division["separator"] == ". " and (
            closes_abbreviation(title + ".") or _abbreviated_work(name, title)):
        title += "."  # "Толкование на Лк. 22, 34": the period closes the book's name
    title = title.strip(" ,")
    if not title or not (title[0].isupper() or title[0] in "«\""):
        return None
    reference.fields["author"] = [name]
    reference.fields["title"] = title
    reference.whole_form = True  # a known name, its work and where in it: no other reading
    places = [division["division"]] if division else []
    if series:
        reference.type = "chapter"  # a work printed in a volume of the series
        _apply_series(series, reference)
        add_note(reference.fields, *places)
    elif pinpoint:
        reference.label, reference.locator = pinpoint
        add_note(reference.fields, *places)
    elif places:
        reference.label, reference.locator = "section", places[0]
    add_note(reference.fields, series and series.groupdict().get("inside"), *quotations,
             tail.strip(" .,;") or None)
    return reference


def parse_series_alone(body: str, reference: Reference) -> Reference | None:
    """A note that is a series' place and nothing else (SERIES_ALONE): the series is the
    work cited, its siglum the title as printed, Migne its editor where the note names
    him; None for other text."""
    if body[:1] not in SERIES_ALONE_OPENINGS:
        return None  # most notes: turned away by their first letter
    text = body.strip().rstrip(" ;.")
    match = SERIES_ALONE.fullmatch(text) if len(text) < MAX_SERIES_ALONE else None
    if match is None:
        return None
    reference.type = "book"
    reference.whole_form = True  # each part has its place and term: no labeller's reading
    reference.fields["title"] = match["series"] + (match["period"] or "")
    reference.fields["volume"] = match["volume"]
    if match["editor"]:
        reference.fields["editor"] = [Name(family=match["editor"])]
    reference.label, reference.locator = _place_label(match), match["place"]
    return reference


def parse_series_host(body: str, reference: Reference) -> Reference | None:
    """A work whose host after "//" is a volume of a series (SERIES_HOST): a `chapter` of
    the series' siglum, its volume, the columns its locator; the author a name of the table
    where one opens the work. None for other text, most of it turned away by what follows
    its "//"."""
    host = body.find("//")
    if host < 0 or not body[host + 2:host + 2 + SERIES_HOST_LOOK].lstrip()[:1] in \
            SERIES_ALONE_OPENINGS:
        return None
    text = body.strip().rstrip(" ;.")
    match = SERIES_HOST.fullmatch(text) if len(text) <= MAX_CITATION else None
    if match is None:
        return None
    work = match["work"].strip(" .")
    known = known_name_heading(work)
    if known is not None and work[known[1]:].strip(" ."):
        reference.fields["author"] = [known[0]]
        work = work[known[1]:].strip(" .")
    reference.type = "chapter"
    reference.whole_form = True
    reference.fields["title"] = work
    _apply_series(match, reference)
    return reference


def _abbreviated_work(name: Name, title: str) -> bool:
    """Whether `title` is one word after an author abbreviated as the reference works
    abbreviate him, whose work they cut short too ("Theoph. Sim. Hist.", "Tac. Ann.")."""
    return (name.family or "").endswith(".") and title.strip().isalpha()


def read_series_place(text: str, reference: Reference) -> bool:
    """A repeat's place in the series, "Там же (PG 88, 856). Рус. пер.: С. 208.": the
    series, its volume and column; what follows kept in `note`. False if `text` does not
    open with one."""
    series = SERIES_IN_PARENTHESES.match(text)
    if series is None:
        return False
    _apply_series(series, reference)
    add_note(reference.fields, series["inside"], text[series.end():].strip(" .,;") or None)
    return True


def _apply_series(series: re.Match[str], reference: Reference) -> None:
    """The series as the container, its volume, and its column or page as the locator."""
    reference.fields["container-title"] = series["series"]
    reference.fields["volume"] = series["volume"]
    reference.label, reference.locator = _place_label(series), series["place"]


def _place_label(series: re.Match[str]) -> str:
    """The place's label: its printed term's ("col.", "p."), or the series' own."""
    term = series["place_term"]
    return LOCATOR_LABELS[term] if term else EDITION_SERIES[series["series"]]


def _page_after_division(work: str) -> tuple[str, tuple[str, str]] | None:
    """The work before the page of the translation read, and that page, when the last
    sentence is one the locators read: "…, 390–391. С. 707". A tail they cannot read ("С.
    5 6") stays with the work, not cut and lost. The page's own label has a period, so the
    sentence opens at the last ". " or the one before it."""
    start = work.rfind(". ")
    for _ in range(2):
        if start < 0:
            return None
        pinpoint = parse_pinpoint(work[start + 2:])
        if pinpoint is not None:
            return work[:start], pinpoint
        start = work.rfind(". ", 0, start)
    return None


def _is_division(title: str, division: str) -> bool:
    """Whether the numbers closing a work are its division: not a volume's, an issue's or a
    page's ("Т. 2", "С. 45"), not an imprint's year ("М., 1988")."""
    last = title.rsplit(maxsplit=1)[-1].rstrip(".") if title.strip() else ""
    if last in DESIGNATIONS:
        return False
    return not any(len(number) == 4 and int(number) >= EARLIEST_YEAR
                   for number in re.findall(r"\d+", division))


def _heading(text: str) -> tuple[Name, int, re.Match[str] | None] | None:
    """The author's name, where the work starts and the series that prints it: a name of
    the table, or, before a series, any short name closed by a period. The series is
    looked for only after a heading is found, as most references have none."""
    known = known_name_heading(text)
    named = NAMED_BEFORE_SERIES.match(text) if known is None else None
    if known is None and (named is None or not named["name"][0].isupper()):
        return None
    series = SERIES_IN_PARENTHESES.search(text) or SERIES_AFTER_COMMA.search(text)
    if known is not None:
        return *known, series
    if series is None:
        return None
    return Name(family=named["name"]), named.end(), series
