"""What a cataloguer or a compiler adds in square brackets after a title: not the title.

GOST 7.1-2003 clause 4.8 puts in square brackets what a description takes from outside
the work's prescribed source, and the compilers of lists add their own words so: other
title information the cataloguer supplies after the colon («Духовный мир человека:
[Статьи] // Наука и религия. — 1982», GOST 7.1-84's own example of a selection of
articles), a cataloguer's note on the contents («… публічних бібліотек Східної України [у
т. ч. згадується …]», a Poltava library's ISBD records), the number an edition's editor
gives a publication («Опубл.: Глобус [645]. – 1925. – № 5», a note on the Cyril and
Methodius Society's case), a medium named by a Harvard list («… 1472 по 1917 гг. [www
document]. URL …», a Syktyvkar guide). The work's title does not hold them (the dev
set's rule, tests/data/dev/README.md, batch 22): supplied other title information is the
work's `genre`, as the genre the cataloguer supplies after " : " is (genres.GENRE), any
other bracket is kept in `note`.
"""

from __future__ import annotations

import re

from biblio.parse.areas import closes_abbreviation
from biblio.parse.reference import add_note

SUPPLIED_AFTER_COLON = re.compile(r"\s?:\s?\[(?P<supplied>[^\W\d_][^\[\]\d]{1,60})\]$")
"""Other title information the cataloguer supplies, after the colon: ": [Статьи]"."""
ADDED_AT_END = re.compile(r"(?<=[^\W_]|\.)\s\[(?P<added>[^\[\]]{1,200})\]$")
"""A bracket after the title's last word or number and a space: «Глобус [645]», «… Східної
України [у т. ч. згадується …]», or after an abbreviation's period («… 1917 гг. [www
document]»). After a sentence's period the bracket opens an area of its own, after a
colon it is the other title information (SUPPLIED_AFTER_COLON), and a bracket glued to a
word («Ивано[в]») completes the word."""


def take_bracketed_end(title: str, fields: dict[str, object]) -> str:
    """`title` without the brackets a cataloguer or a compiler added at its end, their
    words put in `genre` (other title information) or `note` (anything else)."""
    supplied = SUPPLIED_AFTER_COLON.search(title)
    if supplied and supplied.start() > 0 and "genre" not in fields:
        fields["genre"] = supplied["supplied"].strip()
        return title[: supplied.start()].rstrip()
    added = ADDED_AT_END.search(title)
    if added is None or title[added.start() - 1] == "." and \
            not closes_abbreviation(title[: added.start()]):
        return title
    add_note(fields, f"[{added['added']}]")
    return title[: added.start()].rstrip()
