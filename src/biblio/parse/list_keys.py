"""The in-text key that opens an entry of an author–year reference list.

Journals that cite by author and year print each entry of their list as two parts: the
key the text cites, then a dash and the description ("В списке «Литература» каждая запись
состоит из двух частей: затекстовая отсылка, дублирующая внутритекстовую … и через тире —
библиографическое описание", the rules for authors of «Философические письма»):
"Замраева, 2014 — Замраева Е.И. «Украинская проблема» … // Политика и безопасность.
2014. …", "Эткинд, 2013 — Эткинд А. Хлыст …". The key repeats the heading of the
description, so it is taken as the reference's lead-in only when the description opens
with the key's first word: a title or an author that merely ends in a year before a dash
stays what it is.
"""

from __future__ import annotations

import re

LIST_KEY = re.compile(
    r"""
    (?P<lead>(?P<first>[^\W\d_][\w'’-]*)   # the key's first word: a family or a title's
      [^—–\n]{0,80}?                      # co-authors, "и др."
      ,?\s\d{4}[a-zа-яё]?)                # the year, with its letter: "2008а"
    \s[—–-]\s+                            # the dash before the description
    """,
    re.VERBOSE,
)

KEY_YEAR_DASH = re.compile(r"[—–-]\s(?:(?<=\d{4}\s[—–-]\s)|(?<=\d{4}[a-zа-яё]\s[—–-]\s))")
"""How LIST_KEY's key ends, the year before the dash: searched for first, since most
references hold none ("2005. — 250 с.") and LIST_KEY, its co-authors' span tried after
each length of the first word, costs some 15 µs on a reference with none (cProfile).
Opened by the dash, which the engine skips to, and the year read behind it: 1.2 µs on a
GOST note, where the same opened by the year's figures took 3.6 (timeit). The space after
the dash is read before the year behind it: most dashes join figures ("С. 5–10")."""


def list_key(text: str) -> re.Match[str] | None:
    """The key at the start of `text` ("Эткинд, 2013 —"), its `lead` group the key
    without the dash, when the description after it opens with the key's first word."""
    match = LIST_KEY.match(text) if KEY_YEAR_DASH.search(text) else None
    if match is None:
        return None
    rest = text[match.end():]
    first = match["first"]
    if not rest.startswith(first) or rest[len(first):len(first) + 1].isalnum():
        return None
    return match
