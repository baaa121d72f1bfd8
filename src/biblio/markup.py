"""CSL-JSON's rich text (CSL 1.0.2, appendix VI "Rich text markup"), read once.

Zotero and citeproc write `<i>`, `<b>`, `<sup>`, `<sub>`, `<span
style="font-variant:small-caps;">` and `<span class="nocase">` inside values
("<i>Pravda</i>"); biblio also reads `<sc>`, and keeps LaTeX it does not interpret
(math `$\\alpha$`, unknown commands) in `<script>…</script>`, as Better BibTeX does
in Zotero: written back to a .bib file as it was, printed as written, never escaped.
`transform` walks a value's tags once,
pairing them with a stack, and lets the caller rewrite each pair (as output markers
when rendering, as `\\textit{…}` in a .bib file). A tag that does not pair up, or any
other "<", is ordinary text. Linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable

ITALIC, BOLD, SMALL_CAPS, SUPERSCRIPT, SUBSCRIPT, NOCASE, RAW = (
    "i", "b", "sc", "sup", "sub", "nocase", "script")

SMALL_CAPS_SPAN = '<span style="font-variant:small-caps;">'
NOCASE_SPAN = '<span class="nocase">'

_TAG = re.compile(r"""
    <(?P<close>/?)(?P<tag>i|b|sc|sup|sub)>            # <i> … </i> and the like
  | <span\ style="font-variant:\s*small-caps;?">     # a small-caps span
  | <span\ class="nocase">                           # text protected from text-case
  | </span>
  | <script>                                         # raw LaTeX, up to the next </script>
""", re.VERBOSE)
_RAW_END = "</script>"


def opening(tag: str) -> str:
    """The tag's CSL-JSON opening ("<i>", the small-caps span)."""
    if tag == SMALL_CAPS:
        return SMALL_CAPS_SPAN
    return NOCASE_SPAN if tag == NOCASE else f"<{tag}>"


def closing(tag: str) -> str:
    return "</span>" if tag in (SMALL_CAPS, NOCASE) else f"</{tag}>"


def raw_latex(latex: str) -> str:
    """LaTeX kept as written inside a rich-text value."""
    return f"<{RAW}>{latex}{_RAW_END}"


def transform(text: str, wrap: Callable[[str, str], str],
              plain: Callable[[str], str] = lambda part: part,
              raw: Callable[[str], str] = lambda latex: latex) -> str:
    """`text` with each pair of tags around `inner` replaced by `wrap(tag, inner)`
    (inner already transformed), raw LaTeX by `raw(latex)` (default: as written) and
    the text outside tags by `plain(text)`."""
    if "<" not in text:
        return plain(text)
    stack: list[tuple[str | None, str, list[str]]] = [(None, "", [])]
    position = 0
    for match in _TAG.finditer(text):
        if match.start() < position:  # inside raw LaTeX already taken
            continue
        stack[-1][2].append(plain(text[position:match.start()]))
        position = match.end()
        if match[0] == f"<{RAW}>":
            end = text.find(_RAW_END, position)
            if end >= 0:
                stack[-1][2].append(raw(text[position:end]))
                position = end + len(_RAW_END)
            else:
                stack[-1][2].append(plain(match[0]))
            continue
        tag, is_close = _tag_of(match)
        if not is_close:
            stack.append((tag, match[0], []))
        elif len(stack) > 1 and _closes(tag, stack[-1][0]):
            opened, _, pieces = stack.pop()
            stack[-1][2].append(wrap(opened or "", "".join(pieces)))
        else:
            stack[-1][2].append(plain(match[0]))
    stack[-1][2].append(plain(text[position:]))
    while len(stack) > 1:  # tags never closed: text as written
        _, written, pieces = stack.pop()
        stack[-1][2].append(plain(written) + "".join(pieces))
    return "".join(stack[0][2])


def split(text: str, separator: str) -> list[str]:
    """`text` split at `separator` outside markup ("<span class="nocase">A; B</span>"
    stays whole): a list field's items."""
    if "<" not in text:
        return text.split(separator)
    parts: list[str] = []
    start = outside = depth = position = 0  # `outside`: where the text at depth 0 began
    for match in _TAG.finditer(text):
        if match.start() < position:
            continue
        if depth == 0:
            start = _cut(parts, text, start, outside, match.start(), separator)
        position = match.end()
        if match[0] == f"<{RAW}>":
            end = text.find(_RAW_END, position)
            position = len(text) if end < 0 else end + len(_RAW_END)
        else:
            depth = max(0, depth - 1) if _tag_of(match)[1] else depth + 1
        outside = position
    if depth == 0:
        start = _cut(parts, text, start, outside, len(text), separator)
    parts.append(text[start:])
    return parts


def _cut(parts: list[str], text: str, start: int, begin: int, end: int,
         separator: str) -> int:
    """Cut at each separator in text[begin:end] (pieces from `start`); the new start."""
    cut = text.find(separator, begin, end)
    while cut >= 0:
        parts.append(text[start:cut])
        start = cut + len(separator)
        cut = text.find(separator, start, end)
    return start


def _tag_of(match: re.Match[str]) -> tuple[str, bool]:
    written = match[0]
    if match["tag"]:
        return match["tag"], bool(match["close"])
    if written == "</span>":
        return "span", True
    return (NOCASE if "nocase" in written else SMALL_CAPS), False


def _closes(tag: str, opened: str | None) -> bool:
    """"</span>" closes either span; "</i>" closes "<i>"."""
    return opened in (SMALL_CAPS, NOCASE) if tag == "span" else tag == opened

