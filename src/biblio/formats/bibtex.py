"""Classic BibTeX (.bibtex): the BibLaTeX mapping under BibTeX's names, for bibtex8/natbib.

Written differently from BibLaTeX (docs/bibtex-mapping.md, "Classic BibTeX"):
@thesis → @phdthesis, @report → @techreport, @online/@dataset/@software → @misc;
journaltitle → journal, location → address, institution → school (theses); the date
→ year and a month macro; the archive and its shelfmark are also appended to `note`,
so that a BibTeX style prints them. Fields BibTeX styles do not know (langid,
translator, urldate, …) are written under their BibLaTeX names; BibTeX ignores them.

The documented equality: `read(write(items)) == items`, exactly as for BibLaTeX —
what the classic fields cannot hold (a full date, a range, the CSL type of an
@misc) is kept in the carrier field, which BibTeX also ignores.
"""

from __future__ import annotations

from biblio.formats.bibmapping import Dialect, read_text, write_text
from biblio.model import Item, Problem

DIALECT = Dialect("bibtex", classic=True)


def read(text: str) -> list[Item]:
    """Items of a BibTeX file; FormatError at the first entry that cannot be read."""
    return read_text(text, DIALECT, strict=True)[0]


def read_with_problems(text: str) -> tuple[list[Item], list[Problem]]:
    return read_text(text, DIALECT, strict=False)


def write(items: list[Item]) -> str:
    return write_text(items, DIALECT)
