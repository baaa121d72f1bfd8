"""Sorting by locale: ё with е, accents after the bare letter, scripts in a chosen order.

Sorting by code point puts Latin before Cyrillic, "ё" after "я", "é" after "z"; the
GOST bibliography (Cyrillic before Latin) is sorted here instead. The primary key
folds case, treats ё as е (Russian alphabetical order, where ё is a variant of е),
strips Latin diacritics (é → e, ß → ss), ignores punctuation and compares numbers
by value ("ф. 17" before "ф. 558"); ties are broken by the exact text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

SCRIPT_CYRILLIC, SCRIPT_LATIN, SCRIPT_OTHER = "Cyrl", "Latn", "Zyyy"
CYRILLIC_FIRST: tuple[str, ...] = (SCRIPT_CYRILLIC, SCRIPT_LATIN)
LATIN_FIRST: tuple[str, ...] = (SCRIPT_LATIN, SCRIPT_CYRILLIC)

LATIN_LIGATURES = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "þ": "th"}
CYRILLIC_FOLDS = {"ё": "е"}
NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")
"""What the primary key ignores (spaces, punctuation): it only parts words and numbers.
The rest are runs of letters or of decimal digits (any script's, never "¹" or "①");
superscript and circled digits count as letters, as str.isdigit would not tell them apart."""
DIGITS = re.compile(r"\d+")
PARTS = re.compile("\x00+")
NOT_FOLDED = re.compile(r"[^\x00-\x7f\u0430-\u044f]+")
"""Runs of characters that `fold` may change: beyond ASCII and the lower-case Cyrillic
а-я (ё, the one letter folded there, is outside that block)."""


def script(text: str) -> str:
    """The script of the first letter of `text`."""
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            if name.startswith("CYRILLIC"):
                return SCRIPT_CYRILLIC
            if name.startswith("LATIN"):
                return SCRIPT_LATIN
            return SCRIPT_OTHER
    return SCRIPT_OTHER


def fold(text: str) -> str:
    """Lower case, ё → е, Latin letters without diacritics; Cyrillic й kept (a letter
    of its own in Russian)."""
    return NOT_FOLDED.sub(_fold_run, text.casefold())


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_FOLDED)


class CharacterMap(dict[int, str]):
    """A str.translate table computed by `function` one character at a time, as text
    meets it: each character's Unicode properties are looked up once, not at each
    occurrence."""

    def __init__(self, function: Callable[[str], str]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, code: int) -> str:
        value = self[code] = self.function(chr(code))
        return value


def _fold_char(char: str) -> str:
    if char in CYRILLIC_FOLDS:
        return CYRILLIC_FOLDS[char]
    if char in LATIN_LIGATURES:
        return LATIN_LIGATURES[char]
    if "LATIN" in unicodedata.name(char, ""):
        return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return char


_FOLDED = CharacterMap(_fold_char)


def collation_key(text: str, scripts: Sequence[str] = CYRILLIC_FIRST) -> tuple:
    """A key sorting `text` by script (in `scripts` order), then alphabetically."""
    first = script(text)
    rank = scripts.index(first) if first in scripts else len(scripts)
    return (rank, primary_key(fold(text)), text.casefold(), text)


def primary_key(folded: str) -> str:
    """The words and numbers of `folded` as one string that compares, in C, as the list of
    its parts would one by one: NUL ends a part (below any character, so "ab c" sorts before
    "abc", as the part "ab" before "abc"), a number is SOH, its count of significant digits
    and those digits (below any word, and by value: "05" < "17" < "558"), a word is itself.
    Built by regex substitutions, not a Python step a part; comparing it is one C call. The
    numbers are replaced without a search for one first (most entries hold a year or a page:
    the search read the text once more for nothing)."""
    key, numbers = DIGITS.subn(_number_part, NOT_LETTER_OR_DIGIT.sub("\x00", folded))
    if numbers:
        key = PARTS.sub("\x00", key)
    return key.strip("\x00")


def _number_part(match: re.Match[str]) -> str:
    """A number compared by value without int(), which refuses more than 4,300 digits:
    its count of significant digits (two characters, never NUL), then the digits."""
    digits = match.group()
    if not digits.isascii():
        digits = "".join(str(unicodedata.decimal(d)) for d in digits)
    significant = digits.lstrip("0")
    count = len(significant)
    return f"\x00\x01{chr(1 + (count >> 16))}{chr(1 + (count & 0xFFFF))}{significant}\x00"
