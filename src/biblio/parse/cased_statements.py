"""A statement of responsibility typed in one case: in capitals, as a description typed
wholly in capitals prints it («/ ПОД ОБЩ. РЕД. В. Е. КЕМЕРОВА»), or in lower case, as a
list retyped without its capitals prints it («/ под общ. ред. в. е. кемерова», «/ л. а.
мясникова», the dev set's ru-gost-580).

The tables hold the role words as GOST 7.0.12 prints them, in lower case or opening a
sentence; the name readers want an initial and a family in capitals. A statement in one
case is read as if printed so, and its names given back in the case they were printed
in, as the reference prints them (declined to the nominative where the role governs the
genitive: «в. е. кемерова» → «кемеров в. е.»).
"""

from __future__ import annotations

import re
from dataclasses import replace

from biblio.model import Name
from biblio.parse.names import is_initials, parse_name_list

LOWER_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]\.")
"""An initial typed in lower case («в.», «л.»), a letter and its period alone."""
ONE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
"""A family of one word, or of words joined by hyphens («салтыкова-щедрина»)."""


def in_capitals(text: str) -> bool:
    """Whether `text` has letters and none of them in lower case («ПОД ОБЩ. РЕД.»)."""
    return text.upper() == text and text.lower() != text


def names_in_one_case(body: str) -> list[Name] | None:
    """The persons a statement's body names when its initials are typed in lower case
    («в. е. кемерова», «л. а. Мясникова»): read with capitals, each given back in the
    case printed; None where the body has no lower-case initial or names no person by
    initials (a body's name, «отдел рукописей», is no person)."""
    if not any(initial.group().islower() for initial in LOWER_INITIAL.finditer(body)):
        return None
    capitalised = body.title()
    if len(capitalised) != len(body):
        return None
    names = parse_name_list(capitalised)
    if not names or not all(name.literal or _initials_and_family(name) for name in names):
        return None
    return [_as_printed(name, capitalised, body) for name in names]


def _initials_and_family(name: Name) -> bool:
    """Whether `name` is initials and a family of one word: capitalised, the words of a
    title after the names («л. а. Мясникова//современный философский словарь», a host
    typed close up) would read as a family of several."""
    return bool(name.given and all(is_initials(part) for part in name.given.split())
                and name.family and ONE_WORD.fullmatch(name.family))


def _as_printed(name: Name, capitalised: str, body: str) -> Name:
    """`name` as read from the capitalised body, its parts in their printed case."""
    if name.literal:
        return name
    return replace(name, family=_part_as_printed(name.family, capitalised, body),
                   given=_part_as_printed(name.given, capitalised, body))


def _part_as_printed(part: str | None, capitalised: str, body: str) -> str | None:
    """A family or given name in the case `body` prints it: lower case where it was
    typed so, as read otherwise."""
    if not part:
        return part
    position = capitalised.find(part)
    if position < 0:
        return part
    printed = body[position: position + len(part)]
    return printed if printed.islower() else part
