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

INPUTENC_CODECS: dict[str, str] = {
    "utf8": "utf-8", "ascii": "ascii",
    "cp1251": "cp1251", "koi8-r": "koi8_r", "koi8-u": "koi8_u", "cp866": "cp866",
    "cp855": "cp855", "iso88595": "iso8859_5", "maccyr": "mac_cyrillic",
    "pt154": "ptcp154",
    "latin1": "latin_1", "latin2": "iso8859_2", "latin3": "iso8859_3",
    "latin4": "iso8859_4", "latin5": "iso8859_9", "latin9": "iso8859_15",
    "latin10": "iso8859_16", "cp1250": "cp1250", "cp1252": "cp1252",
    "ansinew": "cp1252", "cp1257": "cp1257", "cp437": "cp437", "cp850": "cp850",
    "cp852": "cp852", "cp858": "cp858", "cp865": "cp865", "applemac": "mac_roman",
}
"""Options of LaTeX's inputenc package (`\\usepackage[cp1251]{inputenc}`) → the Python
codec of the same code page. Source: the encoding files inputenc loads, named after
its options: utf8.def, latin1.def, … ansinew.def (windows-1252) in the LaTeX base
distribution; cp1251.def, koi8-r.def, koi8-u.def, cp866.def, cp855.def,
iso88595.def, maccyr.def, pt154.def in the LaTeX cyrillic bundle. Options whose code
page Python lacks (cp866av, mik, …) are left out: such a file is guessed instead."""
