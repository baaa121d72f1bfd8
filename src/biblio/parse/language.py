"""The language of an item, from its own words: script first, then word frequencies.

The script narrows the candidates (Cyrillic: Russian, Ukrainian, Bulgarian; Latin:
the languages of GOST 7.11-2004's European word list); wordfreq then scores each
candidate by how common the item's words are in it (the sum of Zipf frequencies).
No word list is written by hand.
"""

from __future__ import annotations

import re
from functools import lru_cache

import wordfreq

CYRILLIC_CANDIDATES: tuple[str, ...] = ("ru", "uk", "bg")
LATIN_CANDIDATES: tuple[str, ...] = ("en", "fr", "de", "it", "es", "pl", "nl", "pt", "cs")

_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")


@lru_cache(maxsize=65536)
def _scores(word: str, candidates: tuple[str, ...]) -> tuple[float, ...]:
    return tuple(wordfreq.zipf_frequency(word, language) for language in candidates)


def _is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u04ff"


def detect_language(text: str) -> str | None:
    """"Les relations militaires" → "fr"; "Мир на краю бездны" → "ru"; None if no words."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return None
    cyrillic = sum(1 for w in words if _is_cyrillic(w))
    candidates = CYRILLIC_CANDIDATES if cyrillic * 2 >= len(words) else LATIN_CANDIDATES
    words = [w for w in words if _is_cyrillic(w) == (candidates is CYRILLIC_CANDIDATES)]
    totals = [0.0] * len(candidates)
    for word in words:
        for index, score in enumerate(_scores(word, candidates)):
            totals[index] += score
    best = max(range(len(candidates)), key=totals.__getitem__)
    return candidates[best] if totals[best] > 0 else candidates[0]
