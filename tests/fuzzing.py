"""Fuzzing biblio: mutations of real inputs, and what every input must survive.

Shared by `tests/test_fuzz.py` (a bounded budget in every run) and
`benchmarks/fuzz.py` (minutes, before a release). A mutation is a function of a text
and a `random.Random`, so that hypothesis (which draws the Random) and the benchmark
(which seeds its own) run the same mutations.

- `SEEDS`: real BibLaTeX, CSL-JSON and footnotes (tests/data, tests/data/fuzz).
- `MUTATORS`: per kind, mutations that know its grammar (a BibTeX brace, @string or
  crossref, odd text at the start of a value; a JSON value of another type, a key given
  twice, odd text in a string; a "Там же", a superscript mark) plus blind ones (a span cut, doubled, swapped, bytes flipped).
- `exercise(kind, text)`: the reader of that kind; then, on what it accepts, every
  writer and both styles. Only a BiblioError may escape, which is how biblio turns
  down bad input; any other exception is a defect.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from biblio import BiblioError, FORMATS, extract_footnotes, parse_footnotes, render, repair_text
from biblio.encodings import decode
from biblio.formats import read, write

DATA = Path(__file__).parent / "data"
KINDS = ("biblatex", "bibtex", "csljson", "document", "footnotes", "article")


def _seeds() -> dict[str, list[str]]:
    bib = sorted((DATA / "fuzz").glob("*.bib")) + sorted((DATA / "wild").glob("*.bib"))
    csl = sorted((DATA / "fuzz").glob("*.json")) + [DATA / "wild" / "zotero.json"]
    footnotes = (DATA / "footnotes_repaired.txt").read_text(encoding="utf-8")
    bib_texts = [path.read_text(encoding="utf-8") for path in bib]
    return {
        "biblatex": bib_texts,
        "bibtex": bib_texts,
        "csljson": [path.read_text(encoding="utf-8") for path in csl],
        "document": [(DATA / "gold.json").read_text(encoding="utf-8")],
        "footnotes": ["\n".join(footnotes.splitlines()[i:i + 6]) for i in range(0, 60, 6)],
        "article": [_article(footnotes.splitlines()[i:i + 4]) for i in range(0, 60, 4)],
    }


def _article(notes: list[str]) -> str:
    body = " ".join(f"Текст абзаца с мыслью{n}." for n in range(1, len(notes) + 1))
    return body + "\n\n" + "\n".join(f"{n} {note}" for n, note in enumerate(notes, 1)) + "\n"


SEEDS = _seeds()

# --- mutations ---------------------------------------------------------------------

ODD_TEXT = ("¹", "²³", "①", "٣", "9" * 4400, "¹" * 4400, "\x00", "\ufeff", "\u0301", "\\",
            "\ud800", "\r", "\t", "  ", "\n\n", "—", "…", "«", "»", "{", "}", "[", "]", "%",
            "$", "#", "~", "&", "<i>", "</i>", "𝔄", "ё", "Ñ.", "÷.", "ââ.", "С.", "C.")

BIB_TOKENS = ("@", "@book{", "@string{s = {v}}", "@preamble{ \"x\" }", "@comment{", "{", "}",
              "{{", "}}", ",", "=", "\"", " # ", "s", "crossref = {", "xdata = {", "\\'",
              "\\\"", "\\\\", "\\v{", "\\c{c}", "\\url{", "\\relax", "$x^2$", "and", " and others",
              "author = {", "date = {", "year = {", "pages = {", "2004/2005", "2004-13",
              "-0044", "..", "date = {2004~}", "month = jan", "langid = {russian}", "\n")

FOOTNOTE_TOKENS = ("Там же. С. ", "Ibid., p. ", "Указ. соч. С. ", "op. cit., p. ", "См.: ",
                   "С. ", "Т. ", "Ч. ", "Вып. ", "Л. ", "об.", "ф. ", "оп. ", "д. ", "л. ",
                   "РГАСПИ, ", "АВП РФ, ", " // ", " / ", " – ", "—", "М., ", "P., ",
                   "Под ред. ", "2004", "1933—1939", "[Электронный ресурс]. URL: ",
                   "(дата обращения: 12.05.2020)", "Иванов И.И. ", "du Réau E. ", "; ", ". ")

JSON_VALUES: tuple[object, ...] = (None, True, 5, -1, 0.5, 1e308, "", "¹", "9" * 4400, [], {},
                                   [5], [[]], {"date-parts": [[2004]]}, {"literal": 5},
                                   {"raw": ["2004"]}, {"date-parts": [["2004", "x", 40]]},
                                   [{"family": 5}], [{"literal": "Org"}], "2004/2005",
                                   [[[[[[]]]]]], {"date-parts": [[2004], [2003], [2002]]})

CSL_KEYS = ("id", "type", "title", "author", "editor", "issued", "accessed", "page",
            "volume", "language", "container-title", "publisher-place", "note",
            "archive_location", "number-of-pages", "edition", "notes", "items", "cites",
            "item", "form", "locator", "leftover", "problems", "n", "comment", "text")


def cut(text: str, rng: random.Random) -> str:
    start = rng.randrange(len(text) + 1)
    return text[:start] + text[start + rng.randrange(1, 40):]


def double(text: str, rng: random.Random) -> str:
    start = rng.randrange(len(text) + 1)
    span = text[start:start + rng.randrange(1, 80)]
    return text[:start] + span * rng.randrange(2, 50) + text[start:]


def swap_lines(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def truncate(text: str, rng: random.Random) -> str:
    return text[:rng.randrange(len(text) + 1)]


def flip_bytes(text: str, rng: random.Random) -> str:
    """A few bytes of the UTF-8 text changed at random, read back as a file would be."""
    data = bytearray(text.encode("utf-8", "surrogatepass"))
    for _ in range(rng.randrange(1, 6)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    try:
        return decode(bytes(data), "fuzz").text
    except BiblioError:
        return data.decode("utf-8", "replace")


def _inserting(tokens: tuple[str, ...]) -> Callable[[str, random.Random], str]:
    def insert(text: str, rng: random.Random) -> str:
        start = rng.randrange(len(text) + 1)
        return text[:start] + rng.choice(tokens) + text[start:]
    insert.__name__ = "insert_token"
    return insert


BIB_VALUE_START = re.compile(r"=\s*[{\"]")
"""Where a field's value begins in BibTeX: odd text put there reaches the model."""


