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

CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:[’'][A-Za-z\u00c0-\u024f]+)?")


@lru_cache(maxsize=65536)
def _scores(word: str, candidates: tuple[str, ...]) -> tuple[float, ...]:
    return tuple(wordfreq.zipf_frequency(word, language) for language in candidates)


def detect_language(text: str) -> str | None:
    """"Les relations militaires" → "fr"; "Мир на краю бездны" → "ru"; None if no words."""
    cyrillic = CYRILLIC_WORD.findall(text)
    latin = LATIN_WORD.findall(text)
    if not cyrillic and not latin:
        return None
    candidates, words = (CYRILLIC_CANDIDATES, cyrillic) if len(cyrillic) >= len(latin) \
        else (LATIN_CANDIDATES, latin)
    totals = [0.0] * len(candidates)
    for word in words:
        for index, score in enumerate(_scores(word.lower(), candidates)):
            totals[index] += score
    best = max(range(len(candidates)), key=totals.__getitem__)
    return candidates[best] if totals[best] > 0 else candidates[0]
