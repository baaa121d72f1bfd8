"""Where an Italian archival shelfmark the labeller read begins and ends.

Italian notes cite a document by its archive's series and the unit it is kept in, then
its date: "Archivio di Stato di Venezia, Dispacci Costantinopoli, 1761, 5 febbraio.",
"ASV, Consiglio dei Dieci, …, Mandati dei Capi dei X al Camerlengo, 1543-1553, c. 68v."
The model runs the shelfmark on into the date; the date is the document's (`issued`,
with its month and day), not a level of the archive. A note that repeats the archive
of the note before it may cite the unit alone, then the date: "b. 6, 9 febbraio 1788;"
(the unit and its number are the shelfmark). A plural unit is followed by its list:
"Deputati all'Agricoltura, buste 16, 22" holds both boxes.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.data.foreign_archives import ITALIAN_ARCHIVAL_UNITS
from biblio.data.reference_terms import ITALIAN_MONTH_ABBREVIATIONS, ITALIAN_MONTHS, MONTHS
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date
from biblio.parse.labeller.model import Labelled
from biblio.parse.patterns import alternation

MONTH_NUMBERS = {**{month.casefold().rstrip("."): number for month, number in MONTHS.items()},
                 **ITALIAN_MONTHS, **ITALIAN_MONTH_ABBREVIATIONS}
"""A month's word, casefolded and without its period → its number."""

CLOSING_DATE = LazyPattern(r"""
    ,\s(?:(?P<day>\d{1,2})\s(?P<month>[^\W\d_]{2,9})\.?\s)?    # "10 giu. ", "5 febbraio "
    (?P<year>1\d{3})                                            # the year
    (?:\s?[-–/]\s?(?P<until>1\d{3}|\d{2}))?                     # "1543-1553", "1629 / 1630"
    (?:,\s(?P<day2>\d{1,2})\s(?P<month2>[^\W\d_]{2,9})\.?)?$   # "1761, 5 febbraio"
    """, re.VERBOSE)
"""A date closing a shelfmark after its comma: a year, a span of years, a day and month
before or after the year. Each part is bounded, the words by their length."""

YEAR_CLOSING = LazyPattern(r"\b1\d{3}$")
"""A year closing what is left of a shelfmark: the date cut off was one of several."""

UNIT_OPENING = LazyPattern(
    rf"(?:{alternation(ITALIAN_ARCHIVAL_UNITS)})(?![^\W\d_])\s?\d+[a-z]?(?=\s*(?:[,;.]|$))")
"""An archival unit and its number opening a note ("b. 6, …", "busta 167;")."""

PLURAL_UNIT_CLOSING = LazyPattern(
    rf"(?<![^\W\d_])(?:{alternation(u for u, plural in ITALIAN_ARCHIVAL_UNITS.items() if plural)})"
    r"\s?\d+[a-z]?$")
"""A plural unit and its first number closing a shelfmark ("…, buste 16")."""
NUMBER_LIST = LazyPattern(r"(?:\s?,\s?\d+[a-z]?|\s(?:e|and|et)\s\d+[a-z]?)+(?=\s*(?:[;.)]|$))")
"""The rest of a plural unit's list: ", 22", ", 12, 21, 22, 31", " e 159", to the note's
end, its full stop, semicolon or closing bracket."""


def date_closing_shelfmark(fields: dict[str, Any]) -> None:
    """A shelfmark the labeller ran on into the document's date ("Dispacci Costantinopoli,
    1761, 5 febbraio"): the date taken off it into `issued`, with its month and day, or
    as a span of years ("…, 1543-1553"); not when another date was read."""
    location = fields.get("archive_location")
    found = CLOSING_DATE.search(location) if isinstance(location, str) and \
        "," in location else None
    if found is None or not location[:found.start()].strip() or "issued" in fields or \
            YEAR_CLOSING.search(location, 0, found.start()):
        return  # "…, c. gv, 1541, 1567": a list of dates, not one document's
    day, month = (found["day"], found["month"]) if found["month"] else \
        (found["day2"], found["month2"])
    number = MONTH_NUMBERS.get(month.casefold()) if month else None
    if month and number is None:
        return  # "…, 12 Senato 1600": no date
    year = int(found["year"])
    parts: list[list[int | str]] = [[year, number, int(day)] if number else [year]]
    if found["until"]:
        until = found["until"]
        parts.append([int(until) if len(until) == 4 else year // 100 * 100 + int(until)])
    fields["archive_location"] = location[:found.start()].strip()
    fields["issued"] = Date(parts=parts)


def unit_opening_note(labelled: Labelled, taken: set[int], fields: dict[str, Any]) -> None:
    """"b. 6, 9 febbraio 1788;": a note that opens with an archival unit and its number,
    with no series, title or name read, cites that unit of the archive named before: the
    unit and number are its `archive_location`."""
    if any(variable in fields for variable in ("archive_location", "title", "author",
                                               "container-title", "archive")):
        return
    found = UNIT_OPENING.match(labelled.text)
    if found is None:
        return
    tokens = [i for i, token in enumerate(labelled.tokens) if token.end <= found.end()]
    if any(i in taken for i in tokens):
        return
    fields["archive_location"] = found.group()
    taken.update(tokens)


def plural_units_list(labelled: Labelled, taken: set[int], fields: dict[str, Any]) -> None:
    """"…, buste 16, 22": a plural unit's numbers after the first, which the labeller left
    out of the shelfmark, are the shelfmark's."""
    location = fields.get("archive_location")
    if not isinstance(location, str) or PLURAL_UNIT_CLOSING.search(location) is None:
        return
    end = labelled.text.find(location) + len(location)
    rest = NUMBER_LIST.match(labelled.text, end) if end >= len(location) else None
    if rest is None:
        return
    span = [i for i, token in enumerate(labelled.tokens)
            if token.start >= end and token.end <= rest.end()]
    if any(i in taken for i in span):
        return
    fields["archive_location"] = location + rest.group()
    taken.update(span)
