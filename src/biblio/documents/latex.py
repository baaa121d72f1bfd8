"""LaTeX manuscripts: hand-written `\\footnote{…}` references → `\\footcite` and a .bib.

The source is parsed with pylatexenc (never regular expressions over nested braces):
every `\\footnote` macro, wherever it stands (in a paragraph, a section title, an
environment), is found with its place in the source. Its text (LaTeX turned into
plain text) is parsed; a footnote whose references were all read becomes
`\\footcite[prenote][postnote]{key}` (`\\footcites` for several), its commentary the
prenote or postnote; the others stay as written and are reported. Only the
replaced footnotes change: every other character of the source is copied.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.latexwalker import (LatexGroupNode, LatexMacroNode, LatexWalker,
                                    LatexWalkerError)

from biblio.data.reference_terms import LOCATOR_LABELS
from biblio.data.tex_encodings import INPUTENC_CODECS
from biblio.documents.restyle import kept_because
from biblio.encodings import AUTO, INPUTENC_TEXT, UTF8, decode
from biblio.errors import FormatError
from biblio.formats import write
from biblio.model import Cite, Document, Footnote, Item, Note, Problem
from biblio.parse import parse_footnotes

TEX_SPECIAL = re.compile(r"([&%$#_{}\[\]])")
"""Characters a pre- or postnote must escape (brackets would end the optional argument)."""
SPACES = re.compile(r"\s+")
DASHES = str.maketrans({"—": "--", "–": "--"})
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


@dataclass
class TexFootnote(Footnote):
    """A `\\footnote` of the source: where it stands (start, end offsets)."""

    start: int = 0
    end: int = 0


def tex_footnotes(source: str, name: str = "<tex>") -> list[TexFootnote]:
    """The `\\footnote`s of a LaTeX source, in order, numbered from 1; unbalanced
    braces and other syntax errors are one error naming the line."""
    try:
        nodes, _, _ = LatexWalker(source, tolerant_parsing=False).get_latex_nodes()
    except LatexWalkerError as error:
        line = getattr(error, "lineno", None)
        message = getattr(error, "msg", None) or str(error)
        raise FormatError(f"cannot be read as LaTeX: {message}", source=name, line=line) from None
    to_text = LatexNodes2Text(math_mode="verbatim")
    found = []
    for node in _footnote_macros(nodes):
        argument = node.nodeargd.argnlist[-1]
        text = SPACES.sub(" ", to_text.nodelist_to_text(argument.nodelist)).strip()
        line = source.count("\n", 0, node.pos) + 1
        found.append(TexFootnote(len(found) + 1, text, line, [], node.pos, node.pos + node.len))
    return found


def _footnote_macros(nodes: list | None) -> Iterator[LatexMacroNode]:
    for node in nodes or []:
        if node is None:
            continue
        if isinstance(node, LatexMacroNode) and node.macroname == "footnote" and \
                node.nodeargd is not None and isinstance(node.nodeargd.argnlist[-1:][0],
                                                         LatexGroupNode):
            yield node
            continue  # a footnote inside a footnote is not LaTeX's
        yield from _footnote_macros(getattr(node, "nodelist", None))
        arguments = getattr(getattr(node, "nodeargd", None), "argnlist", None)
        yield from _footnote_macros(arguments)


@dataclass
class CitedTex:
    """The source with `\\footcite`s, the .bib of the items cited, what was kept."""

    source: str
    bib: str
    problems: list[Problem]
    document: Document


def tex_to_biblatex(source: str, name: str = "<tex>", *,
                    progress: Callable[[int, int], None] | None = None) -> CitedTex:
    """Replace each understood `\\footnote` by `\\footcite`/`\\footcites`."""
    footnotes = tex_footnotes(source, name)
    document = parse_footnotes(footnotes, progress=progress)
    problems = list(document.problems)
    pieces, position = [], 0
    for footnote, note in zip(footnotes, document.notes, strict=True):
        reason = kept_because(note) or _not_citable(note)
        if reason:
            problems.append(Problem(f"{note.name} (line {footnote.line})",
                                    f"kept as it is: {reason}"))
            continue
        pieces += [source[position:footnote.start], footcite(note, document.items)]
        position = footnote.end
    pieces.append(source[position:])
    cited = {cite.item for note in document.notes for cite in note.cites}
    items = [item for key, item in document.items.items() if key in cited]
    return CitedTex("".join(pieces), write(items, "biblatex"), problems, document)


def _not_citable(note: Note) -> str | None:
    if note.comment:
        return "commentary that is neither before nor after a reference"
    return None


def footcite(note: Note, items: dict[str, Item]) -> str:
    """`\\footcite[pre][post]{key}`, or `\\footcites` with each cite's notes."""
    parts = []
    for cite in note.cites:
        prenote, postnote = cite_notes(cite, items.get(cite.item))
        if prenote:
            parts.append(f"[{prenote}][{postnote}]")
        elif postnote:
            parts.append(f"[{postnote}]")
        parts.append(f"{{{cite.item}}}")
    command = r"\footcite" if len(note.cites) == 1 else r"\footcites"
    return command + "".join(parts)


