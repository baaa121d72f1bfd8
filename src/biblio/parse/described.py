"""A work described in words before it is named, as Russian notes and review headings
write it: "Цитировано по статье В. А. Мамонтова «Ранняя лирика М. А. Волошина» // …",
"См. книгу В. В. Виноградова «Стиль Пушкина» (М., 1941)", "рецензия на монографию Н. В.
Липатовой «Власть в печатном варианте…» (Ульяновск : УлГУ, 2014. 238 С.)".

The words up to the noun are the cite's lead-in; the author, in the genitive after the
noun, is read back to the nominative (biblio.russian_names); the title in quotes and the
rest are then read as a reference with a heading ("Мамонтов В. А. «Ранняя лирика …» //
…"), an imprint in parentheses after the title as its own area.
"""

from __future__ import annotations

import re

from biblio.data.reference_terms import WORK_NOUNS
from biblio.parse.names import parse_heading
from biblio.parse.patterns import LazyPattern, alternation, substitute
from biblio.russian_names import nominative

DESCRIBED_WORK = LazyPattern(
    rf"""
    (?P<lead>(?:[^\W\d_][^«»"/]{{0,60}}?\s)?(?:{alternation(WORK_NOUNS)}))\s
    (?P<initials>(?:[А-ЯЁ]\.\s?){{1,2}})\s?
    (?P<family>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s
    (?=«)
    """,
    re.VERBOSE | re.IGNORECASE,
)
"""The lead-in ending in a noun for the work, then the author's initials and family."""
IMPRINT_IN_PARENTHESES = LazyPattern(r"(?<=»)\s\((?P<imprint>[^()]*\d{4}[^()]*)\)\.?$")
"""The imprint closing the reference in parentheses after the quoted title."""


def read_described_work(body: str) -> tuple[str, str] | None:
    """(lead-in, the reference with its heading) for a described work; None otherwise."""
    if "«" not in body:
        return None
    match = DESCRIBED_WORK.match(body)
    if match is None or parse_heading(body)[0]:
        return None  # "Петров П. П. Работа И. И. Иванова «…»": a heading, then a title
    family = nominative(match["family"])
    rest = body[match.end():]
    rest = substitute(IMPRINT_IN_PARENTHESES, r". \g<imprint>", rest)
    return match["lead"], f"{family} {match['initials'].strip()} {rest}"
