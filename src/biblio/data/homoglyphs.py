"""Cyrillic and Latin letters that print alike, so that one is typed for the other.

Source: Unicode Technical Standard #39 (Unicode Security Mechanisms), the
"confusables" data, restricted to the letters of the Russian and Latin alphabets
whose glyphs coincide in ordinary book fonts. Text layers of PDFs mix them, e.g. a
Cyrillic "М" in "Мonde" or a Cyrillic "Р" in "Ibid. Р. 135".

Only glyph look-alikes are listed here. The cp1251/Latin-1 damage ("á" for "б") is
not a table: it is derived from the two codecs in biblio.text.glyphs.
"""

from __future__ import annotations

CYRILLIC_TO_LATIN: dict[str, str] = {
    # capitals (UTS #39 confusables: same glyph in Cyrillic and Latin)
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    # small letters
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
    "і": "i", "ј": "j", "ѕ": "s",
}
"""A Cyrillic letter → the Latin letter drawn with the same glyph."""

LATIN_TO_CYRILLIC: dict[str, str] = {latin: cyrillic for cyrillic, latin in CYRILLIC_TO_LATIN.items()}
"""The reverse: a Latin letter → the Cyrillic letter drawn with the same glyph."""

DIGIT_LOOKALIKES: dict[str, str] = {
    "З": "3", "з": "3", "О": "0", "о": "0", "O": "0", "o": "0", "б": "6", "l": "1",
}
"""Letters that the OCR of printed Russian books reads for digits, in the text layers
of reading pages (the notes of the development set, tests/data/dev: "с. З80" for
"с. 380"): the glyphs coincide or nearly in ordinary book fonts, as in the digit/letter
pairs of UTS #39's confusables (З/3, О/0, б/6, l/1). Read as digits only inside a number
that also has a real digit."""

YEAR_FIRST_LOOKALIKES: dict[str, str] = {"I": "1"}
"""The Latin capital I printed for the 1 that opens a year ("Paris, I984", "М., I960"): a
Roman numeral never stands before Arabic digits (biblio.parse.partial.YEAR_POSITION)."""

NUMBER_LOOKALIKES: dict[str, str] = {"И": "11", "З": "3", "б": "6"}
"""Letters OCR reads for a whole number standing alone where only a number can stand
("№ И" for "№ 11": the two strokes of "11" joined by a speck; "с. З" for "с. 3").
Letters that are also Roman numerals (I, V, X) are not here: "Т. I" is a volume."""

TYPED_LATIN_TO_CYRILLIC: dict[str, str] = {**LATIN_TO_CYRILLIC, "n": "п"}
"""LATIN_TO_CYRILLIC with the small letters that typists and OCR take for Cyrillic
ones though UTS #39 does not pair them: "n" for "п" (upright "п" and "n" differ only by
the serif; "On. 1" for "Оп. 1" in the archival notes of the development set). Used only
for a whole word of such letters amid Cyrillic words (biblio.text.repair.repair_reference)."""
