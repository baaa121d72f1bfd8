"""CSL 1.0.2 §Formatting, §Quotes (flip-flop, punctuation-in-quote) and §Display, written out.

The tree is flattened into a token stream; the punctuation rules (a period after a closing quote
moves inside it, doubled punctuation where an affix meets text) work on that stream, and a
writer turns it into plain text, HTML (as citeproc-js writes it) or Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .richtext import Node, parse_field

TEXT, OPEN, CLOSE, OPEN_QUOTE, CLOSE_QUOTE, OPEN_DISPLAY, CLOSE_DISPLAY = range(7)
Token = tuple[int, str, str]


@dataclass(frozen=True, slots=True)
class Quotes:
    open: str = "“"
    close: str = "”"
    inner_open: str = "‘"
    inner_close: str = "’"
    punctuation_inside: bool = False


def flatten(node: Node | None, tokens: list[Token], markup: bool = True) -> None:
    """The tree as tokens; a span whose children print nothing leaves no affixes or markup
    (opening tokens are written first and taken back, so the work stays linear). Without
    `markup` (plain text) formatting leaves no tokens at all."""
    if node is None:
        return
    if node.__class__ is str:
        if node:
            tokens.append((TEXT, node, ""))  # type: ignore[arg-type]
        return
    start = len(tokens)
    if node.display:  # the display block holds the element's affixes (as in citeproc-js)
        tokens.append((OPEN_DISPLAY, node.display, ""))
    if node.prefix:
        _affix(node.prefix, tokens, markup)
    if markup:
        for attr, value in reversed(node.formatting):
            tokens.append((OPEN, attr, value))
    if node.quotes:
        tokens.append((OPEN_QUOTE, "", ""))
    opened = len(tokens)
    for child in node.children:
        if child.__class__ is str:
            if child:
                tokens.append((TEXT, child, ""))  # type: ignore[arg-type]
        else:
            flatten(child, tokens, markup)
    if len(tokens) == opened:
        del tokens[start:]
        return
    if node.quotes:
        tokens.append((CLOSE_QUOTE, "", ""))
    if markup:
        for attr, value in node.formatting:
            tokens.append((CLOSE, attr, value))
    if node.suffix:
        _affix(node.suffix, tokens, markup)
    if node.display:
        tokens.append((CLOSE_DISPLAY, node.display, ""))


def _affix(text: str, tokens: list[Token], markup: bool) -> None:
    """An affix, with the CSL rich-text markup it may hold (`<sup>a</sup>`)."""
    if "<" in text:
        flatten(parse_field(text), tokens, markup)
    else:
        tokens.append((TEXT, text, ""))


# Where two pieces meet, the mark that begins the second is dropped after these marks, or
# replaces the mark that ends the first (citeproc-js's table, punctuation_FullMontyField; a
# period after an ellipsis is dropped too, "influences…" + ". P. 118", which citeproc-js keeps).
ABSORBING = {".": ".!?:;…", ",": ",", ";": ";", ":": ":;!?", "!": "!", "?": "?"}
REPLACING = {"!": ":;", "?": ":;"}
MEETING = frozenset(ABSORBING) | frozenset(REPLACING) | {" "}


def tidy_punctuation(tokens: list[Token], quotes: Quotes) -> list[Token]:
    """Doubled punctuation where pieces meet; periods and commas moved inside closing quotes."""
    out: list[Token] = []
    append = out.append  # one lookup, not one a token
    last_text = -1
    inside = quotes.punctuation_inside
    for token in tokens:
        kind, text, _ = token
        if kind:  # not TEXT (0)
            append(token)
            if kind == CLOSE_DISPLAY and text == "right-inline" and last_text >= 0:
                # citeproc-js moves the entry's trailing space out of its last field
                text = out[last_text][1]
                if text != text.rstrip():
                    out[last_text] = (TEXT, text.rstrip(), "")
                    append((TEXT, text[len(text.rstrip()):], ""))
                    last_text = len(out) - 1
            continue
        value = text
        first = value[:1]
        if first in MEETING and last_text >= 0:
            previous = out[last_text][1]
            ending = previous[-1:]
            if ending.isspace():
                ending = ""
            if first in ABSORBING and ending and ending in ABSORBING[first]:
                value = value[1:]
                if not value:
                    continue
            elif first in REPLACING and ending and ending in REPLACING[first]:
                out[last_text] = (TEXT, previous[:-1], "")
            if first == " " and previous.endswith(" "):
                value = value[1:]
                if not value:
                    continue
        # only a closing quote, perhaps inside closing formatting, takes the mark in
        if inside and value[:1] in _INTO_QUOTE and out and out[-1][0] in _CLOSERS:
            moved = _move_inside_quote(out, value[0])
            if moved:
                value = value[1:]
                if not value:
                    continue
        last_text = len(out)
        append(token if value is text else (TEXT, value, ""))
    return out


_CLOSERS = (CLOSE, CLOSE_QUOTE)
"""The tokens `_move_inside_quote` looks back over."""
_INTO_QUOTE = frozenset(".,")
"""The marks a closing quote takes in (CSL 1.0.2 §Punctuation in Quote)."""


def _move_inside_quote(out: list[Token], mark: str) -> bool:
    index = len(out) - 1
    while index >= 0 and out[index][0] == CLOSE:
        index -= 1
    if index < 0 or out[index][0] != CLOSE_QUOTE:
        return False
    inner = index - 1
    while inner >= 0 and out[inner][0] in (CLOSE_QUOTE, CLOSE):
        inner -= 1
    if inner >= 0 and out[inner][0] == TEXT:
        text = out[inner][1]
        if text[-1:] in ".!?" and (mark == "." or text[-1:] == "."):
            return True
        out[inner] = (TEXT, text + mark, "")
    else:
        out.insert(index, (TEXT, mark, ""))
    return True


HTML_OPEN = {
    ("font-style", "italic"): "<i>", ("font-style", "oblique"): "<i>",
    ("font-style", "normal"): '<span style="font-style:normal;">',
    ("font-weight", "bold"): "<b>", ("font-weight", "normal"): '<span style="font-weight:normal;">',
    ("font-weight", "light"): '<span style="font-weight:light;">',
    ("font-variant", "small-caps"): '<span style="font-variant:small-caps;">',
    ("font-variant", "normal"): '<span style="font-variant:normal;">',
    ("text-decoration", "underline"): '<span style="text-decoration:underline;">',
    ("text-decoration", "none"): '<span style="text-decoration:none;">',
    ("vertical-align", "sup"): "<sup>", ("vertical-align", "sub"): "<sub>",
    ("vertical-align", "baseline"): '<span style="baseline">',
}
FLIP = {("font-style", "italic"): ("font-style", "normal"), ("font-style", "oblique"): ("font-style", "normal"),
        ("font-weight", "bold"): ("font-weight", "normal"),
        ("font-variant", "small-caps"): ("font-variant", "normal")}
MARKDOWN = {("font-style", "italic"): "*", ("font-style", "oblique"): "*", ("font-weight", "bold"): "**"}
MARKED = {
    ("font-style", "italic"): ("\ue000", "\ue001"), ("font-style", "oblique"): ("\ue000", "\ue001"),
    ("font-weight", "bold"): ("\ue002", "\ue003"), ("font-variant", "small-caps"): ("\ue004", "\ue005"),
    ("vertical-align", "sup"): ("\ue006", "\ue007"), ("vertical-align", "sub"): ("\ue008", "\ue009"),
    ("text-decoration", "underline"): ("\ue00a", "\ue00b"),
}
"""The "marked" output: formatting as pairs of private-use characters, for a caller that works on
the text before writing it out (biblio.render.output turns them into text, HTML or Markdown).
A "normal" inside a formatted span closes the pair and opens it again after."""


# Unicode superscript letters and digits (as in the locales' ordinal terms, "1ʳᵉ") written as
# <sup>, the way citeproc-js writes them in HTML.
SUPERSCRIPTS = dict(zip("ªºʰʲʳʷʸˡˢˣᵃᵇᵈᵉᵍᵏᵐⁿᵒᵖᵗᵘᵛᶜᶠᶻⁱ¹²³⁰⁴⁵⁶⁷⁸⁹",
                        "aohjrwylsxabdegkmnoptuvcfzi1230456789"))
SUPERSCRIPT = re.compile(f"[{''.join(SUPERSCRIPTS)}]")


def _html_escape(text: str) -> str:
    text = text.replace("&", "&#38;").replace("<", "&#60;").replace(">", "&#62;")
    if SUPERSCRIPT.search(text):
        text = SUPERSCRIPT.sub(lambda m: f"<sup>{SUPERSCRIPTS[m.group(0)]}</sup>", text)
    return text


def _closing(opening: str) -> str:
    if opening.startswith("<span"):
        return "</span>"
    if opening.startswith("<"):
        return "</" + opening[1:]
    return opening


def write(tokens: list[Token], fmt: str, quotes: Quotes) -> str:
    """The token stream as `fmt` ("text", "html", "markdown" or "marked"), with flip-flop of
    nested styles."""
    parts: list[str] = []
    active: list[tuple[str, str]] = []
    closing: list[str] = []
    quote_level = 0
    for kind, value, extra in tokens:
        if not kind:  # TEXT (0)
            value = value.replace("'", "’")
            parts.append(_html_escape(value) if fmt == "html" else value)
        elif kind == OPEN:
            current = next((v for a, v in reversed(active) if a == value), "normal")
            wanted = extra
            if extra != "normal" and current == extra and (value, extra) in FLIP:
                wanted = "normal"
            if wanted == current and wanted == "normal":
                opening, close = "", ""
            else:
                opening, close = _markup((value, wanted), (value, current), fmt)
            active.append((value, wanted))
            closing.append(close)
            parts.append(opening)
        elif kind == CLOSE:
            active.pop()
            parts.append(closing.pop())
        elif kind == OPEN_QUOTE:
            parts.append(quotes.open if quote_level % 2 == 0 else quotes.inner_open)
            quote_level += 1
        elif kind == CLOSE_QUOTE:
            quote_level -= 1
            parts.append(quotes.close if quote_level % 2 == 0 else quotes.inner_close)
        elif kind == OPEN_DISPLAY:
            if fmt == "html":
                parts.append(DISPLAY_OPEN.get(value, "") + f'<div class="csl-{value}">')
            else:
                parts.append(TEXT_DISPLAY_OPEN.get(value, ""))
        elif kind == CLOSE_DISPLAY:
            if fmt == "html":
                parts.append("</div>" + DISPLAY_CLOSE.get(value, ""))
            else:
                parts.append(TEXT_DISPLAY_CLOSE.get(value, ""))
    return "".join(parts)


# The line breaks citeproc-js's HTML writer puts around display blocks (its "@display/…" formats).
DISPLAY_OPEN = {"block": "\n\n    ", "left-margin": "\n    "}
DISPLAY_CLOSE = {"block": "\n", "right-inline": "\n  ", "indent": "\n  "}
# …and its plain-text writer: a line for a block or an indented paragraph, a space after the margin.
TEXT_DISPLAY_OPEN = {"block": "\n", "indent": "\n    "}
TEXT_DISPLAY_CLOSE = {"left-margin": " "}


def _markup(pair: tuple[str, str], current: tuple[str, str], fmt: str) -> tuple[str, str]:
    """The opening and closing markup of `pair` where `current` is in force."""
    if fmt == "marked":
        if pair in MARKED:
            return MARKED[pair]
        around = MARKED.get(current)  # "normal" inside a formatted span: close it, reopen after
        return (around[1], around[0]) if around else ("", "")
    opening = _open_markup(pair, fmt)
    return opening, _closing(opening) if opening else ""


def _open_markup(pair: tuple[str, str], fmt: str) -> str:
    if fmt == "html":
        return HTML_OPEN.get(pair, "")
    if fmt == "markdown":
        return MARKDOWN.get(pair, "")
    return ""


def write_text(tokens: list[Token], quotes: Quotes) -> str:
    """`write(tokens, "text", quotes)`, with the apostrophes typeset once in the joined text
    rather than piece by piece (where no quotation mark of the locale is one); formatting
    tokens write nothing in text (`flatten` without markup leaves none)."""
    if "'" in quotes.open or "'" in quotes.close or "'" in quotes.inner_open \
            or "'" in quotes.inner_close:
        return write(tokens, "text", quotes)
    parts: list[str] = []
    append = parts.append
    quote_level = 0
    for kind, value, _ in tokens:
        if not kind:  # TEXT (0)
            append(value)
        elif kind == OPEN_QUOTE:
            append(quotes.open if quote_level % 2 == 0 else quotes.inner_open)
            quote_level += 1
        elif kind == CLOSE_QUOTE:
            quote_level -= 1
            append(quotes.close if quote_level % 2 == 0 else quotes.inner_close)
        elif kind == OPEN_DISPLAY:
            append(TEXT_DISPLAY_OPEN.get(value, ""))
        elif kind == CLOSE_DISPLAY:
            append(TEXT_DISPLAY_CLOSE.get(value, ""))
    return "".join(parts).replace("'", "’")


def serialize(node: Node | None, fmt: str = "html", quotes: Quotes = Quotes()) -> str:
    tokens: list[Token] = []
    flatten(node, tokens, fmt != "text")
    if fmt == "text":
        return write_text(tidy_punctuation(tokens, quotes), quotes)
    return write(tidy_punctuation(tokens, quotes), fmt, quotes)
