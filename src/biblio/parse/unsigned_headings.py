"""A heading that says a work names no author: «<Б. п.>» (unsigned), «Коллектив авторов.».

Bibliographies of the Russian press mark an unsigned article «<Б. п.>» or «[Б. п.]»
before its title, and book catalogues head a work of many unnamed authors «Коллектив
авторов.» (`UNSIGNED_HEADINGS`). The words are the cataloguer's, not the work's: read
as a heading they made a family «<Б. п» or opened the title. They are read as what they
say, that no author is named: the reference is read without them, under its title, a
lead-in before them («См. <Б. п.> …») kept.
"""

from __future__ import annotations

import re

from biblio.data.reference_terms import UNSIGNED_HEADINGS
from biblio.lazy_patterns import LazyPattern
from biblio.parse.gost import LEAD_IN

UNSIGNED_HEADING = LazyPattern(
    "(?:" + "|".join(re.escape(heading).replace(r"\ ", r"\s?")
                     for heading in sorted(UNSIGNED_HEADINGS, key=len, reverse=True))
    + r")\s*(?=\S)")
"""One of UNSIGNED_HEADINGS, the title after it; the spaces typed or left out ("<Б.п.>",
"Коллектив авторов.Отечественная война …", as text copied from PDF layers drops them)."""


def without_unsigned_heading(text: str) -> str:
    """`text` without a heading that names no author, at its start or after a lead-in.
    What every one of UNSIGNED_HEADINGS holds is looked for first, by plain tests (a
    generator over a table cost a microsecond a reference): most references hold none."""
    if "ектив" not in text and "Б. п." not in text and "Б.п." not in text and \
            "Без подп" not in text:
        return text
    stripped = text.lstrip()
    lead = LEAD_IN.match(stripped)
    start = lead.end() if lead else 0
    heading = UNSIGNED_HEADING.match(stripped, start)
    return stripped[:start] + stripped[heading.end():] if heading else text
