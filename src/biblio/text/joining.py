"""Join the lines of a wrapped footnote into one line of text.

A line that ends with a hyphen after a letter was broken either inside a word
("француз-/ского" → "французского") or at the hyphen of a real compound
("Franco-/Soviétiques", "военно-/политический"): the hyphen goes when the joined word
is a known word, stays when the next part starts with a capital or both parts are
known words on their own and the solid word is unknown or unusual ("anti-/fascist").
A URL broken across lines is joined without a space, every character kept. Other
lines are joined with one space; runs of spaces ("P.,  2013") become one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from biblio.text.words import hyphen_is_usual, is_known

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

URL_AT_END = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)
"""A URL that ends the line (maybe only its first part)."""

LONGEST_URL = 500

URL_BREAK_AFTER = tuple("/-‐._?=&#%~:+")
"""A URL that ends with one of these at a line end goes on in the next line."""

URL_CHARACTERS = re.compile(r"[/._=?&#%]")
"""A token with one of these inside ("persee.fr/doc") is the rest of a URL."""

SPACES = re.compile(r"[ \t]{2,}|\t")
"""Runs of spaces and tabs that are not one space already (a no-break space is kept:
it was put there on purpose); single spaces, most of a text's, are left alone."""


def join_lines(lines: Iterable[str]) -> str:
    """The lines of one footnote as one line, hyphenation undone where it was a break."""
    if isinstance(lines, list) and len(lines) == 1:  # most footnotes: no seam to read
        return _spaced_once(lines[0].strip())
    pieces: list[str] = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if pieces:
            previous = pieces[-1]
            separator, keep = _seam(previous, line)
            pieces[-1] = previous[:keep]
            pieces.append(separator)
        pieces.append(line)
    return _spaced_once("".join(pieces))


def _spaced_once(joined: str) -> str:
    """`joined` with runs of spaces and tabs as one space, and no space at its ends."""
    if "  " in joined or "\t" in joined:  # most footnotes have neither: no pass of SPACES
        joined = SPACES.sub(" ", joined)
    return joined.strip()


def _seam(previous: str, line: str) -> tuple[str, int]:
    """How `previous` joins `line`: the separator, and how much of `previous` stays
    (all of it, or all but a hyphen that only broke a word)."""
    if previous.endswith(SOFT_HYPHEN):  # the typesetter's own mark of a broken word
        return "", -1
    # a URL at the end lies in the line's last run without spaces: searched from there
    last_run = len(previous) - len(previous.rsplit(None, 1)[-1])
    url = URL_AT_END.search(previous, max(last_run, len(previous) - LONGEST_URL))
    if url and _continues_url(url.group(), line.split(None, 1)[0]):
        return "", len(previous)
    if previous.endswith(HYPHENS):
        broken = BROKEN_WORD.search(previous, max(0, len(previous) - LONGEST_WORD))
        following = FIRST_WORD.match(line)
        if broken and following:
            if _is_line_break_hyphen(broken.group(1), following.group()):
                return "", -1
            return "", len(previous)
    if GLUED_DASH.search(previous, max(0, len(previous) - 2)):
        return "", len(previous)
    return " ", len(previous)


def _continues_url(url: str, token: str) -> bool:
    """True when `token`, first on the next line, is the rest of `url`: the URL ends
    with a character after which it must go on, or the token looks like a path."""
    if token[0] in "([«—–" or (url.endswith(".") and token[0].isupper()):
        return False
    return url.endswith(URL_BREAK_AFTER) or URL_CHARACTERS.search(token.rstrip(".,;)")) is not None


def _is_line_break_hyphen(left: str, right: str) -> bool:
    """True when "left-" at a line end and "right" on the next line make one word."""
    if right[0].isupper():
        return False
    left, right = left.lower(), right.lower()
    both_words = is_known(left) and is_known(right)
    if is_known(left + right):
        return not (both_words and hyphen_is_usual(left, right))
    return not both_words
