"""A statement of responsibility closed by a slash as well as opened by one: «60 лет
Ленинскому плану ГОЭЛРО. /Сост. Г.П. Смидович/ М., 1980» (dev ru-gost-1406), «Снижение
шума /Под ред. Г. Л. Осипова/. М., 1987».

Typewritten lists and the notes copied from them fence the statement with two slashes,
where GOST 7.1-2003 clause 4.7 prints " / " before it and ". — " after it; the closing
slash stood against the family name, so that the area splitter read the names as the
place. The fenced statement is read as GOST prints it: " / " before it, a period after.
"""

from __future__ import annotations

import re

from biblio.data.reference_terms import ROLE_TERMS
from biblio.lazy_patterns import LazyPattern
from biblio.parse.patterns import alternation

SLASH_CLOSED_STATEMENT = LazyPattern(
    rf"""
    (?:\.\s?|\s)?/                       # the opening slash, a title's period before it
    (?P<statement>(?:{alternation(ROLE_TERMS)})\s[^/]{{2,160}}?)  # role words and names
    /\.?(?=\s|$)                         # the closing slash, before the next area
    """,
    re.VERBOSE,
)


def open_slash_closed_statement(body: str) -> str:
    """`body` with a statement fenced by two slashes («/Сост. Г.П. Смидович/ М.») typed as
    GOST prints it (« / Сост. Г.П. Смидович. М.»); as given where none is."""
    if body.count("/") < 2:
        return body
    fenced = SLASH_CLOSED_STATEMENT.search(body)
    if fenced is None:
        return body
    statement = fenced["statement"].rstrip(" .")
    return f"{body[: fenced.start()]} / {statement}.{body[fenced.end():]}"
