"""`Date` ⇄ the ISO 8601-2 (EDTF level 1) dates of BibLaTeX's date fields.

biblatex manual §2.3.8: "1933", "1933-05", "1997-10-02", ranges "1997-10-02/1997-10-03",
open ranges "1930/", circa "1930~", uncertain "1930?", both "1930%", and times
"2004-04-05T14:34:00Z". We write what CSL's date-parts, ranges and circa express;
an open range has no date-parts and is kept as `Date(raw="1930/")`, a time is kept
in `raw` beside the day's date-parts (CSL dates have no time); both are written
back as they were. A season ("2004-22") is CSL's season; a range of seasons
("2012-22/2012-23", which CSL's one season per date cannot hold) and an uncertain
date ("2000?") are kept in `raw` and written back as they were. Anything else (a
literal date, text) has no EDTF form and `write_date` returns None, so the caller
keeps it elsewhere.
"""

from __future__ import annotations

import re

from biblio.model import Date
from biblio.numbers import whole_number

_EDTF_DATE = re.compile(r"(?P<year>-?\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?"
                        r"(?P<qualifier>[~?%])?")
_YEAR = re.compile(r"-?\d{1,4}")
_TIME = re.compile(r"T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}(?::?\d{2})?)?")
_OPEN_ENDS = ("", "..")


def write_date(date: Date) -> str | None:
    """The EDTF form of `date`, or None when it has none.

    Year parts written as digit strings ("2005") and a `raw` date that is already
    EDTF ("2005-03-01") are written too: the exact form is then the caller's to keep.
    """
    if date.raw is not None and date.literal is None and (
            _keeps_raw(date.raw) or _has_no_csl_form(date.raw)):
        return date.raw if read_date(date.raw) == date else None
    if date.raw is not None and not date.parts and date.literal is None:
        return date.raw if read_date(date.raw).parts else None
    season = _season_code(date)
    if season is not None:
        return season
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


def _keeps_raw(text: str) -> bool:
    """An EDTF value whose CSL Date keeps it in `raw`: an open range or a time."""
    ends = text.split("/")
    return (len(ends) == 2 and (ends[0] in _OPEN_ENDS) != (ends[1] in _OPEN_ENDS)
            and all(end in _OPEN_ENDS or _EDTF_DATE.fullmatch(end) for end in ends)
            ) or (len(ends) == 1 and _with_time(text) is not None)


SEASONS = range(21, 25)
"""EDTF level 1 seasons, "2004-22" (biblatex manual §2.3.8): 21 spring … 24 winter,
CSL's seasons 1 to 4."""


def _season_code(date: Date) -> str | None:
    """"2004-22" for a year with CSL season 2, None for any other date."""
    if isinstance(date.season, bool) or date.season not in (1, 2, 3, 4) or date.raw \
            or date.literal or date.circa or date.extra or len(date.parts) != 1 \
            or len(date.parts[0]) != 1:
        return None
    year = _write_part(date.parts[0])
    return f"{year}-{20 + int(date.season)}" if year and "-" not in year[1:] else None


def _has_no_csl_form(text: str) -> bool:
    """An EDTF date or range that CSL's date-parts cannot hold: one with "?" or "%"
    ("2000?": CSL has no uncertain date), or a range of seasons ("2012-22/2012-23": a
    CSL date has one season). It is kept in `raw`, and written back as it was."""
    ends = text.split("/")
    matches = [_EDTF_DATE.fullmatch(end) for end in ends]
    return len(ends) <= 2 and all(matches) and any(
        m["qualifier"] in ("?", "%") or (len(ends) == 2 and _is_season(m))
        for m in matches if m)


def _is_season(match: re.Match[str]) -> bool:
    return not match["day"] and bool(match["month"]) and int(match["month"]) in SEASONS


def _with_time(text: str) -> re.Match[str] | None:
    """The date of a date-and-time ("2004-04-05T14:34:00"), None for anything else."""
    time = _TIME.search(text)
    if time is None or time.end() != len(text):
        return None
    return _EDTF_DATE.fullmatch(text, 0, time.start())


def read_date(text: str) -> Date:
    """A Date from an EDTF value; text that is not EDTF is kept as `Date(raw=…)`, and
    so is an open range; a time is kept in `raw` beside the date-parts of its day."""
    text = text.strip()
    ends = text.split("/")
    if len(ends) > 2:
        return Date(raw=text)
    dated = _with_time(text) if len(ends) == 1 else None
    if dated is not None and not dated["qualifier"]:
        return Date(parts=[_part(dated)], raw=text)
    parts: list[list[int | str]] = []
    qualifiers = set()
    for end in ends:
        if end in _OPEN_ENDS:  # an open range: no CSL date-parts
            return Date(raw=text)
        match = _EDTF_DATE.fullmatch(end)
        if match is None:
            return Date(raw=text)
        if _is_season(match) and not match["qualifier"]:
            if len(ends) > 1:  # a CSL date has one season
                return Date(raw=text)
            return Date(parts=[[int(match["year"])]], season=int(match["month"]) - 20)
        parts.append(_part(match))
        qualifiers.add(match["qualifier"])
    if qualifiers - {None, "~"} or (len(parts) > 1 and qualifiers != {None}):
        return Date(raw=text)
    return Date(parts=parts, circa=True if "~" in qualifiers else None)


def _part(match: re.Match[str]) -> list[int | str]:
    part: list[int | str] = [int(match["year"])]
    return part + [int(match[key]) for key in ("month", "day") if match[key]]


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
