"""How common a word is, per script: the evidence that chooses between repairs.

wordfreq's counts (biblio.word_frequencies) answer for one language at a time; a
repair needs "is this a real word of the text's language". Cyrillic candidates are looked up in Russian and Ukrainian,
Latin ones in the language of the neighbouring words (English, French or German),
so that a stray "а" in a French sentence becomes "à", not "a". Lookups are cached
per word, which keeps repair linear in the size of the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from biblio.word_frequencies import frequency, zipf, zipfs

CYRILLIC_LANGUAGES: tuple[str, ...] = ("ru", "uk")
LATIN_LANGUAGES: tuple[str, ...] = ("en", "fr", "de")
ALL_LANGUAGES: tuple[str, ...] = CYRILLIC_LANGUAGES + LATIN_LANGUAGES


def best_frequency(word: str, languages: Iterable[str]) -> float:
    """The highest frequency of `word` over `languages`."""
    return max((frequency(word, language) for language in languages), default=0.0)


def likeliest_latin_language(words: Iterable[str]) -> str:
    """The Latin-script language in which `words` are, on the whole, most common."""
    totals = [0.0] * len(LATIN_LANGUAGES)
    for word in words:
        totals = [total + value for total, value in zip(totals, _latin_zipfs(word))]
    scores = dict(zip(LATIN_LANGUAGES, totals))
    return max(LATIN_LANGUAGES, key=scores.__getitem__)


@lru_cache(maxsize=1 << 16)
def _latin_zipfs(word: str) -> tuple[float, ...]:
    """The Zipf value of `word` in each of LATIN_LANGUAGES: the words around a repair
    repeat from sentence to sentence, and each asks for all three."""
    return zipfs(word, LATIN_LANGUAGES)


def is_known(word: str, languages: Iterable[str] = ALL_LANGUAGES) -> bool:
    return best_frequency(word, languages) > 0.0


RARER_SOLID: dict[str, float] = {"en": 1.5, "fr": 1.5, "ru": 2.0, "uk": 2.0}
"""Per language, how much rarer (on the Zipf scale) the solid spelling of a compound is
than either of its parts when the hyphenated spelling is the usual one. Measured on
wordfreq: "antifascist" 2.1 against "fascist" 3.8, "newspaper" 4.6 against "paper"
5.1; "чтото" 3.3 against "то" 6.6, "северозападный" 1.3 against "западный" 4.3,
"предвоенный" 2.3 against "пред" 4.0. German writes its compounds solid
("Volkskommissar"): a hyphen at a line end before a small letter is a break there."""


def hyphen_is_usual(left: str, right: str) -> bool:
    """True when "left-right" is a compound spelled with its hyphen ("anti-fascist",
    "porte-parole", "из-за", "северо-западный"): in the language where its solid
    spelling is commonest, that spelling is much rarer than either part alone."""
    solid = left + right
    language = max(ALL_LANGUAGES, key=lambda language: zipf(solid, language))
    margin = RARER_SOLID.get(language)
    return margin is not None and (
        zipf(solid, language) + margin < min(zipf(left, language), zipf(right, language))
    )
