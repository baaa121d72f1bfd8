"""The rows of issue 12's table, measured on the wild .bib corpus (shared/wild/bib).

Command line (from the project root; the corpus is found through BIBLIO_SHARED or
../shared beside the repository):

    .venv/bin/python benchmarks/measure_wild_bib.py

Each file is read (leniently; `.bibtex` as classic BibTeX, the rest as BibLaTeX),
written in the same dialect and read again. The rows:

- entries read: items biblio reads, against bibtexparser v2's default parse;
- files refused whole: files that `biblio convert FILE out.json` (its default mode)
  does not convert at all;
- math kept: `$…$` spans of the original fields found verbatim in the written entry
  (outside the carrier field);
- protected braces kept: `{…}` groups of text fields that do not start with a
  command (`{DNA}`, `{{GROMACS}}`), found verbatim in the written entry;
- commands escaped: written fields holding `\\textbackslash` where the original did not;
- fields in verba: variables the written entries keep in the carrier field because no
  visible field carried them;
- fields lost: original fields whose name is not in the written entry and whose text
  appears nowhere in the item;
- round trip unequal: items for which read(write(item)) differs.

Figures are in docs/bibtex-mapping.md ("Real files") with the date of the run.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import bibtexparser

from biblio.data import biblatex_map as table
from biblio.errors import BiblioError
from biblio.formats import biblatex, bibtex, bibfile, convert
from biblio.formats.csljson import item_to_json
from biblio.formats.latex import decode

_MATH = re.compile(r"(?<!\\)\$[^$]+(?<!\\)\$")
_GROUP = re.compile(r"(?<![\\A-Za-z])\{(?!\\)([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}")


def shared_bib() -> Path:
    configured = os.environ.get("BIBLIO_SHARED")
    base = Path(configured) if configured else Path(__file__).resolve().parents[2] / "shared"
    return base / "wild" / "bib"


def measure(path: Path, totals: dict[str, int]) -> None:
    text = path.read_text(encoding="utf-8-sig")
    module = bibtex if path.suffix == ".bibtex" else biblatex
    source = "bibtex" if module is bibtex else "biblatex"
    totals["bibtexparser"] += len(bibtexparser.parse_string(text).entries)
    try:
        convert(text, source, "csljson")
    except BiblioError:
        totals["files refused"] += 1
    items, _ = module.read_with_problems(text)
    totals["entries read"] += len(items)
    originals: dict[str, dict[str, str]] = {}
    for raw in bibfile.parse(text).entries:
        originals.setdefault(raw.key, raw.fields)
    for item in items:
        written = bibfile.parse(module.write([item])).entries[0]
        visible = {k: v for k, v in written.fields.items() if k != table.CARRIER_FIELD}
        visible_text = "\n".join(visible.values())
        carrier = written.fields.get(table.CARRIER_FIELD)
        if carrier:
            try:
                totals["fields in verba"] += len(set(json.loads(carrier)) - {"id"})
            except ValueError:
                pass
        again = module.read(module.write([item]))
        totals["round trip unequal"] += again != [item]
        fields = originals.get(item.id, {})
        dumped = json.dumps(item_to_json(item), ensure_ascii=False)
        for name, value in fields.items():
            if name in table.VERBATIM_FIELDS:
                continue
            for math in _MATH.findall(value):
                totals["math"] += 1
                totals["math kept"] += math in visible_text
            if name not in table.NAME_LIST_FIELDS:
                for inner in _GROUP.findall(value):
                    totals["protected braces"] += 1
                    totals["protected braces kept"] += "{" + inner + "}" in visible_text
            aliased = table.FIELD_ALIASES.get(name, name)
            if (name not in written.fields and aliased not in written.fields
                    and table.CLASSIC_FIELDS.get(aliased) not in written.fields):
                shown = decode(value)[:40]
                if shown and shown not in dumped and json.dumps(shown)[1:-1] not in dumped:
                    totals["fields lost"] += 1
        for name, value in visible.items():
            if "\\textbackslash" in value and "\\textbackslash" not in fields.get(name, ""):
                totals["commands escaped"] += 1


def main() -> None:
    folder = shared_bib()
    if not folder.is_dir():
        sys.exit(f"the wild corpus is absent: {folder} (set BIBLIO_SHARED)")
    totals: dict[str, int] = {key: 0 for key in (
        "files", "bibtexparser", "entries read", "files refused", "math", "math kept",
        "protected braces", "protected braces kept", "commands escaped",
        "fields in verba", "fields lost", "round trip unequal")}
    for path in sorted(folder.iterdir()):
        totals["files"] += 1
        measure(path, totals)
    for key, value in totals.items():
        print(f"{key:<24}{value:>8,}")


if __name__ == "__main__":
    main()
