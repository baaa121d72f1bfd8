"""LaTeX text-mode accents and symbols, for decoding BibTeX files written in ASCII.

Source: the LaTeX2e font encoding commands (Lamport, "LaTeX: A Document Preparation
System", 2nd ed., table 3.1 "Accents" and 3.2 "Foreign symbols"; the textcomp names
of `\\textbackslash` and friends from the LaTeX2e `fntguide`). biblio writes UTF-8 and
escapes only the characters LaTeX treats specially; these tables let it read files
from tools that write `{\\'e}` or `\\ss{}` instead.
"""

from __future__ import annotations

ACCENTS: dict[str, str] = {
    # accent command → Unicode combining character (Lamport, table 3.1)
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    '"': "\u0308",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "r": "\u030a",
    "d": "\u0323",
    "b": "\u0331",
}

SYMBOLS: dict[str, str] = {
    # control word → character (Lamport, table 3.2; textcomp; babel's OT2/T2A names)
    "ss": "ß",
    "o": "ø",
    "O": "Ø",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "aa": "å",
    "AA": "Å",
    "l": "ł",
    "L": "Ł",
    "i": "ı",
    "j": "ȷ",
    "textbackslash": "\\",
    "textasciitilde": "~",
    "textasciicircum": "^",
    "textbraceleft": "{",
    "textbraceright": "}",
    "textdollar": "$",
    "textunderscore": "_",
    "textendash": "–",
    "textemdash": "—",
    "textquoteleft": "‘",
    "textquoteright": "’",
    "textquotedblleft": "“",
    "textquotedblright": "”",
    "guillemotleft": "«",
    "guillemotright": "»",
    "guillemetleft": "«",
    "guillemetright": "»",
    "textellipsis": "…",
    "ldots": "…",
    "dots": "…",
    "textnumero": "№",
    "No": "№",
    "S": "§",
    "P": "¶",
    "copyright": "©",
    "textsection": "§",
}

_CYRILLIC_LOWER = {
    # the OT2/T2A names of babel's Russian support (cyrillic bundle, t2aenc.def)
    "cyra": "а", "cyrb": "б", "cyrv": "в", "cyrg": "г", "cyrd": "д", "cyre": "е",
    "cyryo": "ё", "cyrzh": "ж", "cyrz": "з", "cyri": "и", "cyrishrt": "й", "cyrk": "к",
    "cyrl": "л", "cyrm": "м", "cyrn": "н", "cyro": "о", "cyrp": "п", "cyrr": "р",
    "cyrs": "с", "cyrt": "т", "cyru": "у", "cyrf": "ф", "cyrh": "х", "cyrc": "ц",
    "cyrch": "ч", "cyrsh": "ш", "cyrshch": "щ", "cyrhrdsn": "ъ", "cyrery": "ы",
    "cyrsftsn": "ь", "cyrerev": "э", "cyryu": "ю", "cyrya": "я", "cyrie": "є",
    "cyrii": "і", "cyryi": "ї", "cyrgup": "ґ", "cyrdje": "ђ", "cyrje": "ј", "cyrlje": "љ",
    "cyrnje": "њ", "cyrtshe": "ћ", "cyrdzhe": "џ", "cyrushrt": "ў",
}
CYRILLIC: dict[str, str] = {
    **_CYRILLIC_LOWER,
    **{"CYR" + name[3:].upper(): letter.upper() for name, letter in _CYRILLIC_LOWER.items()},
}
"""`\\cyrya` → "я", `\\CYRYA` → "Я": what bibtexparser's LaTeX encoder and old tools write."""

FORMATTING_COMMANDS = frozenset(
    # commands whose argument is kept and whose formatting is dropped on reading
    "textup textsl textrm textsf texttt textnormal mkbibquote enquote url "
    "NoCaseChange".split()
)

RICH_COMMANDS: dict[str, str] = {
    # CSL-JSON markup (CSL 1.0.2 appendix VI) → the LaTeX command biblio writes for it
    "i": r"\textit",
    "b": r"\textbf",
    "sc": r"\textsc",
    "sup": r"\textsuperscript",
    "sub": r"\textsubscript",
}
MARKUP_OF_COMMAND: dict[str, str] = {
    # LaTeX/biblatex formatting command → the CSL-JSON markup it is read as (titles,
    # notes: text variables only; names keep the text alone)
    **{command[1:]: tag for tag, command in RICH_COMMANDS.items()},
    "emph": "i", "mkbibemph": "i", "mkbibitalic": "i", "mkbibbold": "b",
}

SWITCHES: dict[str, str | None] = {
    # font declarations, in force to the end of their group ({\em X}, {\bf X}): the
    # CSL-JSON markup they are read as, None for a font change CSL has no markup for
    # (LaTeX2e font commands, Lamport §3.1 and the fntguide's table of declarations)
    "em": "i", "it": "i", "itshape": "i", "sl": "i", "slshape": "i",
    "bf": "b", "bfseries": "b",
    "sc": "sc", "scshape": "sc",
    "rm": None, "rmfamily": None, "sf": None, "sffamily": None, "tt": None,
    "ttfamily": None, "upshape": None, "mdseries": None, "normalfont": None,
}

SPACING: dict[str, str] = {
    # spacing and break commands → the character they print (Lamport §3.2 "Spaces";
    # \, is a thin space that does not break: U+202F narrow no-break space)
    ",": "\u202f", "thinspace": "\u202f", " ": " ", "space": " ",
    ";": "\u2005", "thickspace": "\u2005", ":": "\u205f", "medspace": "\u205f",
    "enspace": "\u2002", "quad": "\u2003", "qquad": "\u2003\u2003",
    "nobreakspace": "\u00a0", "-": "\u00ad", "\\": " ", "newline": " ", "par": " ",
    "!": "", "@": "", "/": "", "relax": "", "nobreak": "", "allowbreak": "",
    "slash": "/",
}

LANGUAGE_COMMAND = "foreignlanguage"
"""babel's \foreignlanguage[options]{language}{text}; polyglossia's \textLANG{text}
(\textrussian{…}) is read the same way when LANG is a language of LANGIDS_READ."""
POLYGLOSSIA_PREFIX = "text"

RAW_ARGUMENT_LIMIT = 9
"""Brace or bracket groups taken as the arguments of an unknown command (TeX's own
maximum number of parameters), kept with it as written."""

ESCAPES: dict[str, str] = {
    # character → how biblio writes it (LaTeX special characters, Lamport §3.2.1)
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "\u00a0": "~",
}
"""A no-break space is LaTeX's "~"; every other character stays UTF-8 (Cyrillic too)."""

UNPAIRED_BRACE_ESCAPES: dict[str, str] = {
    **ESCAPES,
    # BibTeX needs balanced braces even when escaped: unpaired ones as text commands
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
}
