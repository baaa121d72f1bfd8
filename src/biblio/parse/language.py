"""The language of an item, from its own words: script first, then word frequencies.

The script narrows the candidates (Cyrillic: Russian, Ukrainian, Bulgarian, and
Belarusian by its alphabet alone; Latin:
the languages of GOST 7.11-2004's European word list); wordfreq then scores each
candidate by how common the item's words are in it (the sum of Zipf frequencies,
biblio.word_frequencies).
No word list is written by hand.
"""

from __future__ import annotations

import re
from functools import lru_cache

from biblio.data.pre_reform_spelling import PRE_REFORM_MARK
from biblio.word_frequencies import zipfs

CYRILLIC_CANDIDATES: tuple[str, ...] = ("ru", "uk", "bg")
LATIN_CANDIDATES: tuple[str, ...] = ("en", "fr", "de", "it", "es", "pl", "nl", "pt", "cs")
"""The first of each script wins unless another is clearly likelier: Russian is the
language of most Cyrillic references GOST is used for, English of Latin ones."""

MARGIN = {CYRILLIC_CANDIDATES: 1.5, LATIN_CANDIDATES: 0.5}
"""How much likelier, in Zipf units per word, another language must be than the first
candidate. Words shared by Russian and Bulgarian score higher in Bulgarian's smaller
corpus ("Европа" 5.6 against 4.5), so a Cyrillic title needs a wide margin; French,
German and English share fewer words."""

CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff]*")
LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f]*(?:[’'][A-Za-z\u00c0-\u024f]+)?")
"""The words of each script, each pattern opened by one letter (not a repeat of them),
which the engine scans for: a pattern that opens with a repeat is tried at every position
(`findall` over a Cyrillic title's 60 characters for a Latin word)."""


RUSSIAN_ONLY_LETTER = re.compile("[ыэёЫЭЁ]")
UKRAINIAN_ONLY_LETTER = re.compile("[іїєґІЇЄҐ]")
"""Letters of one Cyrillic alphabet and not of the others among the candidates (looked
for by the regex engine's scan, which hashes no character)."""


BELARUSIAN_ONLY_LETTER = re.compile("[ўЎ]")
I_LETTER = re.compile("[іІ]")
YERY_LETTER = re.compile("[ыЫ]")
"""Belarusian's alphabet: "ў", which no other has, or "і" beside "ы", which Ukrainian
(і without ы) and Russian (ы without і) never write together ("Каратынскі В. Творы. 2
выд.", "Пуцявіны роднага слова")."""


def _cyrillic_candidates(text: str) -> tuple[str, ...]:
    """The alphabet rules some languages out: "ы" is not Ukrainian or Bulgarian, "і"
    beside "ы" is Belarusian; "ѣ" or a word closed by "ъ" is Russian in the spelling
    before 1918, whose "і" is not Ukrainian ("Исторія Россіи", "Чтенія въ Императорскомъ
    Обществѣ"; Bulgarian wrote them too until 1945, rarer in the notes read here)."""
    if PRE_REFORM_MARK.search(text):
        return ("ru",)
    if BELARUSIAN_ONLY_LETTER.search(text) or I_LETTER.search(text) and \
            YERY_LETTER.search(text):
        return ("be",)
    if UKRAINIAN_ONLY_LETTER.search(text):
        return ("uk",)
    if RUSSIAN_ONLY_LETTER.search(text):
        return ("ru",)
    return CYRILLIC_CANDIDATES


@lru_cache(maxsize=65536)
def _cyrillic_scores(word: str) -> tuple[float, ...]:
    """The Zipf frequency of `word`, in lower case, in each Cyrillic candidate. One
    function per script: only the scripts' full lists are ever scored (one candidate
    left needs no scores), and a word alone is a cheaper key than a word and a list."""
    return zipfs(word.lower(), CYRILLIC_CANDIDATES)


@lru_cache(maxsize=65536)
def _latin_scores(word: str) -> tuple[float, ...]:
    """The Zipf frequency of `word`, in lower case, in each Latin candidate."""
    return zipfs(word.lower(), LATIN_CANDIDATES)


@lru_cache(maxsize=4096)
def detect_language(text: str) -> str | None:
    """"Les relations militaires" → "fr"; "Мир на краю бездны" → "ru"; None if no words.
    Remembered (a bounded cache): a document's works share titles, hosts, publishers
    and authors, and the answer depends on the text alone."""
    cyrillic = [] if text.isascii() else CYRILLIC_WORD.findall(text)
    latin = LATIN_WORD.findall(text)
    if not cyrillic and not latin:
        return None
    if len(cyrillic) >= len(latin):
        candidates = _cyrillic_candidates(text)
        if len(candidates) == 1:
            return candidates[0]  # the alphabet decided: no word needs scoring
        words, score, margin = cyrillic, _cyrillic_scores, MARGIN[CYRILLIC_CANDIDATES]
    else:
        candidates, words, score = LATIN_CANDIDATES, latin, _latin_scores
        margin = MARGIN[LATIN_CANDIDATES]
    totals = list(map(sum, zip(*map(score, words))))  # per language, summed in C
    best = totals.index(max(totals))  # the first of the likeliest
    if totals[best] - totals[0] < margin * len(words):
        return candidates[0]  # too close to call: the first candidate of the script
    return candidates[best]
