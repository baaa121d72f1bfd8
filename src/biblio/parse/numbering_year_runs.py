"""An area that runs, after commas, from an edition or a numbering to the year.

Older notes and encyclopaedia bibliographies print a book's volume or later edition and
its year as one run with no imprint area: «Карский Е. Ф. Белорусы. 2 изд., в. 1-3,
1955-56.», «Очерки. 3-е изд., т. 2, 1960.», «Соч. Т. 4, 1950. С. 15.». The edition's
grammar (biblio.parse.locators.EDITION) takes anything after a comma for the edition's own
words («2-е изд., испр. и доп.»), and a numbering area holds no year: a run whose last
piece is a year and whose pieces before it are numberings, an edition statement perhaps
first, is read here as the edition, the numbering and the year. The comma form of Soviet
notes runs a journal's place and year on to its issue the other way round («// «Новый
мир». М., 1965, № 3»): read here as the imprint, then the numbering.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from biblio.model import Date
from biblio.parse.locators import parse_edition, parse_numbering
from biblio.parse.publication import parse_publication

TERM_AND_NUMBER = re.compile(r"[^\W\d_]{1,4}\.\s?\d+(?:[-–—]\d+)?")
"""A numbering of a term the numbering tables do not hold («в. 1-3», the older «в.» for
«выпуск»): kept in the note as printed, not read as a volume."""
PIECE_SEPARATOR = re.compile(r",\s?")
YEAR_PIECE = re.compile(r"(?:1[4-9]|20)\d\d(?:[-–—](?:(?:1[4-9]|20)\d\d|\d\d))?(?:\sг\.?)?")
"""The year closing a run, or the years of a set («1955-56»): printed years, not the pages
a range of four figures is («№ 12, 4506-4607», pages typed without their «с.»)."""


class NumberingYearRun(NamedTuple):
    """What a run holds: its edition (None when it has none), numbering, the year, and
    pieces kept as printed."""
    edition: str | None
    numbering: list[tuple[str, str]]
    issued: Date
    kept: list[str]


def read_numbering_year_run(area: str, designations: dict[str, str]) -> NumberingYearRun | None:
    """The edition, numberings and year of «2 изд., т. 2, 1960», «2-е изд., испр., 1960»,
    «Т. 4, 1950»; None unless the last piece is a year (a range too: «1955-56»), the
    pieces before it numberings, and what is left before them an edition statement or
    nothing. A numbering the tables do not know is kept only after an edition."""
    pieces = PIECE_SEPARATOR.split(area.rstrip(". "))
    if len(pieces) < 2 or not YEAR_PIECE.fullmatch(pieces[-1]):
        return None
    year = parse_publication(pieces[-1])
    if not year or list(year) != ["issued"]:
        return None
    numbering: list[tuple[str, str]] = []
    kept: list[str] = []
    end = len(pieces) - 1
    while end > 0:
        read = parse_numbering(pieces[end - 1], designations)
        if read:
            numbering[:0] = read
        elif end > 1 and TERM_AND_NUMBER.fullmatch(pieces[end - 1]):
            kept.insert(0, pieces[end - 1])
        else:
            break
        end -= 1
    if end == 0:
        return NumberingYearRun(None, numbering, year["issued"], kept)
    edition = parse_edition(", ".join(pieces[:end]))
    if edition is None or ":" in edition or \
            not all(piece[:1].islower() for piece in pieces[1:end]):
        return None  # not «2-е изд., М., 1960», «2nd ed., pp. Kyiv: Lybid, 2001»: the
        # edition's own words after its comma are in lower case («испр.», «rev.»), and
        # hold no publisher's colon
    return NumberingYearRun(edition, numbering, year["issued"], kept)


def read_imprint_then_numbering(area: str, designations: dict[str, str]
                                ) -> tuple[dict[str, Any], list[tuple[str, str]]] | None:
    """The place and year, then the numbering, of «М., 1965, № 3», «Воронеж, 2009, т. 2,
    № 3»; None unless the pieces before the numberings are an imprint with a place and a
    year and every piece after them a numbering."""
    pieces = PIECE_SEPARATOR.split(area.rstrip(". "))
    numbering: list[tuple[str, str]] = []
    end = len(pieces)
    while end > 1:
        read = parse_numbering(pieces[end - 1], designations)
        if not read:
            break
        numbering[:0] = read
        end -= 1
    if not numbering or end < 2:
        return None  # the place and the year are pieces of their own («М., 1965»), not
        # one that a title's last word and a year make («История 2017, №47»)
    imprint = parse_publication(", ".join(pieces[:end]))
    if not imprint or not {"publisher-place", "issued"} <= imprint.keys():
        return None
    return imprint, numbering
