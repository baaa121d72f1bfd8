"""Output backends: one marked-up string, written as plain text, HTML or Markdown.

biblio's CSL processor writes its "marked" output (`biblio.render.csl.output.MARKED`):
italics, small caps and the like as pairs of private-use characters. biblio's steps
around the engine (the note's commentary, its problems) join that text, and `write`
turns the markers into the requested output at the very end, escaping the text for
HTML and for pandoc's Markdown.
"""

from __future__ import annotations

import html
import re
from typing import Literal

from biblio.errors import UsageError
from biblio.render.csl.output import MARKED

Output = Literal["text", "html", "markdown"]
OUTPUTS: tuple[str, ...] = ("text", "html", "markdown")
OUTPUT_ALIASES = {"md": "markdown", "txt": "text", "plain": "text"}

ITALIC = MARKED[("font-style", "italic")]
BOLD = MARKED[("font-weight", "bold")]
SMALL_CAPS = MARKED[("font-variant", "small-caps")]
SUPERSCRIPT = MARKED[("vertical-align", "sup")]
SUBSCRIPT = MARKED[("vertical-align", "sub")]
UNDERLINE = MARKED[("text-decoration", "underline")]
MARKERS = frozenset("".join(ITALIC + BOLD + SMALL_CAPS + SUPERSCRIPT + SUBSCRIPT + UNDERLINE))
_MARKER = re.compile(f"[{''.join(sorted(MARKERS))}]")
"""Any marker: removing them with one regex is ten times faster than str.translate with
a dict, which looks every character up in Python's table."""

_HTML = {
    ITALIC: ("<i>", "</i>"),
    BOLD: ("<b>", "</b>"),
    SMALL_CAPS: ('<span style="font-variant:small-caps;">', "</span>"),
    SUPERSCRIPT: ("<sup>", "</sup>"),
    SUBSCRIPT: ("<sub>", "</sub>"),
    UNDERLINE: ("<u>", "</u>"),
}
# Pandoc's Markdown: *italic*, **bold**, [small caps]{.smallcaps}, ^sup^, ~sub~.
_MARKDOWN = {
    ITALIC: ("*", "*"),
    BOLD: ("**", "**"),
    SMALL_CAPS: ("[", "]{.smallcaps}"),
    SUPERSCRIPT: ("^", "^"),
    SUBSCRIPT: ("~", "~"),
    UNDERLINE: ("[", "]{.underline}"),
}
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>^~])")


def check_output(output: str) -> Output:
    name = OUTPUT_ALIASES.get(output, output)
    if name not in OUTPUTS:
        raise UsageError(f"unknown output {output!r}; choose one of {', '.join(OUTPUTS)}")
    return name  # type: ignore[return-value]


def plain(marked: str) -> str:
    """The text without any markers."""
    return _MARKER.sub("", marked)


def write(marked: str, output: Output) -> str:
    """`marked` (text with markers) as plain text, HTML or Markdown."""
    if output == "text":
        return plain(marked)
    marked = flip_nested_italics(marked)
    tags = _HTML_TAGS if output == "html" else _MARKDOWN_TAGS
    escape = _escape_html if output == "html" else _escape_markdown
    # split with the marker captured: text runs at even places, markers at odd ones
    pieces = _MARKER_SPLIT.split(marked)
    out = [escape(piece) if index % 2 == 0 else tags[piece] for index, piece in enumerate(pieces)]
    return "".join(out)


_HTML_TAGS = {pair[i]: tags[i] for pair, tags in _HTML.items() for i in (0, 1)}
_MARKDOWN_TAGS = {pair[i]: tags[i] for pair, tags in _MARKDOWN.items() for i in (0, 1)}
_MARKER_SPLIT = re.compile(f"({_MARKER.pattern})")
_ITALICS = re.compile(f"[{ITALIC[0]}{ITALIC[1]}]")
_EMPTY_ITALIC = re.compile(re.escape(ITALIC[0] + ITALIC[1]))
_SPACE_BEFORE_CLOSE = re.compile(rf"(\s+){re.escape(ITALIC[1])}")


def flip_nested_italics(marked: str) -> str:
    """Italics inside italics set in roman (CSL 1.0.2, "flip-flop" of rich text): a
    bracketed translation marked italic inside an italic book title prints in roman,
    "<i>Mir na kraiu bezdny</i> [The world on the brink]" (CMOS 17 14.98). Spaces go
    outside the italics, and empty italics are dropped, so Markdown stays valid.
    Only the italic markers are visited (one regex finds them), not every character."""
    if ITALIC[1] not in marked and ITALIC[0] not in marked:
        return marked
    depth = 0

    def flipped(match: re.Match[str]) -> str:
        nonlocal depth
        if match.group() == ITALIC[0]:
            depth += 1
            return ITALIC[1] if depth % 2 == 0 else ITALIC[0]
        if depth:
            depth -= 1
            return ITALIC[0] if depth % 2 == 1 else ITALIC[1]
        return ITALIC[1]

    spaced = _SPACE_BEFORE_CLOSE.sub(lambda m: ITALIC[1] + m.group(1), _ITALICS.sub(flipped, marked))
    return _EMPTY_ITALIC.sub("", spaced)


def _escape_markdown(text: str) -> str:
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _escape_html(text: str) -> str:
    return html.escape(text, quote=False)
