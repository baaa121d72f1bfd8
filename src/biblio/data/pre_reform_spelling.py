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
CONSONANTS = "бвгджзклмнпрстфхцчшщ"
_CONSONANT = CONSONANTS + CONSONANTS.upper() + "ᲀᲁᲃᲄᲅ"
"""A consonant in either case, and the variants of в, д, с, т that case folding matches."""
_FINAL_HARD_SIGN = re.compile(rf"(?<=[{CONSONANTS}{CONSONANTS.upper()}])[ъЪ]\b")

PRE_REFORM_MARK = re.compile(
    rf"""
    [ѣѢᲇѳѲѵѴъЪᲆгГ]           # the letter every sign holds, scanned for first
    (?:(?<=[ѣѢᲇѳѲѵѴ])        # ѣ, ѳ, ѵ
    |(?<=[{_CONSONANT}][ъЪᲆ])\b                 # ъ after a consonant
    |(?<=[^\W\d_]{{3}}[{_CONSONANT}][аА][гГ])[оОᲂ]\b  # "-аго" after a consonant
    |(?<=[^\W\d_]{{3}}[нН][яЯ][гГ])[оОᲂ]\b)           # "-яго" after "н"
    """,
    re.VERBOSE,
)
"""A sign that a Cyrillic text is Russian in the old spelling: a letter only the old
Russian alphabet had among the languages read here (ѣ, ѳ, ѵ), the hard sign closing a
word after a consonant, which Ukrainian and Belarusian never write ("Тамъ", "Соловьевъ"),
or the adjective's genitive in "-аго", "-яго", which the decree of 1918 also replaced
by "-ого", "-его" and Ukrainian never wrote ("Вліяніе церковнаго ученія", "древняго"): "-аго"
after a consonant, "-яго" after "н", four letters before the ending at least, so that a
short word ("благо") or a loanword ("Сантьяго", Bulgarian "Сантяго") is no sign. The
letter і alone is no sign: Ukrainian and Belarusian write it today. Each sign is read from
the letter it must hold, the letters before it by lookbehinds, in both cases (with the
rare variants ᲀ ᲁ ᲃ ᲄ ᲅ ᲆ ᲇ ᲂ that case-insensitive matching gives в д с т ъ ѣ о), so
that the regex engine scans for that letter instead of trying every position (session 27:
92 against 1,022 µs for the Cyrillic texts of 500 GOST notes)."""


def modern_spelling(text: str) -> str:
    """"Соловьевъ" → "Соловьев", "Исторія Россіи" → "История России" (the reform's letter
    changes only; the old endings stay as printed: "Россійскаго" → "Российскаго")."""
    return _FINAL_HARD_SIGN.sub("", text.translate(_OLD_LETTER_TABLE))