def odd_bib_value(text: str, rng: random.Random) -> str:
    """Odd text ("¹", a 4,400-digit number, a NUL) at the start of a field's value."""
    starts = [match.end() for match in BIB_VALUE_START.finditer(text)]
    if not starts:
        return odd_text(text, rng)
    start = rng.choice(starts)
    return text[:start] + rng.choice(ODD_TEXT) + text[start:]


def odd_json_string(text: str, rng: random.Random) -> str:
    """Odd text put into one string value of a JSON document."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return odd_text(text, rng)
    fields = [(container, key) for container in _containers(data)
              for key, value in (container.items() if isinstance(container, dict)
                                 else enumerate(container)) if isinstance(value, str)]
    if not fields:
        return odd_text(text, rng)
    container, key = rng.choice(fields)
    value = container[key]
    start = rng.randrange(len(value) + 1)
    container[key] = value[:start] + rng.choice(ODD_TEXT) + value[start:]
    return json.dumps(data, ensure_ascii=False)


def nest_braces(text: str, rng: random.Random) -> str:
    """A value wrapped in hundreds of braces or accents: deep structures that a
    recursive reader would not survive."""
    start = rng.randrange(len(text) + 1)
    depth = rng.randrange(100, 1500)
    opening, closing = rng.choice([("{", "}"), ("\\'{", "}"), ("[", "]"), ("{\"a\": ", "}")])
    return text[:start] + opening * depth + closing * depth + text[start:]


def change_json_value(text: str, rng: random.Random) -> str:
    """One value somewhere in a JSON document replaced by a value of another type, a
    key renamed, removed or given twice."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return cut(text, rng)
    containers = _containers(data)
    if not containers:
        return json.dumps(rng.choice(JSON_VALUES))
    container = rng.choice(containers)
    if isinstance(container, list):
        if container:
            container[rng.randrange(len(container))] = rng.choice(JSON_VALUES)
        else:
            container.append(rng.choice(JSON_VALUES))
        return json.dumps(data, ensure_ascii=False)
    action = rng.randrange(4)
    key = rng.choice(list(container)) if container else rng.choice(CSL_KEYS)
    if action == 0:
        container[key] = rng.choice(JSON_VALUES)
    elif action == 1:
        container.pop(key, None)
    elif action == 2:
        container[rng.choice(CSL_KEYS)] = container.pop(key, None)
    else:
        dumped = json.dumps(data, ensure_ascii=False)
        return dumped.replace("{", "{" + json.dumps(key) + ": 1, ", 1)
    return json.dumps(data, ensure_ascii=False)


