"""Stable, readable item ids: surname + year, Cyrillic transliterated.

"Мельтюхов" 2000 → meltyukhov2000; "du Réau" 1982 → dureau1982; an anonymous work
takes its first title word, and collisions get a, b, c, … The Wikipedia scheme of
iuliia is used because it gives ids a reader can type (no diacritics or primes).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass, field
from functools import lru_cache

import iuliia

from biblio.model import Item

_NOT_KEY_CHAR = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """Lowercase ASCII letters and digits only: "du Réau" → "dureau". Remembered: the
    same surnames and archives come back in note after note, and transliterating them
    is the costly part of an id. ASCII text (archival numbers, Latin surnames) has
    nothing to transliterate or decompose, so it is only lower-cased and filtered."""
    if text.isascii():
        return _NOT_KEY_CHAR.sub("", text.lower())
    latin = iuliia.WIKIPEDIA.translate(text.replace("ё", "е").replace("Ё", "Е"))
    ascii_text = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
    return _NOT_KEY_CHAR.sub("", ascii_text.lower())


def key_stem(item: Item) -> str:
    """The id before disambiguation: first creator's particle + family, or title."""
    for variable in ("author", "editor", "compiler", "translator", "container-author"):
        for name in item.names(variable)[:1]:
            person = " ".join(
                p for p in (name.non_dropping_particle, name.family or name.literal) if p
            )
            if slug(person):
                return slug(person) + str(item.year or "")
    title_words = _WORD.findall(str(item.get("title") or item.get("archive") or "item"))
    return (slug(title_words[0]) if title_words else "item") + str(item.year or "")


def suffixed(stem: str, index: int) -> str:
    """The `index`-th candidate key of `stem`: stem, stem + a, …, z, aa, ab, …"""
    if index == 0:
        return stem
    suffix, n = "", index - 1
    while n >= 0:
        suffix = chr(ord("a") + n % 26) + suffix
        n = n // 26 - 1
    return stem + suffix


@dataclass
class KeyMaker:
    """Keys unique among `taken`: a stem, or the stem + a, b, …, z, aa, … Keys are only
    ever added to `taken`, so each stem's scan goes on from its last key: n keys of one
    stem take n steps in all, not n² (a scan from "a" for each)."""

    taken: Container[str]
    _next: dict[str, int] = field(default_factory=dict)

    def new(self, stem: str) -> str:
        """The first free key of `stem`; the caller adds it to `taken`."""
        index = self._next.get(stem, 0)
        while (key := suffixed(stem, index)) in self.taken:  # "petrov" + "a": "petrova"'s
            index += 1
        self._next[stem] = index + 1
        return key
