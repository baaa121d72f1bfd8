"""The year that keys an entry of a chronological list of sources.

Bibliographies of a place's history list their sources by year, each entry opened by the
year (or years) of the edition before its author or title, as LinkedBooks' Venetian
bibliographies print them: "1830 T. Moore, Letters and journals of Lord Byron, London.",
"1956 L. Ferroni (a cura di), Per il Teatro La Fenice di Venezia, Venezia", "1807-1888
Discorsi ed atti dell’Accademia di Belle Arti in Venezia, Venezia." The key is the
work's date, not a word of its heading or title: the entry is read without it, and the
key's years are its `issued`.
"""

from __future__ import annotations

import re

from biblio.model import Date

YEAR_KEY = re.compile(r"(?P<first>1[4-9]\d\d|20\d\d)(?:\s?[-–]\s?(?P<last>1[4-9]\d\d|20\d\d))?"
                      r"\s(?=[^\W\d_a-z])")
"""A year or a range of years, 1400–2099, then a space and a capital: "1830 T. Moore",
"1718-1722 AA. w.". A year closed by a period, a comma or a colon ("1984. …", "1492: The
Year …"), or before a word in lower case ("1848 in Europa, Torino 1990"), opens a
title, not a key."""


def year_key(text: str) -> tuple[Date, str] | None:
    """The key's date and the entry after it, when `text` opens with a year key and the
    entry holds more than one area (a comma after its first words): "1984 Orwell" alone
    is no entry."""
    match = YEAR_KEY.match(text)
    if match is None or "," not in text[match.end():]:
        return None
    parts: list[list[int | str]] = [[int(match["first"])]]
    if match["last"]:
        parts.append([int(match["last"])])
    return Date(parts=parts), text[match.end():]


BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
"""What a list entry prints in parentheses or brackets: a date of writing or of a reprint
("Venezia (1732).", "(ed. A. Forni, Firenze, 1980)"), no imprint's."""


def imprint_dated(entry: str, year: int) -> bool:
    """Whether `entry` prints `year` outside parentheses and brackets, as an imprint's own
    year: then its opening figures are no key but its title's ("1984 Revisited.
    Totalitarianism in Our Century, New York 1983.", "1968 The Year That Rocked the World,
    New York 2004."). A list's entries print no year of their own there: the key is
    their date (LinkedBooks' Venetian lists: "1830 T. Moore, Letters and journals of Lord
    Byron, London.")."""
    return re.search(rf"(?<!\d){year}(?!\d)", BRACKETED.sub("", entry)) is not None
