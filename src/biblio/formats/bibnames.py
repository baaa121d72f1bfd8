"""BibTeX name lists ⇄ `Name`: "du Réau, E. and {Институт истории}".

BibTeX's rules (BibTeXing §4, "Tame the BeaST" §11): names are separated by "and" at
brace depth 0; a name is "First von Last", "von Last, First" or "von Last, Jr,
First"; the von part is the words whose first letter at depth 0 is lowercase; a
name that is one brace group is a body, printed as is. We write the
"von Last, Jr, First" form, which keeps particles and compound initials ("J.-B.")
exactly: the von part is the CSL non-dropping particle ("du", "de", "van der"), and
a family name of several words is braced ("de {Lattre de Tassigny}, J.").

biblatex's extended name format (manual §3.4, "family=Lange, given=Niek, prefix=de,
useprefix=true") is read too: the prefix is the CSL non-dropping particle when
`useprefix=true` (it is printed and sorted with the family name), else the dropping
particle; other keys (`given-i`, …) are left out, as biber derives them.

Splitting happens on the LaTeX text, decoding each part after (decoding first would
break brace-protected bodies). One pass per name: linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from biblio.formats.latex import decode, encode_plain
from biblio.model import OTHERS, Name, is_others


def read_names(latex: str) -> list[Name]:
    """The names of a BibTeX name field; a final bare `others` (BibTeXing §4: more names
    than are listed) is Name(literal=OTHERS), written back as the bare keyword."""
    return [_copy(name) for name in _read_names(latex)]


@lru_cache(maxsize=1 << 14)
def _read_names(latex: str) -> tuple[Name, ...]:
    """`read_names`, cached: the same author lists recur through a file."""
    parts = [part for part in split_and(latex) if part]
    read = _read_name if _NEEDS_DECODING.search(latex) else _read_plain_name
    names = [read(part.strip()) for part in parts]
    if parts and parts[-1].strip() == OTHERS:
        names[-1] = Name(literal=OTHERS)
    return tuple(names)


def write_names(names: list[Name]) -> str:
    written = [write_name(name) for name in names]
    if len(names) > 1 and is_others(names[-1]):
        written[-1] = OTHERS
    return " and ".join(written)


_EXTENDED_KEY = re.compile(r"\s*([A-Za-z-]+)\s*=\s*(.*)", re.DOTALL)
_EXTENDED_PARTS = {"family": "family", "given": "given", "suffix": "suffix"}


def read_name(latex: str) -> Name:
    return _copy(_read_name(latex.strip()))


def _copy(name: Name) -> Name:
    """A copy of a cached name, so that the cached one stays as read."""
    return Name(name.family, name.given, name.dropping_particle,
                name.non_dropping_particle, name.suffix, name.literal, dict(name.extra))


_NEEDS_DECODING = re.compile(r"[\\{}$~=]|--")
"""What sends a name list to the general reader: LaTeX (a command, a group, math, a
tie, dashes) or biblatex's "key=value" form. A list without any, as most are, is
plain text whose words are split and joined by white space alone, so that decoding
its parts would give them back unchanged."""


@lru_cache(maxsize=1 << 16)
def _read_name(latex: str) -> Name:
    """One name (the same authors recur through a file: cached)."""
    if _is_one_group(latex):
        return Name(literal=decode(latex[1:-1]))
    parts = [part.strip() for part in _split_commas(latex)]
    extended = _extended(parts) if "=" in latex else None
    if extended is not None:
        return extended
    return _name_of_parts(parts, _words, _text)


def _read_plain_name(latex: str) -> Name:
    """`_read_name` of a name without `_NEEDS_DECODING`'s markup: no decoding."""
    parts = [part.strip() for part in latex.split(",")]
    if len(parts) == 2 and len(parts[0].split()) <= 1:  # "Family, Given", as most are
        return Name(family=parts[0] or None, given=parts[1] or None)
    return _name_of_parts(parts, str.split, _joined)


def _name_of_parts(parts: list[str], words_of: Callable[[str], list[str]],
                   text: Callable[[list[str]], str | None]) -> Name:
    """The name whose comma-separated `parts` are "First von Last", "von Last, First"
    or "von Last, Jr, First"."""
    if len(parts) == 1:
        words = words_of(parts[0])
        von_start = next((i for i, w in enumerate(words[:-1]) if _is_lower(w)), None)
        if von_start is None:
            first, von, last = words[:-1], [], words[-1:]
        else:
            von_end = max(i for i, w in enumerate(words[:-1]) if _is_lower(w)) + 1
            first, von, last = words[:von_start], words[von_start:von_end], words[von_end:]
        jr: list[str] = []
    else:
        von, last = _von_last(words_of(parts[0]))
        jr = [parts[1]] if len(parts) > 2 else []
        first = [", ".join(parts[2:] if len(parts) > 2 else parts[1:])]
    return Name(family=text(last), given=text(first), non_dropping_particle=text(von),
                suffix=text(jr))


def _extended(parts: list[str]) -> Name | None:
    """A name in biblatex's "key=value, …" form, or None when `parts` are not one."""
    pairs = [_EXTENDED_KEY.fullmatch(part) for part in parts]
    if not all(pairs) or not any(pair[1].lower() == "family" for pair in pairs if pair):
        return None
    values = {pair[1].lower(): _unbrace(pair[2].strip()) for pair in pairs if pair}
    name = Name(**{field: decode(values[key]) or None
                   for key, field in _EXTENDED_PARTS.items() if key in values})
    if values.get("prefix"):
        prefix = decode(values["prefix"])
        if values.get("useprefix", "").strip().lower() == "true":
            name.non_dropping_particle = prefix
        else:
            name.dropping_particle = prefix
    return name


