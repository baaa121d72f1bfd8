"""Which script a character belongs to, and the cp1251/Latin-1 confusion between them.

A font that maps Cyrillic letters to the Latin-1 character with the same byte value
in cp1251 turns "было" into "áûëî"; the reverse mapping turns French "à" into "а".
Both directions are derived here from Python's codecs, for every byte whose cp1251
character is a Cyrillic letter, so that no letter of the range is forgotten.
"""

from __future__ import annotations

import unicodedata


def _derive_cp1251_pairs() -> dict[str, str]:
    """Latin-1 character → Cyrillic letter with the same byte value in cp1251."""
    pairs: dict[str, str] = {}
    for byte in range(0x80, 0x100):
        raw = bytes([byte])
        try:
            cyrillic = raw.decode("cp1251")
        except UnicodeDecodeError:  # 0x98 is unassigned in cp1251
            continue
        if cyrillic.isalpha() and unicodedata.name(cyrillic, "").startswith("CYRILLIC"):
            pairs[raw.decode("latin-1")] = cyrillic
    return pairs


LATIN1_TO_CYRILLIC: dict[str, str] = _derive_cp1251_pairs()
"""A Latin-1 character standing for a Cyrillic letter: "á" → "б", "×" → "Ч", "¸" → "ё"."""

CYRILLIC_TO_LATIN1: dict[str, str] = {
    cyrillic: latin1 for latin1, cyrillic in LATIN1_TO_CYRILLIC.items() if latin1.isalpha()
}
"""A Cyrillic letter standing for a Latin-1 letter: "а" → "à", "п" → "ï", "й" → "é".

Only pairs whose Latin-1 side is a letter: a Latin word is repaired to letters."""

DAMAGE_CHARACTERS: frozenset[str] = frozenset(LATIN1_TO_CYRILLIC)
"""Characters that may stand for a Cyrillic letter, letters or not ("á", "×", "²")."""

SYMBOL_DAMAGE: frozenset[str] = frozenset(ch for ch in LATIN1_TO_CYRILLIC if not ch.isalpha())
"""Damage characters that are not letters: a word may contain them only by damage."""


def is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u052f"


def is_latin_letter(char: str) -> bool:
    """A Latin letter that cp1251 damage cannot produce (ASCII, Latin Extended)."""
    if char.isascii():
        return char.isalpha()
    return char.isalpha() and char not in DAMAGE_CHARACTERS and (
        "\u0100" <= char <= "\u024f" or "\u1e00" <= char <= "\u1eff"
    )
