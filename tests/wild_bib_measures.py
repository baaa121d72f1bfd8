"""Issue 12's measures of one real .bib file read, written and read again: shared by
tests/test_wild_corpus.py (which requires them) and benchmarks/measure_wild_bib.py
(which prints them for the whole corpus).

Each file is read leniently (`.bibtex` as classic BibTeX, anything else as
BibLaTeX), written whole in the same dialect, and read again. Originals are the
file's raw entries (values as written, before crossref inheritance); the written
entries are matched to them by key.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import bibtexparser

from biblio.data import biblatex_map as table
from biblio.formats import biblatex, bibfile, bibtex
from biblio.formats.csljson import item_to_json
from biblio.formats.bibnames import read_names, split_and
from biblio.formats.latex import decode

MATH = re.compile(r"(?<!\\)\$[^$]+(?<!\\)\$")
"""Inline math as users write it: `$\\alpha$` (an escaped `\\$` is a dollar sign)."""
PROTECTED = re.compile(r"""(?<![\\A-Za-z])(?<!\\[`'^"~=.])  # not a command's argument
    \{(?!\\)([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}                # {DNA}, {{GROMACS}}""", re.VERBOSE)
"""A non-empty brace group that does not belong to a command and does not start with
one (`{DNA}`, `{{GROMACS}}`): case protection, up to one level of nesting. It is kept
when the written entry has it as written, or a group of the same text (`{Universit{\\"a}t}`
written `{Universität}`)."""
ESCAPED_COMMAND = "\\textbackslash"
_NOCASE = '<span class=\\"nocase\\">{}</span>'
"""A nocase span as the carrier's JSON holds it."""

MEASURES = ("entries by bibtexparser", "entries read", "math", "math kept",
            "protected braces", "protected braces kept", "protected braces in verba",
            "commands escaped",
            "fields in verba", "fields lost", "round trip unequal")


def measure_file(path: Path, lost: list[str] | None = None) -> Counter[str]:
    """The measures of one file; the fields counted as lost are added to `lost`."""
    text = path.read_text(encoding="utf-8-sig")
    module = bibtex if path.suffix == ".bibtex" else biblatex
    counts: Counter[str] = Counter({name: 0 for name in MEASURES})
    counts["entries by bibtexparser"] = len(bibtexparser.parse_string(text).entries)
    items, _ = module.read_with_problems(text)
    counts["entries read"] = len(items)
    written_text = module.write(items)
    again, _ = module.read_with_problems(written_text)
    counts["round trip unequal"] = sum(a != b for a, b in zip(items, again)) + abs(
        len(items) - len(again))
    originals: dict[str, dict[str, str]] = {}
    for raw in bibfile.parse(text).entries:
        originals.setdefault(raw.key, raw.fields)
    written = {raw.key: raw.fields for raw in bibfile.parse(written_text).entries}
    for item in items:
        fields = written.get(item.id)
        if fields is None or item.id not in originals:
            continue  # a key written anew (the file repeats a key)
        _compare(originals[item.id], fields, item_to_json(item), counts,
                 lost if lost is not None else [])
    return counts


def _compare(original: dict[str, str], written: dict[str, str], item_json: dict,
             counts: Counter[str], lost: list[str]) -> None:
    visible = {name: value for name, value in written.items() if name != table.CARRIER_FIELD}
    visible_text = "\n".join(visible.values())
    groups = {decode(inner) for inner in PROTECTED.findall(visible_text)}
    carrier = written.get(table.CARRIER_FIELD)
    if carrier is not None:
        try:
            counts["fields in verba"] += len(set(json.loads(carrier)) - {"id"})
        except ValueError:
            pass  # another tool's verba field, kept as it was
    dumped = json.dumps(item_json, ensure_ascii=False)
    for name, value in original.items():
        if name in table.VERBATIM_FIELDS:
            continue
        for math in MATH.findall(value):
            counts["math"] += 1
            counts["math kept"] += math in visible_text
        if name not in table.NAME_LIST_FIELDS:
            for inner in PROTECTED.findall(value):
                if inner.strip():
                    counts["protected braces"] += 1
                    if "{" + inner + "}" in visible_text or decode(inner) in groups:
                        counts["protected braces kept"] += 1
                    elif carrier and _NOCASE.format(_json(decode(inner))) in carrier:
                        counts["protected braces in verba"] += 1
        if not _kept(name, value, written, dumped):
            counts["fields lost"] += 1
            lost.append(f"{item_json['id']}: {name} = {{{value[:60]}}}")
    for name, value in visible.items():
        if ESCAPED_COMMAND in value and ESCAPED_COMMAND not in original.get(name, ""):
            counts["commands escaped"] += 1


_WRITTEN_AS = {"language": {"langid"}, "year": {"date"}, "month": {"date"},
               "day": {"date"}, "date": {"year"}}
"""Fields the writer gives another name: language → langid, year/month → date."""


_DATE_VARIABLES = {field: variable for variable, field in table.DATE_FIELDS.items()}


def _kept(name: str, value: str, written: dict[str, str], dumped: str) -> bool:
    """A field is kept when the written entry has it (under its name, the name biber
    reads it as, or the one it is written as) or its text is somewhere in the item."""
    alias = table.FIELD_ALIASES.get(name, name)
    names = {name, alias, table.CLASSIC_FIELDS.get(alias)} | _WRITTEN_AS.get(name, set())
    if names & set(written):
        return True
    if name in table.NAME_LIST_FIELDS:
        return all(_json(person.family or person.literal or "") in dumped
                   for person in read_names(value))
    if alias in table.LIST_FIELDS:  # "A and B" is a list of two: each must be there
        return all(_json(decode(part, rich=True)) in dumped for part in split_and(value))
    variable = _DATE_VARIABLES.get(alias)
    if variable is not None:
        return f'"{variable}":' in dumped
    return any(not shown or _json(shown) in dumped
               for shown in (decode(value)[:40], decode(value, rich=True)[:40]))


def _json(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]
