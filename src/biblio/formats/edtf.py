"""`Date` ⇄ the ISO 8601-2 (EDTF level 1) dates of BibLaTeX's date fields.

biblatex manual §2.3.8: "1933", "1933-05", "1997-10-02", ranges "1997-10-02/1997-10-03",
open ranges "1930/", circa "1930~", uncertain "1930?", both "1930%". We write what
CSL's date-parts, ranges and circa express; anything else (a literal date, a season,
text) has no EDTF form and `write_date` returns None, so the caller keeps it elsewhere.
"""

from __future__ import annotations

import re

from biblio.model import Date
from biblio.numbers import whole_number

_EDTF_DATE = re.compile(r"(?P<year>-?\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?"
                        r"(?P<qualifier>[~?%])?")
_YEAR = re.compile(r"-?\d{1,4}")


def write_date(date: Date) -> str | None:
    """The EDTF form of `date`, or None when it has none.

    Year parts written as digit strings ("2005") and a `raw` date that is already
    EDTF ("2005-03-01") are written too: the exact form is then the caller's to keep.
    """
    if date.raw is not None and not date.parts and date.literal is None:
        return date.raw if read_date(date.raw).parts else None
    if date.literal is not None or date.raw is not None or date.season is not None:
        return None
    if date.extra or not date.parts or not all(date.parts):
        return None
    if date.circa not in (None, True) or (date.circa and date.is_range):
        return None
    ends = []
    for part in date.parts:
        end = _write_part(part)
        if end is None:
            return None
        ends.append(end)
    text = "/".join(ends)
    return text + "~" if date.circa else text


def _write_part(part: list[int | str]) -> str | None:
    numbers = [int(x) if isinstance(x, str) and x.isascii() and x.isdigit() and len(x) <= 4
               else x for x in part]
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in numbers):
        return None
    year, *rest = numbers
    if not -9999 <= year <= 9999:
        return None
    pieces = [f"{year:04d}" if year >= 0 else f"-{-year:04d}"]
    limits = (12, 31)
    for value, limit in zip(rest, limits):
        if not 1 <= value <= limit:
            return None
        pieces.append(f"{value:02d}")
    return "-".join(pieces)


def read_date(text: str) -> Date:
    """A Date from an EDTF value; text that is not EDTF is kept as `Date(raw=…)`."""
    text = text.strip()
    ends = text.split("/")
    if len(ends) > 2:
        return Date(raw=text)
    parts: list[list[int | str]] = []
    qualifiers = set()
    for end in ends:
        if end in ("", ".."):  # an open range: no CSL form
            return Date(raw=text)
        match = _EDTF_DATE.fullmatch(end)
        if match is None:
            return Date(raw=text)
        part: list[int | str] = [int(match["year"])]
        part += [int(match[key]) for key in ("month", "day") if match[key]]
        parts.append(part)
        qualifiers.add(match["qualifier"])
    if qualifiers - {None, "~"} or (len(parts) > 1 and qualifiers != {None}):
        return Date(raw=text)
    return Date(parts=parts, circa=True if "~" in qualifiers else None)


def read_year_month(year: str, month: str | None, day: str | None = None) -> Date:
    """A Date from BibTeX's year/month/day fields; a year that is not a number is literal."""
    year = year.strip()
    if not _YEAR.fullmatch(year):
        return Date(literal=year)
    part: list[int | str] = [int(year)]
    for value, limit in ((month, 12), (day, 31)):
        number = whole_number(value) if value is not None else None
        if number is None or not 1 <= number <= limit:
            break
        part.append(number)
    return Date(parts=[part])
