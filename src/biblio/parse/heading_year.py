"""The year printed after a heading, «Иванов И. И. (1975). Title…»: author–date lists.

Some Russian journals that cite by author and year print the year of each entry of
their list right after its heading, in parentheses, and go on describing the work as GOST
does (the dev footnotes typed so: «Чуев Ф. (1991). Сто сорок бесед с Молотовым. — М.:
Терра. С. 61.», «Минц З. Г. (1973). Функция реминисценций в поэтике А. Блока // Труды по
знаковым системам. Вып. VI. Тарту.»). The APA reader (biblio.parse.csl_citations) reads
the heading with its comma and an APA description; a GOST description after the year is
read here: the year is taken out for `issued`, the heading and the description read as
one GOST reference.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.model import Date
from biblio.parse.patterns import PRINTED_YEAR, RUSSIAN_FAMILY
from biblio.parse.reference import add_note

HEADING_YEAR = re.compile(
    rf"""
    (?P<heading>{RUSSIAN_FAMILY}    # the family, «Бонч-Бруевич»
      \s(?:[А-ЯЁ]\.\s?){{1,2}})                    # its initials, no comma before them
    \s?\((?P<year>{PRINTED_YEAR})[а-яa-z]?\)\.?\s   # the year, «(1975).», «(2008а)»
    (?=[А-ЯЁ«"„])                                  # the title's first letter or quote
    """,
    re.VERBOSE,
)
HEADING_LOOK = 48
"""How far a heading's year may open: a family of up to some 40 letters and initials; the
parenthesis looked for first, since most references open with none (the pattern is tried
on every reference the grammar reads)."""
GOST_DESCRIPTION = re.compile(
    r"\s//\s|\.\s[—–]\s|(?<![\w.])[СсТт]\.\s?\d|(?<![\w.])(?:М|Л|СПб|К)\.")
"""What only a GOST description holds after its title: a host's «//», an area's dash, a
page's or a volume's mark, an abbreviated place («М.», «СПб.»)."""


def take_heading_year(text: str) -> tuple[str, str | None]:
    """`text` without the year after its heading, and that year; `text` as it is when it
    opens with no such year or describes no GOST reference after it."""
    match = HEADING_YEAR.match(text) if text.find("(", 0, HEADING_LOOK) >= 0 else None
    if match is None or GOST_DESCRIPTION.search(text, match.end()) is None:
        return text, None
    return f"{match['heading'].rstrip()} {text[match.end():]}", match["year"]


def give_heading_year(fields: dict[str, Any], year: str | None) -> None:
    """The heading's year as `issued` where the description printed none; in `note` where
    it printed another (a reprint's year after the first edition's)."""
    if year is None:
        return
    issued = fields.get("issued")
    if not isinstance(issued, Date):
        fields["issued"] = Date(parts=[[int(year)]])
    elif issued.year != int(year):
        add_note(fields, f"({year})")
