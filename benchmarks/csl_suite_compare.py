"""The CSL test suite (processor-tests/humans) through plain citeproc-py and through biblio's
own processor: pass counts, and the fixtures citeproc-py passes that biblio fails (each one a
defect, issue 10). Writes the list of citeproc-py's passes to tests/data/csl-suite-citeproc-py.txt.

    BIBLIO_SHARED=/path/to/shared .venv/bin/python benchmarks/csl_suite_compare.py

Results (2026-12-06, citeproc-py 0.11.1, suite commit 13724f9, 845 fixtures, load average 6.8
on 2 cores):
    citeproc-py passes 442, biblio passes 810; citeproc-py passes and biblio fails: 0.
(tests/test_csl_suite.py, with no time limit per fixture, counts 811; this script stops a
fixture after 10 s of wall time, which one fixture exceeded on the loaded machine.)
Before (2026-12-05): citeproc-py 442, biblio 769.
(citeproc-py is driven here through its public API, as a user would; issue 10 counts 504
with another driver.)
"""

from __future__ import annotations

import io
import os
import signal
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from csl_fixtures import Fixture, _clusters, _select, normalise, read_fixture, run_fixture  # noqa: E402

OUT = ROOT / "tests" / "data" / "csl-suite-citeproc-py.txt"


def suite_dir() -> Path:
    configured = os.environ.get("BIBLIO_SHARED")
    base = Path(configured) if configured else ROOT.parent / "shared"
    return base / "csl-test-suite" / "processor-tests" / "humans"


def run_citeproc_py(fixture: Fixture) -> str:
    """The fixture rendered as citeproc-py's own test runner renders it (HTML)."""
    from citeproc import (Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle,
                          Locator, formatter)
    from citeproc.source.json import CiteProcJSON

    style = CitationStylesStyle(io.BytesIO(fixture.csl.encode("utf-8")), validate=False)
    source = CiteProcJSON(fixture.items)
    bibliography = CitationStylesBibliography(style, source, formatter.html)
    clusters, _ = _clusters(fixture)
    citations = []
    for cluster in clusters:
        cites = []
        for cite in cluster:
            locator = Locator(cite.get("label") or "page", str(cite["locator"])) if cite.get("locator") else None
            cites.append(CitationItem(str(cite["id"]).lower(), locator=locator,
                                      prefix=cite.get("prefix") or "", suffix=cite.get("suffix") or ""))
        citation = Citation(cites)
        bibliography.register(citation)
        citations.append(citation)
    if fixture.mode == "citation":
        rendered = [str(bibliography.cite(c, lambda item: None)) for c in citations]
        if fixture.citations is not None:
            return "\n".join(f"..[{i}] {text}" for i, text in enumerate(rendered))
        return "\n".join(rendered)
    bibliography.sort()
    keep = {str(item["id"]).lower() for item in _select(fixture.items, fixture.bib_section)}
    entries = [str(entry) for key, entry in zip(bibliography.keys, bibliography.bibliography()) if key in keep]
    body = "".join(f'  <div class="csl-entry">{entry}</div>\n' for entry in entries)
    return f'<div class="csl-bib-body">\n{body}</div>'


def _timeout(signum: int, frame: object) -> None:
    raise TimeoutError


def passes(run, fixture: Fixture) -> bool:
    signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(10)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return normalise(run(fixture)) == normalise(fixture.result)
    except Exception:  # noqa: BLE001 - a crash or a hang is a failure of that fixture
        return False
    finally:
        signal.alarm(0)


def main() -> None:
    folder = suite_dir()
    if not folder.is_dir():
        sys.exit(f"the CSL test suite is not at {folder} (set BIBLIO_SHARED)")
    fixtures = [read_fixture(path) for path in sorted(folder.glob("*.txt"))]
    citeproc_py = [f.name for f in fixtures if passes(run_citeproc_py, f)]
    biblio = {f.name for f in fixtures if passes(run_fixture, f)}
    OUT.write_text("".join(f"{name}\n" for name in citeproc_py), "utf-8")
    worse = [name for name in citeproc_py if name not in biblio]
    print(f"fixtures: {len(fixtures)}; citeproc-py passes {len(citeproc_py)}; biblio passes {len(biblio)}")
    print(f"citeproc-py passes, biblio fails ({len(worse)}):")
    for name in worse:
        print("  ", name)


if __name__ == "__main__":
    main()
