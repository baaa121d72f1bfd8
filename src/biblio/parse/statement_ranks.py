"""A rank or a scholarly degree between a statement's role words and its names: «/ под
ред. проф. И. И. Иванова», «/ под ред. акад. А. М. Панкратовой», «/ отв. ред. д-р ист.
наук П. П. Петров», «/ под ред. чл.-кор. АН СССР С. С. Сидорова», «/ отв. ред. к.и.н. П. П.
Петров».

Soviet and later title pages name the editor with his rank or degree, and notes copy the
statement as printed. The names after the rank are the statement's; the rank is no name,
and CSL has no variable for it: it is kept as the reference's leftover, reported, as a
heading's rank is (`heading_in_title`).
"""

from __future__ import annotations

import re

from biblio.data.ranks import DEGREE_HOLDERS, RANKS_IN_GENITIVE, is_rank
from biblio.data.reference_terms import NAME_CONJUNCTIONS
from biblio.lazy_patterns import LazyPattern
from biblio.parse.patterns import alternation

_LOWER = "а-яёіїєґ"
DEGREE = LazyPattern(
    rf"""(?:{alternation(DEGREE_HOLDERS)})\s
    (?:[{_LOWER}]+(?:[.-]{{1,2}}\s?[{_LOWER}]+)*\.?\s){{1,2}}  # the field: «ист.», «физ.-мат.»,
    наук(?![{_LOWER}])                                         # «с.-х.», «исторических»
    """, re.VERBOSE)
"""A scholarly degree with its field (DEGREE_HOLDERS): «д-ра ист. наук», «канд. физ.-мат.
наук», «доктора исторических наук»."""
COMPACT_DEGREE = LazyPattern(
    rf"[дк]\.\s?(?:[{_LOWER}]{{1,6}}\.(?:-[{_LOWER}]{{1,4}}\.)?\s?){{1,2}}н\.(?=\s)")
"""A scholarly degree cut to its letters, as university presses print it before an editor's
name: «д.и.н.» доктор исторических наук, «к.т.н.», «д. ф. н.», «к.филол.н.», «д.ф.-м.н.»;
in lower case, so that initials («К. И. Н…») are never read as one."""
RANK_WORD = LazyPattern(rf"[^\W\d_]+(?:[.-]{{1,2}}[{_LOWER}]+)*\.?(?=\s)")
"""A word that may be a rank: «проф.», «акад.», «профессора», «чл.-кор.»."""
ACADEMY = LazyPattern(r"\s(?:[А-ЯЁІЇЄ]{2,}|АН)(?:\s(?:[А-ЯЁ]{2,}|Украины|України|Беларуси))?(?=\s)")
"""The academy a rank is held in, after it: «акад. АН СССР», «чл.-кор. РАН», «акад. НАН
Украины»."""
JOIN = LazyPattern(r",?\s")
NEXT_NAME = LazyPattern(rf",\s|\s(?:{alternation(NAME_CONJUNCTIONS)})\s")
"""Where the next of a statement's names opens: after a comma or a conjunction."""
LEFTOVER_STATEMENT_RANK = "a rank or degree before a statement's names"


def rank_before_names(body: str) -> int:
    """Where the names begin after the ranks and degrees that open `body` (0: none): «проф.
    И. И. Иванова» → the offset of «И.»; a degree and a rank together, «д-ра ист. наук,
    проф. И. И. Иванова», are read one after the other."""
    position = 0
    for _ in range(4):  # «д-ра ист. наук, проф.», «акад. АН СССР»: a few at most
        degree = DEGREE.match(body, position) or COMPACT_DEGREE.match(body, position)
        word = None if degree else RANK_WORD.match(body, position)
        if degree:
            end = degree.end()
        elif word and (is_rank(word.group()) or word.group().lower() in RANKS_IN_GENITIVE):
            end = word.end()
            academy = ACADEMY.match(body, end)
            end = academy.end() if academy else end
        else:
            break
        join = JOIN.match(body, end)
        if not join:
            break
        position = join.end()
    return position


def ranks_before_each_name(body: str) -> tuple[str, list[str]]:
    """`body` without the ranks and degrees before each of its names, and those ranks, as
    a statement names several editors each with his own («под ред. проф. И. И. Иванова,
    проф. П. П. Петрова», «под ред. акад. А. М. Панкратовой и д-ра ист. наук В. В.
    Мавродина»); the body as given and no ranks where none opens a name."""
    kept: list[str] = []
    ranks: list[str] = []
    position = 0
    while True:
        start = rank_before_names(body[position:])
        if start:
            ranks.append(body[position: position + start].strip(" ,"))
            position += start
        join = NEXT_NAME.search(body, position)
        if join is None:
            kept.append(body[position:])
            return "".join(kept), ranks
        kept.append(body[position: join.end()])
        position = join.end()
