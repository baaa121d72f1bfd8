"""How common each letter of the Russian alphabet is in running text, in per cent.

Source: the frequencies counted on the Russian National Corpus (Национальный корпус
русского языка), as tabulated in the Russian Wikipedia article «Частотность»
(section «Частотность букв русского языка»). Facts, not code: the table guides the
choice of a legacy Cyrillic encoding (biblio.encodings), where a wrong reading turns
common letters (о, е, а) into rare ones (ю, ц, ъ) and lower case into upper case.
"""

from __future__ import annotations

RUSSIAN_LETTERS: dict[str, float] = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47,
    "р": 4.73, "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81,
    "у": 2.62, "я": 2.01, "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59,
    "ч": 1.44, "й": 1.21, "х": 0.97, "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48,
    "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.04,
}
"""Lower-case letter → per cent of the letters of Russian text."""
