"""Text ⇄ the LaTeX of a BibTeX field value: escape specials on write, decode on read.

`decode(encode(text)) == text` for every text without control characters, leading,
trailing or doubled white space (BibTeX reads any run of white space as one space).
Decoding understands what other tools write: accents (`{\\'e}`, `\\"{o}`), symbols
(`\\ss`, `\\textemdash`), Cyrillic letters (`{\\cyrya}`), `--`/`---` dashes, `~`
(no-break space), case-protecting braces and formatting commands (`\\emph{…}` keeps
its text). An unknown command is kept as written, so nothing is lost. One
left-to-right pass: linear time.
"""

from __future__ import annotations

import re
import unicodedata

from biblio import markup

from biblio.data.latex_symbols import (
    ACCENTS,
    CYRILLIC,
    ESCAPES,
    FORMATTING_COMMANDS,
    MARKUP_OF_COMMAND,
    RICH_COMMANDS,
    SYMBOLS,
    UNPAIRED_BRACE_ESCAPES,
)

_SPECIAL = re.compile("[" + re.escape("".join(ESCAPES)) + "]|-(?=-)")
_CONTROL_WORD = re.compile(r"[A-Za-z]+")
_SPACES = re.compile(r"[ \t\n\r\f\v]+")  # not \s: a no-break space is kept


def encode(text: str) -> str:
    """Escape LaTeX's special characters; "--" becomes "-{}-" so it stays two hyphens.

    BibTeX counts every brace, escaped or not, so "\\{" is used only when the text's
    own braces pair up; otherwise they are written `\\textbraceleft{}` and the like.
    """
    escapes = ESCAPES if braces_balanced(text) else UNPAIRED_BRACE_ESCAPES
    return _SPECIAL.sub(lambda m: escapes.get(m.group(), "-{}"), text)


def encode_rich(text: str) -> str:
    """`encode`, with CSL-JSON markup as LaTeX: "<i>Pravda</i>" → `\\textit{Pravda}`,
    a nocase span → a case-protecting brace group."""
    return markup.transform(text, _latex_of, encode)


def _latex_of(tag: str, inner: str) -> str:
    return (RICH_COMMANDS[tag] if tag != markup.NOCASE else "") + "{" + inner + "}"


def decode(latex: str, *, rich: bool = False) -> str:
    """The text a LaTeX field value prints, white space collapsed and stripped; with
    `rich`, italics, bold, small caps, super- and subscripts as CSL-JSON markup."""
    return _SPACES.sub(" ", _decode(latex, _MAX_RICH_DEPTH if rich else 0)).strip()


_MAX_RICH_DEPTH = 8
"""Nesting of \\emph{\\textbf{…}} read as markup; deeper commands keep their text only."""


def _decode(latex: str, rich: int = 0) -> str:
    out: list[str] = []
    i, n = 0, len(latex)
    while i < n:
        char = latex[i]
        if char == "\\" and i + 1 < n:
            text, i = _command(latex, i + 1, rich)
            out.append(text)
        elif char in "{}":
            i += 1
        elif char == "~":
            out.append("\u00a0")
            i += 1
        elif char == "-" and latex.startswith("--", i):
            dashes = 3 if latex.startswith("---", i) else 2
            out.append("—" if dashes == 3 else "–")
            i += dashes
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _command(latex: str, i: int, rich: int = 0) -> tuple[str, int]:
    """Decode the command whose name starts at `i` (after the backslash); `rich` > 0:
    a formatting command with a CSL tag becomes that markup (`rich` levels deep)."""
    word = _CONTROL_WORD.match(latex, i)
    if word is None:  # a control symbol: \% \{ \' …
        symbol = latex[i]
        if symbol in ACCENTS:
            return _accent(symbol, latex, i + 1)
        if symbol == "\\":
            return " ", i + 1
        return symbol, i + 1
    name, end = word.group(), word.end()
    if name in ACCENTS:
        return _accent(name, latex, end)
    if name in SYMBOLS:
        return SYMBOLS[name], _skip_empty_group(latex, end)
    if name in CYRILLIC:
        return CYRILLIC[name], _skip_empty_group(latex, end)
    if name in FORMATTING_COMMANDS or name in MARKUP_OF_COMMAND:
        start = _skip_spaces(latex, end)
        tag = MARKUP_OF_COMMAND.get(name)
        close = _group_end(latex, start) if rich and tag is not None else None
        if close is not None and tag is not None:
            inner = _decode(latex[start + 1 : close], rich - 1)
            return markup.opening(tag) + inner + markup.closing(tag), close + 1
        return "", start
    return "\\" + name, end


def _accent(accent: str, latex: str, i: int) -> tuple[str, int]:
    """An accented letter: the argument is one character, `{x}` or `{\\i}`."""
    i = _skip_spaces(latex, i) if accent.isalpha() else i
    if i < len(latex) and latex[i] == "{":
        close = latex.find("}", i)
        if close < 0:
            close = len(latex)
        base, i = _decode(latex[i + 1 : close]), close + 1
    elif latex.startswith("\\", i):
        base, i = _command(latex, i + 1)
    else:
        base, i = latex[i : i + 1], i + 1
    return unicodedata.normalize("NFC", base + ACCENTS[accent]), i


def _skip_empty_group(latex: str, i: int) -> int:
    """TeX ends a control word at "{}" or at the spaces after it."""
    if latex.startswith("{}", i):
        return i + 2
    return _skip_spaces(latex, i)


def _skip_spaces(latex: str, i: int) -> int:
    while i < len(latex) and latex[i] in " \t\n":
        i += 1
    return i


def _group_end(latex: str, start: int) -> int | None:
    """The index of the "}" closing the group that opens at `start`, or None."""
    if not latex.startswith("{", start):
        return None
    depth = 0
    index = start
    while index < len(latex):
        char = latex[index]
        if char == "\\":
            index += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return None


def braces_balanced(text: str) -> bool:
    """True when every "{" has its "}", counting escaped ones as BibTeX does."""
    depth = 0
    for char in text:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
