"""Cutting a description into its areas.

GOST 7.1-2003 (clause 4.6) separates areas with ". — "; the footnote form of
GOST R 7.0.5-2008 (clause 6) may replace it with ". ". A period followed by a space
also ends abbreviations ("Т. 1", "Dir. de", "J.-B. Duroselle"), so a soft
boundary is taken only where the word before the period is not an abbreviation
or an initial, and the next word does not start in lower case. An ellipsis ends an
area too ("Des hommes d’influences… P. 118"), and stays with the area before it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from biblio.data.reference_terms import (
    ISSUE_TERMS,
    KEEP_PERIOD_ABBREVIATIONS,
    LOCATOR_LABELS,
    NO_SPLIT_ABBREVIATIONS,
    PART_TERMS,
    SINGLE_LETTER_TERMS,
    VOLUME_TERMS,
)


class Area(NamedTuple):
    """An area as a span of the description, so that no character is rewritten."""

    start: int
    end: int
    text: str


BOUNDARY = re.compile(r"\.\s+(?:—\s+)?|…\s+|\.\.\.\s+")
"""A candidate end of area: ". — ", ". ", "… "."""

_WORD_BREAKS = frozenset(
    [chr(code) for code in range(0x3001) if chr(code).isspace()] + list("([«\"“"))
"""Every space (U+3000 is the last) and an opening sign. Any space that BOUNDARY's \\s
takes ends a word too, so the words before two boundaries never overlap: "Ab." and an
em space, repeated, is split in linear time."""


def _word_before(text: str, period: int) -> str:
    """The word that the period at `period` closes ("Vol" in "Vol. 3")."""
    start = period
    while start > 0 and text[start - 1] not in _WORD_BREAKS:
        start -= 1
    return text[start:period]


NUMBERING_WORDS: frozenset[str] = frozenset(
    term.rstrip(".") for term in (*LOCATOR_LABELS, *VOLUME_TERMS, *ISSUE_TERMS, *PART_TERMS)
)


def _is_ordinal(text: str, period: int, word: str) -> bool:
    """"2. Aufl.", "Der 1. Weltkrieg": a short number that no term ("№ 15.") counts."""
    if not (word.isdigit() and len(word) <= 2):
        return False
    end = period - len(word)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return _word_before(text, end).rstrip(".") not in NUMBERING_WORDS


def _joins_initial(text: str, word: str, following: int) -> bool:
    """"Frankfurt a. M.": a lone lower-case letter, not a GOST term ("в 2 т. М."), before
    a capital initial."""
    return len(word) == 1 and word.islower() and word not in SINGLE_LETTER_TERMS and \
        text[following + 1: following + 2] == "."


def _is_abbreviation(word: str) -> bool:
    if not word:
        return True
    if len(word) == 1 and word.isalpha():
        return word.isupper()  # an initial or a term: "М.", "Т. 1", "P. 72"
    if "." in word and word[-1].isalpha():
        return True  # chained initials or an abbreviation: "J.-B", "N.Y", "А.В"
    return word in NO_SPLIT_ABBREVIATIONS


def split_areas(text: str) -> list[Area]:
    """The areas of `text` with their spans; the closing period is not part of one."""
    areas: list[Area] = []
    start = 0
    for boundary in BOUNDARY.finditer(text):
        sign, end, after = boundary.group(), boundary.start(), boundary.end()
        hard = "—" in sign
        following = text[after: after + 1]
        if not hard and (not following or following.islower()):
            continue
        ellipsis = sign[0] == "…" or sign.startswith("...")
        word = _word_before(text, end)
        if not (hard or ellipsis) and (_is_abbreviation(word)
                                       or _is_ordinal(text, end, word)
                                       or word in SINGLE_LETTER_TERMS and following.isdigit()
                                       or _joins_initial(text, word, after)):
            continue  # "с. 5" goes on; "в 2 т. М., 1990" ends at "т."
        if ellipsis:
            end += len(sign.rstrip())
        elif word.lower() in KEEP_PERIOD_ABBREVIATIONS:
            end += 1
        if end > start:
            areas.append(Area(start, end, text[start:end]))
        start = after
    end = len(text.rstrip())
    if text.endswith(".", 0, end) and not text.endswith("...", 0, end):
        if _word_before(text, end - 1).lower() not in KEEP_PERIOD_ABBREVIATIONS:
            end -= 1
    if end > start:
        areas.append(Area(start, end, text[start:end]))
    return areas
