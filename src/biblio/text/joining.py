"""Join the lines of a wrapped footnote into one line of text.

A line that ends with a hyphen after a letter was broken either inside a word
("француз-/ского" → "французского") or at the hyphen of a real compound
("Franco-/Soviétiques", "военно-/политический"): the hyphen goes when the joined word
is a known word, stays when the next part starts with a capital or both parts are
known words on their own. Other lines are joined with one space; runs of spaces
("P.,  2013") become one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from biblio.text.words import is_known

SOFT_HYPHEN = "\u00ad"

BROKEN_WORD = re.compile(r"([^\W\d_]+)[-\u2010]$")
"""The last word of a line that ends with a hyphen right after a letter."""

HYPHENS = ("-", "\u2010")

LONGEST_WORD = 64
"""How far back a hyphenated word is looked for (keeps the search short)."""

FIRST_WORD = re.compile(r"[^\W\d_]+")
"""The first word of the next line."""

GLUED_DASH = re.compile(r"\S[-–—]$")
"""A line ending with a dash glued to what precedes it ("С. 169—", "Шнейдер—")."""

SPACES = re.compile(r"[ \t]+")
"""Runs of spaces and tabs (a no-break space is kept: it was put there on purpose)."""


def join_lines(lines: Iterable[str]) -> str:
    """The lines of one footnote as one line, hyphenation undone where it was a break."""
    text = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        text = _join(text, line) if text else line
    return SPACES.sub(" ", text).strip()


def _join(text: str, line: str) -> str:
    text = text.rstrip()
    if text.endswith(SOFT_HYPHEN):  # the typesetter's own mark of a broken word
        return text[:-1] + line
    broken = BROKEN_WORD.search(text, len(text) - LONGEST_WORD) if text.endswith(HYPHENS) else None
    following = FIRST_WORD.match(line)
    if broken and following:
        if _is_line_break_hyphen(broken.group(1), following.group()):
            return text[:-1] + line
        return text + line
    if GLUED_DASH.search(text):
        return text + line
    return f"{text} {line}"


def _is_line_break_hyphen(left: str, right: str) -> bool:
    """True when "left-" at a line end and "right" on the next line make one word."""
    if right[0].isupper():
        return False
    if is_known((left + right).lower()):
        return True
    return not (is_known(left.lower()) and is_known(right.lower()))
