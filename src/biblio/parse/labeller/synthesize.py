"""More training references: the train items of the labelled sets, rendered by biblio.

The external sets print references in reference-list styles (APA, Vancouver, the
Italian and German habits); our users' footnotes are mostly GOST and Chicago notes.
Rendering the same gold items in GOST R 7.0.5-2008 (with its options) and in Chicago
17 notes and bibliography teaches the labeller those forms, and the gold item gives
the labels (`align`). Only `train` rows are rendered, and not the held-back dev tenth.

    python -m biblio.parse.labeller.synthesize [--corpora DIR] [--output FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path
from typing import Any

from biblio.errors import BiblioError
from biblio.formats.csljson import item_from_json
from biblio.model import Cite, Document, Item, Note
from biblio.parse.labeller.train import CORPORA, labelled_rows
from biblio.parse.language import detect_language
from biblio.render import render

OUTPUT = CORPORA / "rendered" / "rendered.jsonl"
STYLES: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("gost", "notes", {}),
    ("gost", "notes", {"initials": "spaced", "separators": "full"}),
    ("chicago", "notes", {}),
    ("chicago", "bibliography", {}),
)
"""(style, part, options): every item is rendered in one of these, chosen by its id."""
BATCH = 500


def _item(row: dict[str, Any], index: int) -> Item:
    item = item_from_json({**row["item"], "id": f"r{index}"}, row["id"])
    if "language" not in item.fields:
        language = detect_language(item.get("title") or "")
        if language:
            item.fields["language"] = language
    return item


def _render(rows: list[dict[str, Any]], style: str, part: str,
            options: dict[str, Any]) -> list[dict[str, Any]]:
    items = [_item(row, index) for index, row in enumerate(rows)]
    locators = [str(zlib.crc32(row["id"].encode()) % 400 + 1) for row in rows]
    notes = [Note(n=index + 1, cites=[Cite(item=item.id, locator=locator, label="page")])
             for index, (item, locator) in enumerate(zip(items, locators))]
    document = Document(notes=notes, items={item.id: item for item in items})
    rendered = render(document, style=style, parts=part, **options)
    if part == "notes":
        texts = rendered.notes
    else:  # the bibliography is sorted: find each item's entry by rendering it alone
        texts = [next(iter(render([item], style=style, parts=part, **options).bibliography), "")
                 for item in items]
    out = []
    for row, text, locator in zip(rows, texts, locators):
        if text:
            out.append({"id": f"{row['id']}-{style}-{part}-{len(options)}", "text": text,
                        "item": row["item"], "split": "train", "style": style,
                        **({"locator": locator} if part == "notes" else {})})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    rows = list(labelled_rows(args.corpora / "external"))
    groups: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(zlib.crc32(row["id"].encode()) % len(STYLES), []).append(row)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with args.output.open("w", encoding="utf-8") as out:
        for index, (style, part, options) in enumerate(STYLES):
            chosen = groups.get(index, [])
            for start in range(0, len(chosen), BATCH):
                try:
                    batch = _render(chosen[start:start + BATCH], style, part, options)
                except BiblioError as error:
                    print(f"{style} {part}: batch at {start} not rendered: {error}",
                          file=sys.stderr)
                    continue
                for row in batch:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                written += len(batch)
            print(f"{style} {part} {options or ''}: {len(chosen)} items", file=sys.stderr)
    print(f"wrote {written} rendered references to {args.output.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