def _unbrace(value: str) -> str:
    return value[1:-1] if _is_one_group(value) else value


def write_name(name: Name) -> str:
    """The "von Last, Jr, First" form; a body (literal) as one brace group.

    A suffix without a given name has no form biber accepts: it is left out here
    (the writer's check then carries the exact name)."""
    if name.literal is not None or not name.family:
        return "{" + encode_plain(name.literal or name.given or "") + "}"
    family = encode_plain(name.family)
    if _needs_braces(name.family) or _is_lower(family):
        family = "{" + family + "}"
    particle = name.non_dropping_particle or name.dropping_particle
    head = f"{encode_plain(particle)} {family}" if particle else family
    if not name.given:  # "Last, Jr," with no first name is an error to biber
        return head
    parts = [head]
    if name.suffix:
        parts.append(_protect(name.suffix))
    parts.append(_protect(name.given))
    return ", ".join(parts)


def _protect(text: str) -> str:
    """A given name or suffix, braced only if a comma or "and" would split it."""
    encoded = encode_plain(text)
    return "{" + encoded + "}" if _splits(text) else encoded


def _splits(text: str) -> bool:
    return "," in text or any(word.lower() == "and" for word in text.split())


def _needs_braces(family: str) -> bool:
    """A family name of several words is braced, or BibTeX takes the first for von."""
    return _splits(family) or len(family.split()) > 1


def _von_last(words: list[str]) -> tuple[list[str], list[str]]:
    """Split "von Last": von ends at the last lowercase word before the final one."""
    lower = [i for i, w in enumerate(words[:-1]) if _is_lower(w)]
    if not lower or lower[0] != 0:
        return [], words
    return words[: lower[-1] + 1], words[lower[-1] + 1 :]


def _text(words: list[str]) -> str | None:
    return (decode(" ".join(words)) or None) if words else None


def _joined(words: list[str]) -> str | None:
    """`_text` of plain words (no markup, single spaces): nothing to decode."""
    return " ".join(words).strip() or None  # ", " joining empty parts: stripped


def _is_lower(word: str) -> bool:
    """BibTeX's test: the first letter at brace depth 0 (or of a `{\\'e}` accent group)."""
    depth = 0
    i = 0
    while i < len(word):
        char = word[i]
        if char == "{":
            if depth == 0 and word.startswith("{\\", i):
                return decode(word[i:])[:1].islower()
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0 and char.isalpha():
            return char.islower()
        i += 1
    return False


def _is_one_group(latex: str) -> bool:
    if not (latex.startswith("{") and latex.endswith("}")):
        return False
    depth = 0
    for index, char in enumerate(latex):
        if char == "{" and (index == 0 or latex[index - 1] != "\\"):
            depth += 1
        elif char == "}" and latex[index - 1] != "\\":
            depth -= 1
            if depth == 0 and index != len(latex) - 1:
                return False
    return True


def split_and(latex: str) -> list[str]:
    """Split a BibTeX list at the word "and" (any case) at brace depth 0."""
    if "{" not in latex and "\\" not in latex:  # words split by white space alone
        return [part.strip() for part in _AND_SEPARATOR.split(" ".join(latex.split()))]
    if _AND_WORD.search(latex) is None:  # one name, or one item of a list
        return [" ".join(_words(latex, ties_split=False)).strip()]
    return _split_at_and_words(latex)


def _split_at_and_words(latex: str) -> list[str]:
    """`split_and` word by word: what its shortcuts must give."""
    parts: list[str] = []
    current: list[str] = []
    for word in _words(latex, ties_split=False):
        if word.lower() == "and":
            parts.append(" ".join(current))
            current = []
        else:
            current.append(word)
    parts.append(" ".join(current))
    return [p.strip() for p in parts]


_AND_WORD = re.compile(r"(?<!\S)and(?!\S)", re.IGNORECASE)
"""The word "and" anywhere, at any depth: a text without it is not split."""
_AND_SEPARATOR = re.compile(r"(?:^| )and(?= |$)", re.IGNORECASE)
"""The word "and" in words joined by single spaces."""


def _split_commas(latex: str) -> list[str]:
    if "{" not in latex and "\\" not in latex:
        return latex.split(",")
    parts, start, depth, escaped = [], 0, 0, False
    for index, char in enumerate(latex):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(latex[start:index])
            start = index + 1
    parts.append(latex[start:])
    return parts


def _words(latex: str, ties_split: bool = True) -> list[str]:
    """Words separated by white space at brace depth 0 (in names "~" too)."""
    if "{" not in latex and "\\" not in latex:
        return (latex.replace("~", " ") if ties_split else latex).split()
    words: list[str] = []
    current: list[str] = []
    depth = 0
    for chunk in (_CHUNK_TIES if ties_split else _CHUNK).findall(latex):
        if chunk == "{":
            depth += 1
        elif chunk == "}":
            depth -= 1
        elif depth == 0 and (chunk[0].isspace() or chunk == "~"):
            if current:
                words.append("".join(current))
            current = []
            continue
        current.append(chunk)
    if current:
        words.append("".join(current))
    return words


_CHUNK = re.compile(r"\\.?|[{}]|\s+|[^\\{}\s]+", re.DOTALL)
"""What `_words` steps over: an escaped character, a brace, white space, other text."""
_CHUNK_TIES = re.compile(r"\\.?|[{}~]|\s+|[^\\{}\s~]+", re.DOTALL)
"""The same, with the tie "~" apart: in a name it separates words."""
