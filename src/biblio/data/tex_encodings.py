"""Characters of TeX's font encodings that a PDF without a ToUnicode map hides.

pdfTeX's bitmap (PK, Type 3) fonts and many Type 1 fonts carry no ToUnicode map;
a PDF reader then gives each character code as the Latin-1 character with the same
value. For the Cyrillic letters of the T2A encoding the codes are those of cp1251
(А–я at 0xC0–0xFF), so the damage is the cp1251/Latin-1 damage biblio.text.repair
undoes. The typographic characters below are not: their codes are control
characters, or Latin-1 characters whose cp1251 reading is another letter.

Source: the LaTeX encoding definitions t1enc.def (T1, "Cork") and t2aenc.def (T2A,
the LaTeX cyrillic bundle): \\DeclareTextSymbol positions, and 127 as the hyphen
character of EC and LH fonts (\\hyphenchar of the T1/T2A fonts).
"""

from __future__ import annotations

TEX_TYPOGRAPHIC: dict[int, str] = {
    0x10: "“", 0x11: "”", 0x12: "„", 0x13: "«", 0x14: "»",  # T1 (T2A: 0x10, 0x11 only)
    0x15: "–", 0x16: "—",
    0x17: "",  # the compound-word mark: an invisible zero-width glyph
    0x1B: "ff", 0x1C: "fi", 0x1D: "fl", 0x1E: "ffi", 0x1F: "ffl",  # ligatures
    0x7F: "-",  # the hyphen TeX sets where it breaks a word at a line end
}
"""Codes below 0x20 (and 0x7F) shared by T1 and T2A: never text in any other
encoding, so they are read as TeX's wherever a font has no Unicode map."""

TEX_ONLY: dict[int, str] = {
    0x27: "’", 0x60: "‘",  # T1 and T2A: quoteright, quoteleft (ASCII ' and ` elsewhere)
    0x9C: "Ё", 0x9D: "№", 0xBC: "ё", 0xBD: "„", 0xBE: "«", 0xBF: "»",  # T2A
}
"""Codes that TeX's fonts read otherwise than ASCII or cp1251 (the T2A ones occur in
Russian text): read so only where the fonts use TEX_TYPOGRAPHIC codes."""
