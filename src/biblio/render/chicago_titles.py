"""Titles as a Chicago note prints them: subtitle after a colon, en dash in number
ranges, short titles of at most four words.

- CMOS 17 8.165 (and 14.89): a colon separates a title from its subtitle, whatever
  the source printed ("The Triumph of the Dark. European International History"
  → "The Triumph of the Dark: European International History").
- CMOS 17 6.78: an en dash joins the two numbers of a range, in titles too
  ("1933—1939" → "1933–1939"); titles keep both numbers whole.
- CMOS 17 14.33: a shortened note gives a short title of no more than four words,
  the key words of the main title, without its subtitle; an initial "A" or "The"
  is dropped. An item's own `title-short` always wins.
"""

from __future__ import annotations

import re

from biblio.data.function_words import ELIDED, FUNCTION_WORDS
from biblio.data.title_case import STOP_WORDS
from biblio.data.title_words import DROPPED_IN_SHORT_TITLES
from biblio.translit import romanize

SHORT_TITLE_WORDS = 4
"""CMOS 14.33: a short title of more than four words is rarely needed."""

NOT_KEY_WORDS = STOP_WORDS | frozenset().union(*FUNCTION_WORDS.values()) | frozenset(
    romanize(word) for word in FUNCTION_WORDS["ru"])
"""Articles, prepositions and conjunctions of every language in the table, Russian ones
also as romanized (Chicago titles of Russian works are romanized): a short title
neither begins nor ends on one of them."""

TITLE_VARIABLES = ("title", "container-title", "volume-title", "collection-title")
"""Titles whose subtitle takes a colon and whose number ranges take an en dash."""

_SUBTITLE = re.compile(r"""
    [:.] (?:(?<=\w{3}[:.])|(?<=\d[:.]))         # after a word of three letters or a number
    (?: (?<=:)\s                                # ": "
      | (?<=\.)\s(?=[A-ZÀ-ÞА-ЯЁ])(?!\w{1,4}\.)  # ". " before a capital, no abbreviation
    )""", re.VERBOSE)
"""Between a title and its subtitle: a colon, or a period closing a word of three
letters or more or a number ("années 20. Actes") before a capital that does not
open an abbreviation ("St. Petersburg", "Istoriia SSSR. Vol. 2" are not subtitles).
The mark comes first and the lookbehinds after it, so that the search jumps from one
colon or period to the next (fifteen times faster than trying a lookbehind at every
character)."""
_TRAILING_DATES = re.compile(
    r"""
    (?: ,\s* | \s+\( )                                  # ", 1933—1939" or " (1924—1935)"
    \d{3,4} (?: \s?[-‐‑–—]\s? \d{2,4} )? \)?             # a year or a range of years
    \s*$
    """,
    re.VERBOSE,
)
"""Dates closing a main title: a subtitle in all but punctuation (CMOS 14.33 examples
leave them out of short titles)."""
_NUMBER_RANGE = re.compile(r"(?<=\d)(?:[-‐‑—]| — )(?=\d)")
"""A hyphen or an em dash between two numbers: a range."""


def with_colon_subtitle(title: str) -> str:
    """"Title. Subtitle" → "Title: Subtitle" (CMOS 8.165); only the first separator,
    a second subtitle keeps its punctuation."""
    if ":" not in title and "." not in title:
        return title  # no mark to look for: two scans in C, not the regex's at each character
    separator = _SUBTITLE.search(title)
    if separator is None or separator.group().startswith(":"):
        return title
    return f"{title[:separator.start()]}: {title[separator.end():]}"


def with_en_dash_ranges(text: str) -> str:
    """"1933—1939", "1937-1938" → "1933–1939", "1937–1938" (CMOS 6.78)."""
    if "-" not in text and "‐" not in text and "‑" not in text and "—" not in text:
        return text  # most titles: no regex to run (four scans, no generator)
    return _NUMBER_RANGE.sub("–", text)


def main_title(title: str) -> str:
    """The title without its subtitle, nor the dates that close it."""
    main = _SUBTITLE.split(title, maxsplit=1)[0]
    return _TRAILING_DATES.sub("", main).strip() or main


def short_title(title: str) -> str:
    """The key words of the main title, at most four (CMOS 14.33).

    An initial English article is dropped. A longer main title is cut to its
    longest run of at most four words that neither starts nor ends on a function
    word and is bounded by function words or the title's ends ("A Soviet Eye on
    France from the Rue de Grenelle" → "Soviet Eye on France"; "Stalin and the
    Inevitable War" → "Inevitable War"); without one, the first four words.
    """
    words = main_title(title).split()
    shortened = " ".join(words) != title
    if len(words) > 1 and words[0].lower() in DROPPED_IN_SHORT_TITLES and (
            shortened or len(words) > SHORT_TITLE_WORDS):
        words = words[1:]
    if len(words) <= SHORT_TITLE_WORDS:
        return " ".join(words)
    run = _key_words(words)
    chosen = words[run[0]:run[1]] if run else words[:SHORT_TITLE_WORDS]
    text = " ".join(chosen)
    return text[:1].upper() + text[1:]


def _key_words(words: list[str]) -> tuple[int, int] | None:
    """The (start, end) of the longest run of key words, the earliest of equals. Each word
    is told function word or not once: the runs tried look at each word up to six times."""
    function = [bare in NOT_KEY_WORDS or ELIDED.match(bare) is not None
                for bare in map(_bare, words)]
    best: tuple[int, int] | None = None
    for start in range(len(words)):
        if start > 0 and (function[start] or not function[start - 1]):
            continue
        for end in range(min(len(words), start + SHORT_TITLE_WORDS), start, -1):
            if function[end - 1] or (end < len(words) and not function[end]):
                continue
            if best is None or end - start > best[1] - best[0]:
                best = (start, end)
            break
    return best


def _bare(word: str) -> str:
    """A word as the function-word table holds it: lower case, no punctuation."""
    return word.lower().strip(",.;:!?«»“”\"()[]")