def cite_notes(cite: Cite, item: Item | None) -> tuple[str, str]:
    """A cite's prenote (its lead-in) and postnote: the locator (bare for pages, as
    biblatex adds "p."/"с." itself; with its abbreviation otherwise), then the
    commentary after it."""
    locator = (cite.locator or "").translate(DASHES)
    if locator and cite.label not in (None, "page"):
        locator = f"{_abbreviation(cite.label, item)}~{locator}"
    postnote = ", ".join(part for part in (_escaped(locator, keep_tilde=True),
                                           _escaped(cite.suffix or "")) if part)
    return _escaped(cite.prefix or ""), postnote


def _abbreviation(label: str, item: Item | None) -> str:
    """The abbreviation of a locator label in the item's script ("л." or "f.")."""
    russian = item is not None and CYRILLIC.search(str(item.fields.get("title", "")) +
                                                  str(item.fields.get("archive", ""))) \
        or item is not None and item.fields.get("language") in ("ru", "russian", "Russian")
    for abbreviation, meaning in LOCATOR_LABELS.items():
        if meaning == label and bool(CYRILLIC.search(abbreviation)) == bool(russian) \
                and abbreviation.islower():
            return f"{abbreviation}."
    return label


def _escaped(text: str, *, keep_tilde: bool = False) -> str:
    text = text.strip()
    escaped = TEX_SPECIAL.sub(lambda match: "{" + match.group(1) + "}"
                              if match.group(1) in "[]" else "\\" + match.group(1), text)
    return escaped if keep_tilde else escaped.replace("~", r"\textasciitilde{}")


def restyle_tex(path: str | Path, output: str | Path, bib: str | Path, *,
                progress: Callable[[int, int], None] | None = None,
                encoding: str = AUTO) -> list[Problem]:
    """`tex_to_biblatex` on a file: the new source to `output`, the items to `bib`.

    The manuscript is read as biblio.encodings.decode reads it (`encoding` "auto":
    UTF-8, else its inputenc option, else a guess); the new source is UTF-8, so a
    legacy inputenc option becomes utf8. Both are said in the returned problems."""
    decoded = decode(Path(path).read_bytes(), str(path), encoding)
    source, notices = decoded.text, []
    if decoded.encoding != UTF8:
        source, declarations = INPUTENC_TEXT.subn(_utf8_option, source)
        told = decoded.notice or f"read as {decoded.encoding}"
        notices.append(Problem("encoding", told + ("; the output declares "
                               "\\usepackage[utf8]{inputenc}" if declarations else "")))
    cited = tex_to_biblatex(source, str(path), progress=progress)
    cited.problems[:0] = notices
    Path(output).write_text(cited.source, encoding="utf-8")
    Path(bib).write_text(cited.bib, encoding="utf-8")
    if r"\addbibresource" not in source:
        cited.problems.append(Problem("preamble", "no \\addbibresource: add "
                                      "\\usepackage[style=verbose-ibid]{biblatex} and "
                                      f"\\addbibresource{{{Path(bib).name}}}"))
    return cited.problems


def _utf8_option(match: re.Match[str]) -> str:
    """An inputenc declaration with its encoding option turned into utf8."""
    options = [option if option.strip() not in INPUTENC_CODECS else "utf8"
               for option in match.group(2).split(",")]
    return match.group(1) + ",".join(options) + match.group(3)
