"""A periodical named after a quoted title and its comma, where GOST prints «//»: «Петровский
Б. «Н. И. Пирогов и его время», Медицинская газета, 1995, 24 ноября, с. 3», «Иванов И.
«Роман «Мать»», Вопросы литературы, 1980, № 3, с. 40».

Historians' notes close an article's title with its quotes and name the periodical after a
comma, unquoted, then its year and its issue or day in the comma form. The grammar reads a
quoted periodical so («…», «Правда», 1937, 5 мая) but took an unquoted one for the title's
end, and lost the host with its page. The title's closing quote is a boundary no title
crosses; what follows is a periodical when its year is followed by an issue («№ 3») or a
newspaper's day («24 ноября»), and it names no place («М.», «Москва»: a book's imprint,
«История края», М., 1990). Read as «//», as slash_hosts reads a host's single «/».
"""

from __future__ import annotations

import re

from biblio.data.places import WRITTEN_OUT, is_abbreviated_place
from biblio.lazy_patterns import LazyPattern
from biblio.parse.patterns import PRINTED_YEAR
from biblio.parse.publication import KNOWN_PLACES, MONTH

COMMA_BEFORE_PERIODICAL = LazyPattern(
    rf"""
    »,\s(?=
      (?P<host>[А-ЯЁA-Z][^«»"/;,\d]{{1,80}}?)   # the periodical, unquoted, no comma
      ,\s{PRINTED_YEAR}(?:\s?г\.)?,\s            # its year
      (?:№\s?\d|\d{{1,2}}\s{MONTH}(?![^\W\d_])))  # its issue, or a newspaper's day
    """,
    re.VERBOSE,
)
"""The quote closing a title, its comma, and the periodical with its year and issue or day
after it (the comma form of Soviet and later notes)."""
AREA_DASH_ENDS = (" — ", " – ", ". —", ". –")
"""An area's dash before the opening quote: what the quotes hold is the host itself (GOST
7.1-84's «— «Вопросы истории», 1985, № 3»)."""


def comma_as_host(body: str) -> str:
    """`body` with the comma after a quoted title read as «//» before the periodical that
    follows it (COMMA_BEFORE_PERIODICAL), when it holds no «//» of its own; tested first by
    string methods, as most references have no «», ».»."""
    if "»," not in body or "//" in body:
        return body
    comma = COMMA_BEFORE_PERIODICAL.search(body)
    if comma is None:
        return body
    host = comma["host"].strip()
    if is_abbreviated_place(host) or host in KNOWN_PLACES or host in WRITTEN_OUT:
        return body  # "«История края», М., 1990, № 2": a book's imprint; "— «Подъём»,
        # Воронеж, 2009, № 3": the quoted periodical's place
    opening = body.rfind("«", 0, comma.start())
    if opening < 0 or body[max(0, opening - 3): opening] in AREA_DASH_ENDS:
        return body  # "… — «Подъём», Воронеж": the quotes were the periodical's
    return f"{body[: comma.start() + 1]} // {body[comma.end():]}"
