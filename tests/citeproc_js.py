"""Run a CSL style in citeproc-js, Zotero's processor, from the tests.

The styles must work unchanged in Zotero, so tests compare biblio's output with
citeproc-js's on the same CSL-JSON. Node and the npm package `citeproc` are not
dependencies of the project: the tests that use this module are skipped unless
BIBLIO_CITEPROC_JS names a node_modules directory holding `citeproc`
(`npm install citeproc` in any scratch directory).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

RUNNER = r"""
const CSL = require('citeproc');
const fs = require('fs');
const [stylePath, localesDir, dataPath] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(dataPath, 'utf8'));
const DIALECTS = {en: 'en-US', fr: 'fr-FR', de: 'de-DE', ru: 'ru-RU'};
const engine = new CSL.Engine({
  retrieveLocale: lang => {
    const file = `${localesDir}/locales-${DIALECTS[lang] || lang}.xml`;
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : false;
  },
  retrieveItem: id => input.items[id],
}, fs.readFileSync(stylePath, 'utf8'));
engine.setOutputFormat('text');
const citations = input.notes.map((cites, i) => ({
  citationID: 'c' + i, citationItems: cites, properties: {noteIndex: i + 1}}));
const notes = engine.rebuildProcessorState(citations, 'text').map(([, , text]) => text);
engine.updateItems(Object.keys(input.items));
const bibliography = engine.makeBibliography();
console.log(JSON.stringify({
  notes, bibliography: bibliography ? bibliography[1].map(entry => entry.trim()) : []}));
"""

needs_citeproc_js = pytest.mark.skipif(
    not (shutil.which("node") and os.environ.get("BIBLIO_CITEPROC_JS")),
    reason="set BIBLIO_CITEPROC_JS to a node_modules holding the npm package 'citeproc' "
           "(citeproc-js) to run the style in Zotero's processor")


@dataclass
class Output:
    """What citeproc-js printed: one string per note, the bibliography in its order."""

    notes: list[str]
    bibliography: list[str]


def cite_json(item: str, locator: str | None = None, label: str | None = None) -> dict[str, Any]:
    """A citeproc-js citation item."""
    return {"id": item, **({"locator": locator, "label": label or "page"} if locator else {})}


def run(style: Path, items: dict[str, dict[str, Any]], notes: list[list[dict[str, Any]]],
        workdir: Path) -> Output:
    """Notes (one list of citation items per footnote) and the bibliography of all
    `items` (CSL-JSON by id), rendered by citeproc-js with citeproc-py's locale files."""
    from citeproc import LOCALES_PATH

    data = workdir / "citeproc-js-input.json"
    data.write_text(json.dumps({"items": items, "notes": notes}, ensure_ascii=False),
                    encoding="utf-8")
    runner = workdir / "citeproc-js-run.js"
    runner.write_text(RUNNER, encoding="utf-8")
    result = subprocess.run(
        ["node", str(runner), str(style), str(LOCALES_PATH), str(data)],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "NODE_PATH": os.environ["BIBLIO_CITEPROC_JS"]},
    )
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    return Output(output["notes"], output["bibliography"])
