"""A periodical introduced by one «/» where GOST prints «//»: «Стаття / Журнал. – 1992.
– № 7–8. – С. 32».

Ukrainian sites and OCR text layers type a host's «//» as one slash, which GOST keeps for
the statement of responsibility. A statement of responsibility names people or bodies and
is followed by an edition or a publication area; a periodical's title is followed by its
year and its issue. So a «/» is read as «//» where the part after it, to its year, names
no person (no initials, no role word, no comma after a name: «/ Леонора Адамчук, в журн.
«Пасіка», 2020, № 9») and the year is followed by an issue («№ 7»), in the period form
(«Журнал. – 1992. – № 7») or the comma form («Журнал, 1992, № 7»).
"""

from __future__ import annotations

import re

from biblio.data.reference_terms import ROLE_TERMS
from biblio.lazy_patterns import LazyPattern
from biblio.parse.patterns import PRINTED_YEAR, alternation

SLASH_BEFORE_PERIODICAL = re.compile(
    rf"""
    \s/\s(?=
      (?P<host>[А-ЯЁA-Z«"][^/;,]{{2,150}}?)    # the periodical's title, no comma
      (?:\.\s(?:[—–-]\s)?|,\s)                 # its area's period (and dash), or a comma
      {PRINTED_YEAR}                           # the year
      (?:\.\s(?:[—–-]\s)?|,\s)                 # the next area
      №\s?\d)                                  # the issue
    """,
    re.VERBOSE,
)
PERSON_OR_ROLE = LazyPattern(
    r"(?<![^\W\d_])[А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.\s?)?[А-ЯЁA-Z][а-яёa-z]"  # И. И. Иванов
    r"|[А-ЯЁ][а-яё]+\s[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?(?!\S)"                    # Иванов И. И.
    rf"|(?<![^\W\d_])(?:{alternation(ROLE_TERMS)})(?![^\W\d_])",
)
"""A name with initials either side, or a role word (`ROLE_TERMS`): a statement of
responsibility."""


def slash_as_host(body: str) -> str:
    """`body` with a periodical's single «/» read as «//» (SLASH_BEFORE_PERIODICAL), when
    it holds no «//» of its own; tested first by string methods, the pattern needing a
    «/» and a «№» that most references lack."""
    if " / " not in body or "//" in body or "№" not in body:
        return body
    slash = SLASH_BEFORE_PERIODICAL.search(body)
    if slash is None or PERSON_OR_ROLE.search(slash["host"]):
        return body
    return f"{body[:slash.start()]} // {body[slash.end():]}"
