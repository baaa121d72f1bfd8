"""Russian Cyrillic → Latin by the Library of Congress (ALA-LC) romanization.

Built on iuliia's ALA-LC schema (the letter table of the ALA-LC Russian
romanization table), with what iuliia leaves out or gets wrong for bibliographies:

- ё/Ё, which iuliia's ALA_LC passes through untouched, becomes ë/Ë (the table's
  value; plain profiles drop the diaeresis: e/E);
- a word in capitals is not run through iuliia (which writes "ЩУКИН" as
  "ShchUKIN"): in titles and archive names an initialism ("РГАСПИ", "ЦАМО",
  "ЦК КПСС") is romanized letter by letter with each letter's romanization
  capitalized ("RGASPI", "TsAMO", "TsK KPSS"), as English-language scholarship
  writes Soviet institutions, and a word set in capitals is romanized as a word
  ("ЮЖНЫЙ" → "Iuzhnyi", `is_word_in_capitals`); in names (`acronyms=False`) it
  is a word kept in capitals ("ШУБИН" → "SHUBIN");
- in the strict profile a capital opening a tied pair is written as LC writes it,
  both letters in capitals: "I͡Uriĭ", "T͡Svetaeva", "I͡A.";
- the letters abolished in 1918 (і, ѣ, ѳ, ѵ) and the hard sign at the end of a
  word (not romanized, by the table's note on pre-1918 orthography).

Profiles are the house practices built on the table:

- "ala-lc": plain, for most presses: no diacritics, no ligature ties; the soft
  sign is an apostrophe, the hard sign a double quote (iuliia's ALA_LC_ALT) —
  "Gor'kii", "Mir na kraiu bezdny";
- "ala-lc-strict": the table as published: diacritics (ĭ, ė, ë), ligature ties
  (t͡s, i͡u, i͡a), soft sign ʹ and hard sign ʺ (U+02B9, U+02BA) — "Gorʹkiĭ";
- "kritika": the practice of the journal Kritika: plain letters, soft sign "´"
  and hard sign "´´" — "Gor´kii".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import iuliia

from biblio.errors import UsageError


@dataclass(frozen=True)
class Practice:
    """How a house writes the table: with its diacritics or not, and the two signs."""

    diacritics: bool
    """ĭ, ė, ë and the ligature tie (U+0361) as in the table, or plain letters."""
    soft_sign: str
    hard_sign: str


PROFILES: dict[str, Practice] = {
    "ala-lc": Practice(diacritics=False, soft_sign="'", hard_sign='"'),
    "ala-lc-strict": Practice(diacritics=True, soft_sign="\u02b9", hard_sign="\u02ba"),
    "kritika": Practice(diacritics=False, soft_sign="\u00b4", hard_sign="\u00b4\u00b4"),
}

_TIE = "\u0361"
_TABLE_SOFT, _TABLE_HARD = "\u02b9", "\u02ba"  # what iuliia's ALA_LC writes for ь, ъ
_PLAIN_LETTERS = str.maketrans({"ĭ": "i", "Ĭ": "I", "ė": "e", "Ė": "E", "ë": "e", "Ë": "E",
                                "ī": "i", "Ī": "I", "ḟ": "f", "Ḟ": "F", "ẏ": "y", "Ẏ": "Y",
                                _TIE: None})

# ALA-LC Russian table: the letters iuliia's schema lacks (ё, and the pre-1918
# letters і, ѣ, ѳ, ѵ), written in their table form; plain profiles flatten them.
_EXTRA_LETTERS = {"ё": "ë", "Ё": "Ë", "і": "ī", "І": "Ī", "ѣ": "i͡e", "Ѣ": "I͡e",
                  "ѳ": "ḟ", "Ѳ": "Ḟ", "ѵ": "ẏ", "Ѵ": "Ẏ"}

_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
_FINAL_HARD_SIGN = re.compile(r"[ъЪ]$")
_TIED_CAPITAL = re.compile(r"([A-Z])\u0361([a-z])")
"""A capital opening a tied pair ("I͡uriĭ"): LC writes both letters in capitals, "I͡Uriĭ"."""

NEVER_INITIAL = frozenset("ЪЫЬЙ")
"""Letters no Russian word begins with (Й only in a few loanwords), so never a letter of
an initialism: a word in capitals holding one is a word ("ЮЖНЫЙ")."""
VOWELS = frozenset("АЕЁИОУЫЭЮЯ")
WORD_LENGTH, WORD_VOWEL_SHARE = 5, 0.4
"""A word in capitals of five letters or more whose vowels are more than two in five
is read as a word ("ИСТОРИЯ", 4 of 7); initialisms are mostly consonants, the initials
of words ("РГАСПИ" 2 of 6, "ЦГАОР" 2 of 5, "КПСС" none)."""


def has_cyrillic(text: str) -> bool:
    """True when `text` holds at least one Cyrillic letter."""
    return _CYRILLIC_WORD.search(text) is not None


def romanize(text: str, profile: str = "ala-lc", *, acronyms: bool = True) -> str:
    """`text` with every Russian Cyrillic word romanized; other characters kept.

    "Мир на краю бездны" → "Mir na kraiu bezdny" (ala-lc),
    "Mir na krai͡u bezdny" (ala-lc-strict). With `acronyms` (titles, archive
    names) a word in capitals is an acronym; without (personal names) it is a
    word set in capitals. Raises UsageError for an unknown profile.
    """
    practice_of(profile)  # an unknown profile is an error, whatever the text holds
    return _CYRILLIC_WORD.sub(
        lambda match: _romanize_word(match.group(), profile, acronyms), text
    )


def practice_of(profile: str) -> Practice:
    """The practice a profile names; UsageError, listing the profiles, otherwise."""
    try:
        return PROFILES[profile]
    except KeyError:
        raise UsageError(
            f"unknown transliteration profile {profile!r}; choose one of "
            f"{', '.join(PROFILES)}"
        ) from None


@lru_cache(maxsize=1 << 16)
def _romanize_word(word: str, profile: str, acronyms: bool) -> str:
    """One Cyrillic word romanized; remembered, as a text repeats its words (names,
    places, publishers) and iuliia's schema is slow. Remembered under the profile's name:
    the frozen `Practice` was hashed by a Python call at every word."""
    practice = PROFILES[profile]
    word = _FINAL_HARD_SIGN.sub("", word) if len(word) > 1 else word
    capitals = len(word) > 1 and word.isupper()
    if capitals and acronyms and not is_word_in_capitals(word):
        return _romanize_acronym(word)
    if capitals:
        word = word.lower()
    latin = iuliia.ALA_LC.translate("".join(_EXTRA_LETTERS.get(c, c) for c in word))
    if capitals and acronyms:  # a word set in capitals in a title: "ЮЖНЫЙ" → "Iuzhnyi"
        latin = latin[:1].upper() + latin[1:]
    if practice.diacritics:
        latin = _TIED_CAPITAL.sub(lambda m: m.group(1) + _TIE + m.group(2).upper(), latin)
    latin = _apply_practice(latin, practice)
    return latin.upper() if capitals and not acronyms else latin


def is_word_in_capitals(word: str) -> bool:
    """True when a word in capitals reads as a word, not an initialism (NEVER_INITIAL,
    WORD_VOWEL_SHARE)."""
    if NEVER_INITIAL & set(word):
        return True
    vowels = sum(letter in VOWELS for letter in word)
    return len(word) >= WORD_LENGTH and vowels / len(word) > WORD_VOWEL_SHARE


def _romanize_acronym(word: str) -> str:
    """"ЦАМО" → "TsAMO": letter by letter, without ties or diacritics."""
    letters = []
    for letter in word:
        latin = _apply_practice(
            iuliia.ALA_LC.translate(_EXTRA_LETTERS.get(letter, letter).lower()),
            PROFILES["ala-lc"],
        )
        letters.append(latin[:1].upper() + latin[1:])
    return "".join(letters)


def _apply_practice(latin: str, practice: Practice) -> str:
    if not practice.diacritics:
        latin = latin.translate(_PLAIN_LETTERS)
    return latin.replace(_TABLE_SOFT, practice.soft_sign).replace(
        _TABLE_HARD, practice.hard_sign
    )
