"""The CSL test suite's fixture format (processor-tests/humans, README.rst there) read and run
through biblio's CSL processor, shared by the suite test and the comparison script.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SECTION = re.compile(r">>=+\s*([A-Z-]+)\s*=+>>\n(.*?)\n<<=+\s*\1\s*=+<<", re.DOTALL)
CITATION_LINE = re.compile(r"^(?:>>|\.\.)\[\d+\]\s*")


@dataclass
class Fixture:
    name: str
    mode: str
    result: str
    csl: str
    items: list[dict[str, Any]]
    citation_items: list[list[dict[str, Any]]] | None = None
    citations: list[Any] | None = None
    bib_entries: list[list[str]] | None = None
    bib_section: dict[str, Any] | None = None
    options: dict[str, Any] = field(default_factory=dict)


def read_fixture(path: Path) -> Fixture:
    sections = {name: body for name, body in SECTION.findall(path.read_text("utf-8"))}
    def data(name: str) -> Any:
        return json.loads(sections[name]) if name in sections and sections[name].strip() else None
    items = data("INPUT") or []
    for number, item in enumerate(items, 1):
        item.setdefault("id", f"ITEM-{number}")
    return Fixture(
        name=path.stem,
        mode=sections["MODE"].strip(),
        result=sections.get("RESULT", ""),
        csl=sections["CSL"],
        items=items,
        citation_items=data("CITATION-ITEMS"),
        citations=data("CITATIONS"),
        bib_entries=data("BIBENTRIES"),
        bib_section=data("BIBSECTION"),
        options=data("OPTIONS") or {},
    )


def _clusters(fixture: Fixture) -> tuple[list[list[dict[str, Any]]], list[int] | None]:
    if fixture.citations is not None:
        latest: dict[str, dict[str, Any]] = {}
        for entry in fixture.citations:
            latest[entry[0]["citationID"]] = entry[0]
        citation, before, after = fixture.citations[-1]
        document = [pair[0] for pair in before] + [citation["citationID"]] + [pair[0] for pair in after]
        notes_by_id = {pair[0]: pair[1] for pair in before + after}
        notes_by_id[citation["citationID"]] = citation.get("properties", {}).get("noteIndex", 0)
        clusters = [latest[key].get("citationItems", []) for key in document]
        notes = [int(notes_by_id.get(key) or 0) or index + 1 for index, key in enumerate(document)]
        return clusters, notes
    if fixture.citation_items is not None:
        return fixture.citation_items, None
    return [[{"id": key} for key in dict.fromkeys(item["id"] for item in fixture.items)]], None


def _matches(item: dict[str, Any], rule: dict[str, str]) -> bool:
    value = item.get(rule["field"])
    if rule["value"] == "":
        return value in (None, "", [])
    if isinstance(value, list):
        return rule["value"] in value
    return value == rule["value"]


def _select(items: list[dict[str, Any]], section: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not section:
        return items
    out = []
    for item in items:
        keep = True
        if "select" in section:
            keep = all(_matches(item, r) for r in section["select"])
        elif "include" in section:
            keep = any(_matches(item, r) for r in section["include"])
        elif "exclude" in section:
            keep = not any(_matches(item, r) for r in section["exclude"])
        if keep and "quash" in section and all(_matches(item, r) for r in section["quash"]):
            keep = False
        if keep:
            out.append(item)
    return out


def run_fixture(fixture: Fixture) -> str:
    """The fixture's output as citeproc-js's test runner writes it (HTML)."""
    from biblio.render.csl import Processor, compile_style
    style = compile_style(fixture.csl)
    processor = Processor(style, fixture.items, "html")
    if fixture.mode == "citation":
        clusters, notes = _clusters(fixture)
        rendered = processor.citations(clusters, notes)
        if fixture.citations is not None:
            return "\n".join(f"..[{i}] {text}" for i, text in enumerate(rendered))
        return "\n".join(rendered)
    if fixture.citations is not None or fixture.citation_items is not None:
        clusters, notes = _clusters(fixture)
        processor.citations(clusters, notes)
    elif fixture.bib_entries:
        processor.register([str(k) for k in fixture.bib_entries[-1]])
    else:
        processor.register([str(item["id"]) for item in fixture.items])
    selected = {str(item["id"]) for item in _select(fixture.items, fixture.bib_section)}
    keys = [key for key in processor.order() if key in selected]
    entries = processor.bibliography(keys)
    body = "".join(f'  <div class="csl-entry">{entry}</div>\n' for entry in entries)
    return f'<div class="csl-bib-body">\n{body}</div>'


def normalise(result: str) -> str:
    lines = [CITATION_LINE.sub("", line).rstrip() for line in result.strip().splitlines()]
    return "\n".join(lines)
