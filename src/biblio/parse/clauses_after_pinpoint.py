"""A clause of commentary that runs on from the cite's page after a comma.

Notes of scholarship cite a page and say at once what is there, in the same sentence: «См.:
Richard Westfall, Never at Rest. P. 382-88, где обсуждается и открытие Ньютона, …» (the notes
of a history of science in translation), «Лосев А. Ф. Очерки античного символизма. М., 1930.
С. 45, где автор разбирает …», "… P. 12, where the argument is made …". Read whole, the page
stayed in the title or was lost with the clause; the reference is read without the clause,
which is kept as the cite's suffix.
"""

from __future__ import annotations

import re

from biblio.lazy_patterns import LazyPattern
from biblio.parse.locators import RUSSIAN_PAGE_TERM
from biblio.parse.pinpoint_statements import PAGES_CITED

CLAUSE_WORDS = (", где ", ", в которой ", ", в котором ", ", в которых ", ", where ", ", wo ",
                ", où ")
"""The relative words that open such a clause after the page's comma, Russian «где», «в
которой/котором/которых», English "where", German "wo", French "où": the pattern is
searched only in a text that holds one."""

CLAUSE_AFTER_PAGE = LazyPattern(
    rf"""(?:(?<=\s)|^)(?:{RUSSIAN_PAGE_TERM}|[PpSs]|pp)\.\s?{PAGES_CITED}  # «С. 12, 15-18»
    (?P<mark>,\s)(?P<clause>(?:где|в\sкотор(?:ой|ом|ых)|where|wo|où)\s[^()]{{3,400}})$""",
    re.VERBOSE,
)
"""The page or pages cited (a Russian term, «С.», «стр.», or the Latin "P.", "pp.", "S."),
a comma, and the clause to the end of the text, no parenthesis in it."""


def clause_after_pinpoint(text: str) -> re.Match[str] | None:
    """The clause after the cite's page at the end of `text` (CLAUSE_AFTER_PAGE): `text`
    up to the match's `mark` is the reference, `clause` the commentary; None when there is
    none."""
    if not any(word in text for word in CLAUSE_WORDS):
        return None
    return CLAUSE_AFTER_PAGE.search(text.rstrip())
