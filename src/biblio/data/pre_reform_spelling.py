"""Russian spelling before the reform of 1918, as footnotes of pre-1918 books print it and
as modern notes keep it in the titles of pre-1918 works ("Тамъ же, стр. 45", "Исторія
Россіи", "Соловьевъ").

Source: the decree of the People's Commissariat of Education of 23 December 1917 (5
January 1918) and the decree of the Council of People's Commissars of 10 October 1918
"Об отмене старой орфографии": the letters ѣ, і, ѳ and ѵ are replaced by е, и, ф and и,
and the hard sign ъ is no longer written at the end of a word (it stays only as the
separating sign inside one). Nothing else of the old rules (the endings -аго, -яго,
-ыя, -ія) is a letter-for-letter change, so nothing else is folded here.
"""

from __future__ import annotations

import re

OLD_LETTERS: dict[str, str] = {
    "ѣ": "е", "Ѣ": "Е", "і": "и", "І": "И", "ѳ": "ф", "Ѳ": "Ф", "ѵ": "и", "Ѵ": "И",
}
"""The four letters the reform took out of the alphabet → the letters written since."""

_OLD_LETTER_TABLE = str.maketrans(OLD_LETTERS)
_FINAL_HARD_SIGN = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщБВГДЖЗКЛМНПРСТФХЦЧШЩ])[ъЪ]\b")
_WORD_BEFORE_HARD_SIGN = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщБВГДЖЗКЛМНПРСТФХЦЧШЩ])(?=\s|$)")

PRE_REFORM_MARK = re.compile(
    r"""
    [ѣѢᲇѳѲѵѴъЪᲆгГ]           # the letter every sign holds, scanned for first
    (?:(?<=[ѣѢᲇѳѲѵѴ])        # ѣ, ѳ, ѵ
    |(?<=[бвгджзклмнпрстфхцчшщБВГДЖЗКЛМНПРСТФХЦЧШЩᲀᲁᲃᲄᲅ][ъЪᲆ])\b  # ъ after a consonant
    |(?<=[^\W\d_]{4}[аяАЯ][гГ])[оОᲂ]\b)  # "-аго", "-яго"
    """,
    re.VERBOSE,
)
"""A sign that a Cyrillic text is Russian in the old spelling: a letter only the old
Russian alphabet had among the languages read here (ѣ, ѳ, ѵ), the hard sign closing a
word after a consonant, which Ukrainian and Belarusian never write ("Тамъ", "Соловьевъ"),
or the adjective's genitive in "-аго", "-яго", which the decree of 1918 also replaced
by "-ого", "-его" and Ukrainian never wrote ("Вліяніе церковнаго ученія"; four letters
before it at least, so that a short word as "благо" is no sign). The letter і alone is
no sign: Ukrainian and Belarusian write it today. Each sign is read from the letter it
must hold, the letters before it by lookbehinds, in both cases (with the rare variants
ᲀ ᲁ ᲃ ᲄ ᲅ ᲆ ᲇ ᲂ that case-insensitive matching gives в д с т ъ ѣ о), so that the regex
engine scans for that letter instead of trying every position (session 27: 92 against
1,022 µs for the Cyrillic texts of 500 GOST notes)."""


def modern_spelling(text: str) -> str:
    """"Соловьевъ" → "Соловьев", "Исторія Россіи" → "История России" (the reform's letter
    changes only; the old endings stay as printed: "Россійскаго" → "Российскаго")."""
    return _FINAL_HARD_SIGN.sub("", text.translate(_OLD_LETTER_TABLE))


def with_final_hard_sign(marker: str) -> str:
    """"Там же" → "Тамъ же", "Он же" → "Онъ же": the marker as the old spelling wrote it,
    every word that ends in a consonant closed by ъ (an abbreviation's period stays as it
    is: "Указ. соч." was spelled so before 1918 too)."""
    return _WORD_BEFORE_HARD_SIGN.sub("ъ", marker)


def pre_reform_forms(markers: tuple[str, ...]) -> tuple[str, ...]:
    """The old spelling of each Cyrillic marker that differs from its modern one."""
    return tuple(old for old in map(with_final_hard_sign, markers) if old not in markers)
