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
from dataclasses import dataclass, field
from functools import lru_cache

from biblio import markup
from biblio.data.biblatex_map import LANGIDS_READ
from biblio.data.latex_symbols import (
    ACCENTS,
    CYRILLIC,
    ESCAPES,
    FORMATTING_COMMANDS,
    LANGUAGE_COMMAND,
    MARKUP_OF_COMMAND,
    POLYGLOSSIA_PREFIX,
    RAW_ARGUMENT_LIMIT,
    RICH_COMMANDS,
    SPACING,
    SWITCHES,
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


_KEPT_LATEX = re.compile(r"""
    \{\\[A-Za-z]+(?:\{[^{}]*\})*\}     # {\textasciicaron}: a group holding a command
  | \\[A-Za-z]+(?:\{[^{}]*\})*         # \cmd{arg}
  | (?<!\\)\$[^$]+\$                   # $math$
""", re.VERBOSE)


def encode_plain(text: str) -> str:
    """`encode` for what `decode` gives without `rich` (names): the LaTeX it kept as
    written (an unknown command, math) is written back as it was, not escaped."""
    if "\\" not in text and "$" not in text:
        return encode(text)
    out, position = [], 0
    for match in _KEPT_LATEX.finditer(text):
        out.append(encode(text[position:match.start()]))
        out.append(match.group())
        position = match.end()
    out.append(encode(text[position:]))
    latex = "".join(out)
    return latex if braces_balanced(latex) else encode(text)


def encode_rich(text: str) -> str:
    """`encode`, with CSL-JSON markup as LaTeX: "<i>Pravda</i>" → `\\textit{Pravda}`,
    a nocase span → a case-protecting brace group, raw LaTeX as written, unless that
    leaves the value's braces unpaired as BibTeX counts them (`\\vphantom{\\}\\}}`, cut
    out of Better BibTeX's `\\{\\{\\vphantom{\\}\\}}`): then the escaped braces of raw
    LaTeX are written `\\textbraceleft{}`, `\\textbraceright{}`, which print the same."""
    latex = markup.transform(text, _latex_of, encode)
    if "\\" not in latex or braces_balanced(latex):
        return latex
    return markup.transform(text, _latex_of, encode, _unescaped_braces)


def _unescaped_braces(latex: str) -> str:
    return latex.replace("\\{", "\\textbraceleft{}").replace("\\}", "\\textbraceright{}")


def _latex_of(tag: str, inner: str) -> str:
    return (RICH_COMMANDS[tag] if tag != markup.NOCASE else "") + "{" + inner + "}"


def decode(latex: str, *, rich: bool = False, languages: list[str] | None = None) -> str:
    """The text a LaTeX field value prints, white space collapsed and stripped.

    With `rich`, the value as CSL-JSON rich text: italics, bold, small caps, super-
    and subscripts as markup, case-protecting groups (`{DNA}`) as nocase spans, math
    and unknown commands as raw LaTeX (`markup.raw_latex`); without it, their text.
    The babel names of `\\foreignlanguage` wrappers are added to `languages`."""
    if _MARKUP_OR_SPACES.search(latex) is None:  # plain text, as most values are
        return latex.strip()
    if _MARKUP_OR_SPACES_BUT_DASHES.search(latex) is None:  # "1933--1939", as pages are
        return _dashes(latex).strip()
    text, found = _decoded(latex, rich)
    if languages is not None:
        languages.extend(found)
    return text


@lru_cache(maxsize=1 << 16)
def _decoded(latex: str, rich: bool) -> tuple[str, tuple[str, ...]]:
    """`decode` of one value with markup, and its languages; cached, as journal
    titles, publishers and names repeat through a file."""
    if _FLAT_GROUPS.fullmatch(latex) is not None:  # "1933--1939", "The {DNA} of {E. coli}"
        return _SPACES.sub(" ", _flat_groups(latex, rich)).strip(), ()
    languages: list[str] = []
    text = _SPACES.sub(" ", _Decoder(latex, rich, languages).run()).strip()
    return text, tuple(languages)


@dataclass
class _Group:
    """An open group: its markup tag (None: none), whether a "{" opened it (False:
    a font switch in force to the end of the enclosing group), its text so far."""

    tag: str | None
    braced: bool
    pieces: list[str] = field(default_factory=list)


class _Decoder:
    """One left-to-right pass with an explicit stack of groups: no recursion, so any
    depth of braces or chain of accents costs linear time and constant stack."""

    def __init__(self, latex: str, rich: bool, languages: list[str] | None) -> None:
        self.latex, self.rich, self.languages = latex, rich, languages
        self.groups = [_Group(None, True)]

    def run(self) -> str:
        latex, i, n = self.latex, 0, len(self.latex)
        while i < n:
            char = latex[i]
            if char == "\\" and i + 1 < n:
                i = self._command(i + 1)
            elif char == "{":
                i = self._open(i + 1)
            elif char == "}":
                self._close()
                i += 1
            elif char == "$":
                i = self._math(i)
            elif char == "~":
                self._put("\u00a0")
                i += 1
            elif char == "-" and latex.startswith("--", i):
                dashes = 3 if latex.startswith("---", i) else 2
                self._put("—" if dashes == 3 else "–")
                i += dashes
            else:
                run = _PLAIN_RUN.match(latex, i)
                end = run.end() if run and run.end() > i else i + 1
                self._put(latex[i:end])
                i = end
        while len(self.groups) > 1:  # groups never closed: their text stays
            self._close()
        return "".join(self.groups[0].pieces)

    def _put(self, text: str) -> None:
        self.groups[-1].pieces.append(text)

    def _raw(self, latex: str) -> None:
        self._put(markup.raw_latex(latex) if self.rich else latex)

    def _push(self, tag: str | None, braced: bool) -> None:
        self.groups.append(_Group(tag if self.rich else None, braced))

    def _close(self) -> None:
        """Close the innermost braced group (and the font switches inside it)."""
        while len(self.groups) > 1:
            group = self.groups.pop()
            text = "".join(group.pieces)
            if group.tag is not None and text:
                text = markup.opening(group.tag) + text + markup.closing(group.tag)
            self._put(text)
            if group.braced:
                return

    def _open(self, i: int) -> int:
        """A "{": a font switch group, a special character, raw LaTeX or protected case."""
        word = _CONTROL_WORD.match(self.latex, i + 1) if self.latex.startswith("\\", i) else None
        if word is not None and word.group() in SWITCHES:
            self._push(SWITCHES[word.group()], True)
            return _skip_spaces(self.latex, word.end())
        if word is not None and not _known(word.group()):
            end = _group_end(self.latex, i - 1)
            if end is not None:
                self._raw(self.latex[i - 1 : end + 1])
                return end + 1
        formatting = word is not None and (word.group() in MARKUP_OF_COMMAND
                                           or word.group() in FORMATTING_COMMANDS)
        special = self.latex.startswith("\\", i) and not formatting  # {\\"o}, {\\relax x}
        self._push(None if special else markup.NOCASE, True)
        return i

    def _math(self, i: int) -> int:
        """`$…$` or `$$…$$`, kept as written; a lone "$" is text."""
        delimiter = "$$" if self.latex.startswith("$$", i) else "$"
        end = i + len(delimiter)
        while True:
            end = self.latex.find(delimiter, end)
            if end < 0:
                self._put("$")
                return i + 1
            if self.latex[end - 1] != "\\":
                break
            end += 1
        end += len(delimiter)
        self._raw(self.latex[i:end])
        return end

    def _command(self, i: int) -> int:
        """The command whose name starts at `i` (after the backslash)."""
        latex = self.latex
        word = _CONTROL_WORD.match(latex, i)
        name = word.group() if word else latex[i]
        end = word.end() if word else i + 1
        if name in ACCENTS:
            return self._accent(end, ACCENTS[name], skip=name.isalpha())
        if name in SPACING:
            self._put(SPACING[name])
            return _skip_spaces(latex, end) if word else end
        if word is None:
            if name == "(":
                close = latex.find("\\)", end)
                if close >= 0:
                    self._raw(latex[i - 1 : close + 2])
                    return close + 2
            self._put(name)  # \% \{ \$ …: the character itself
            return end
        if name in SYMBOLS or name in CYRILLIC:
            self._put(SYMBOLS.get(name) or CYRILLIC[name])
            return _skip_empty_group(latex, end)
        if name in SWITCHES:
            self._push(SWITCHES[name], False)
            return _skip_spaces(latex, end)
        if name in FORMATTING_COMMANDS or name in MARKUP_OF_COMMAND:
            start = _skip_spaces(latex, end)
            if latex.startswith("{", start):
                self._push(MARKUP_OF_COMMAND.get(name), True)
                return start + 1
            return start
        language = _language_of(name)
        if language is not None or name == LANGUAGE_COMMAND:
            handled = self._language(i - 1, end, language)
            if handled is not None:
                return handled
        stop = _arguments_end(latex, end)
        self._raw(latex[i - 1 : stop])
        return stop

    def _language(self, start: int, i: int, language: str | None) -> int | None:
        """`\\foreignlanguage[…]{russian}{text}` or `\\textrussian{text}`: the text, the
        language noted; None (kept raw by the caller) for a language we do not know."""
        latex = self.latex
        if language is None:
            i = _skip_optional(latex, i)
            close = _group_end(latex, i)
            if close is None:
                return None
            language = latex[i + 1 : close].strip()
            if language.lower() not in LANGIDS_READ:
                return None
            i = close + 1
        i = _skip_spaces(latex, i)
        if not latex.startswith("{", i):
            return None
        if self.languages is not None:
            self.languages.append(language.lower())
        self._push(None, True)
        return i + 1

    def _accent(self, i: int, mark: str, skip: bool) -> int:
        """An accented letter: `\\'e`, `\\'{e}`, `\\'{\\i}`, chains such as `\\'\\"e`."""
        latex, n = self.latex, len(self.latex)
        marks, opened, base = [mark], 0, ""
        while i < n:
            if skip:
                i = _skip_spaces(latex, i)
            if latex.startswith("{", i):
                opened, i, skip = opened + 1, i + 1, True
                continue
            if latex.startswith("}", i):  # `\\'{}`: the accent alone
                break
            if latex.startswith("\\", i):
                word = _CONTROL_WORD.match(latex, i + 1)
                name = word.group() if word else latex[i + 1 : i + 2]
                if name in ACCENTS:
                    marks.append(ACCENTS[name])
                    i, skip = i + 1 + len(name), name.isalpha()
                    continue
                if word is not None and name in SYMBOLS:
                    base = _DOTLESS.get(name, SYMBOLS[name])
                    i = _skip_empty_group(latex, word.end())
                break
            base, i = latex[i], i + 1
            break
        while opened and latex.startswith("}", i):
            opened, i = opened - 1, i + 1
        self._put(unicodedata.normalize("NFC", base + "".join(reversed(marks))))
        for _ in range(opened):  # `\\'{ab}`: the rest of the group follows
            self._push(None, True)
        return i


_PLAIN_RUN = re.compile(r"[^\\{}$~-]+")
_MARKUP_OR_SPACES = re.compile(r"[\\{}$~\t\n\r\f\v]|--|  ")
"""What `_Decoder` reads or `_SPACES` collapses; a value without any is its own text
(stripped), with no second pass over it."""
_MARKUP_OR_SPACES_BUT_DASHES = re.compile(r"[\\{}$~\t\n\r\f\v]|  ")
"""The same without dashes: a value without any is its text once its dashes are read."""
_FLAT_GROUPS = re.compile(r"[^\\{}$~]*(?:\{[^\\{}$~]*\}[^\\{}$~]*)*")
"""A value whose only LaTeX is dashes and brace groups without groups inside (no
command, math or tie): the most common markup after none, read by `_flat_groups`."""
_GROUP = re.compile(r"\{([^{}]*)\}")


def _flat_groups(latex: str, rich: bool) -> str:
    """What `_Decoder` reads from a `_FLAT_GROUPS` value, in two substitutions: "---"
    an em dash, "--" an en dash (left to right, as the decoder takes them), each group
    a nocase span (rich; an empty group is nothing) or its text."""
    text = _dashes(latex)
    if "{" not in text:
        return text
    if not rich:
        return _GROUP.sub(r"\1", text)
    return _GROUP.sub(lambda group: (markup.opening(markup.NOCASE) + group[1]
                                     + markup.closing(markup.NOCASE)) if group[1] else "",
                      text)


def _dashes(latex: str) -> str:
    """"---" an em dash, "--" an en dash, left to right as `_Decoder` takes them."""
    return latex.replace("---", "—").replace("--", "–") if "--" in latex else latex


_DOTLESS = {"i": "i", "j": "j"}
"""Under an accent, the dotless i and j are the letters themselves: \\'{\\i} is í."""


def _known(name: str) -> bool:
    """Whether a command at the start of a group is one we read (not kept raw)."""
    return (name in ACCENTS or name in SYMBOLS or name in CYRILLIC or name in SPACING
            or name in FORMATTING_COMMANDS or name in MARKUP_OF_COMMAND
            or name == LANGUAGE_COMMAND or _language_of(name) is not None)


def _language_of(name: str) -> str | None:
    """polyglossia's `\\textrussian` → "russian"; None for any other command."""
    if name.startswith(POLYGLOSSIA_PREFIX):
        language = name[len(POLYGLOSSIA_PREFIX):]
        if language.lower() in LANGIDS_READ:
            return language
    return None


def _arguments_end(latex: str, i: int) -> int:
    """The end of the brace and bracket groups right after an unknown command."""
    for _ in range(RAW_ARGUMENT_LIMIT):
        if latex.startswith("[", i):
            close = latex.find("]", i)
        else:
            close = _group_end(latex, i)
        if close is None or close < 0:
            break
        i = close + 1
    return i


def _skip_optional(latex: str, i: int) -> int:
    if latex.startswith("[", i):
        close = latex.find("]", i)
        if close >= 0:
            return close + 1
    return i


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