def _containers(data: object) -> list:
    found, stack = [], [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            found.append(value)
            stack.extend(value.values())
        elif isinstance(value, list):
            found.append(value)
            stack.extend(value)
    return found


def odd_text(text: str, rng: random.Random) -> str:
    return _inserting(ODD_TEXT)(text, rng)


BLIND = (cut, double, swap_lines, truncate, flip_bytes, odd_text)
MUTATORS: dict[str, tuple[Callable[[str, random.Random], str], ...]] = {
    "biblatex": BLIND + (_inserting(BIB_TOKENS), _inserting(BIB_TOKENS), odd_bib_value,
                         odd_bib_value, nest_braces),
    "bibtex": BLIND + (_inserting(BIB_TOKENS), odd_bib_value, odd_bib_value, nest_braces),
    "csljson": BLIND + (change_json_value, change_json_value, odd_json_string,
                        odd_json_string, nest_braces),
    "document": BLIND + (change_json_value, change_json_value, odd_json_string,
                         odd_json_string, nest_braces),
    "footnotes": BLIND + (_inserting(FOOTNOTE_TOKENS), _inserting(FOOTNOTE_TOKENS)),
    "article": BLIND + (_inserting(FOOTNOTE_TOKENS),),
}


def mutant(kind: str, rng: random.Random) -> str:
    """A seed of `kind` after one to four mutations."""
    text = rng.choice(SEEDS[kind])
    for _ in range(rng.randrange(1, 5)):
        text = rng.choice(MUTATORS[kind])(text, rng)
    return text


def random_text(rng: random.Random) -> str:
    """Random bytes, decoded as biblio decodes a file (or turned down as one would be)."""
    data = bytes(rng.randrange(256) for _ in range(rng.randrange(200)))
    try:
        return decode(data, "fuzz").text
    except BiblioError:
        return data.decode("latin-1")


# --- what every input must survive --------------------------------------------------

def exercise(kind: str, text: str) -> None:
    """Read `text` as `kind`; write and render what was read. Raises only a
    BiblioError for input biblio turns down; any other exception is a defect."""
    if kind in ("footnotes", "article"):
        if kind == "article":
            notes = extract_footnotes(repair_text(text).text)
        else:
            notes = [line for line in text.split("\n") if line.strip()]
        data = parse_footnotes(notes)
    else:
        data = read(text, kind)
    for target in FORMATS:
        _turned_down_or_done(write, data, target)
    for style in ("gost", "chicago"):
        _turned_down_or_done(render, data, style=style)


def _turned_down_or_done(step: Callable[..., object], *args: object, **options: object) -> None:
    try:
        step(*args, **options)
    except BiblioError:
        pass
