"""The rows of issue 12's table, measured on the whole wild .bib corpus (shared/wild/bib).

Command line (from the project root; the corpus is found through BIBLIO_SHARED or
../shared beside the repository):

    .venv/bin/python benchmarks/measure_wild_bib.py

The measures are those of tests/wild_bib_measures.py (read leniently, written whole
in the same dialect, read again; originals matched to written entries by key), which
tests/test_wild_corpus.py requires of the files up to 200 KB; here all 44 files run,
plus the files `biblio convert FILE out.json --strict` refuses whole and, where
biber is installed, the entries for which `biber --tool --validate-datamodel` reports
more problems in biblio's output than in the original.

Measured 2026-12-05 on the 44 files (12,131 entries, 6.8 MB). "before" is main at
d1b4b02 (before issue 12) through the same measures, except the last two rows, where
main's `biblio convert` was strict by default:

    measure                         before     after
    entries by bibtexparser         12,019    12,019
    entries read                    11,771    12,033
    math spans                         894       898
    math kept                            0       898
    protected braces                11,432    11,476
    protected braces kept              662    10,854
    protected braces in verba            –       584
    commands escaped                   268         0
    fields in verba                  1,886     1,800
    fields lost                          0         0
    round trip unequal                  64         0
    files refused (default)             11         0
    files refused (--strict)             –        21

Measured again 2026-12-06 06:09–06:30 (after the reading speed changes of that day;
load average about 6), with biber 2.18 installed: the same figures except fields in
verba 1,813; entries biber finds worse 511 (over all 44 files; the test's five files
have none), files refused 0 (default) and 21 (--strict). Most of those 511 were entries
biber never validated in the original: after an unbalanced brace ("Thi\{'ebaux") it loses
its place. With the original checked again entry by entry (07:35, test_wild_corpus's
`biber_worse_entries`): 40 entries in 8 files (bbt-import-unabbreviate-2 14,
bbt-import-jabref-2.10-groups 12, bbt-import-parenthesized 7, ttr-classic 2,
jabref-biblatex-software 2, three files 1).

Measured again 2026-12-06 09:00–09:40 (branch biber: undefined macros written back as
macro references, crossref children without the fields biber refuses in their type,
escaped braces of raw LaTeX balanced, ranges of seasons kept; load average 4–7),
biber's row by tests/test_wild_corpus.biber_worse_entries over each file (corrected:
lines starting with "%" are comments, entries biber skips or whose key biblio wrote
anew are not compared): entries biber finds worse 0 in all 44 files; the rest as
before except protected braces kept 10,941 (+534 in verba; 1 of 11,476 neither),
fields in verba 1,812.

Measured again 2026-12-06 09:50–10:03 (branch bibrest: undefined macros inside `#`
concatenations written back as macros, a `journal` on an @inproceedings written as
`journal`; load average 3–4; 460 s of CPU time, 12 min wall clock): entries biber
finds worse 0, fields lost 0, round trip unequal 0, math kept 898 of 898, protected
braces kept 10,941 (+534 in verba), files refused 0 / 21 (--strict), fields in verba
1,819. The 7 more in verba were the records of 7 name lists of
bbt-import-parenthesized (`MCDERMOTT # { and Gerald J. Sussman}`), then written as
text because biblio writes "Sussman, Gerald J."; a later commit writes them with the
macro when the names are the same: then biber on that file and ttr-classic (the two
with such concatenations) 0 worse, and the measures of all 44 files (without biber,
10:12, 21 s of CPU time, load average 1.6) fields in verba 1,812, the rest as above.

The 38 protected groups neither visible nor in a nocase span of the carrier are in 15
titles of one Better BibTeX export (bbt-import-unabbreviate-2.bib) that wraps them in
`\{\{\vphantom{\}\}}{{GaAs}}…`: their escaped braces do not pair up, so the title is
kept exactly in the carrier, as raw LaTeX. biber was not installed where this was run.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from wild_bib_measures import MEASURES, measure_file  # noqa: E402

from biblio.errors import BiblioError  # noqa: E402
from biblio.formats import biblatex, bibtex, convert_strictly  # noqa: E402


def shared_bib() -> Path:
    configured = os.environ.get("BIBLIO_SHARED")
    base = Path(configured) if configured else Path(__file__).resolve().parents[2] / "shared"
    return base / "wild" / "bib"


def refused(path: Path, strict: bool) -> bool:
    """Whether `biblio convert` refuses the file whole (strict: at any problem)."""
    text = path.read_text(encoding="utf-8-sig")
    source = "bibtex" if path.suffix == ".bibtex" else "biblatex"
    try:
        if strict:
            convert_strictly(text, source, "csljson")
        else:
            module = bibtex if source == "bibtex" else biblatex
            module.write(module.read_with_problems(text)[0])
    except BiblioError:
        return True
    return False


def biber_worse(path: Path) -> int:
    """Entries with more biber data-model complaints in our output than in the original,
    entry by entry (the test's own method: tests/test_wild_corpus.biber_worse_entries)."""
    from test_wild_corpus import biber_worse_entries

    module = bibtex if path.suffix == ".bibtex" else biblatex
    with tempfile.TemporaryDirectory() as folder:
        return len(biber_worse_entries(path.read_text(encoding="utf-8-sig"), Path(folder),
                                       module))


def main() -> None:
    folder = shared_bib()
    if not folder.is_dir():
        sys.exit(f"the wild corpus is absent: {folder} (set BIBLIO_SHARED)")
    totals: Counter[str] = Counter()
    biber = shutil.which("biber") is not None
    for path in sorted(folder.iterdir()):
        totals["files"] += 1
        totals.update(measure_file(path))
        totals["files refused (default)"] += refused(path, strict=False)
        totals["files refused (--strict)"] += refused(path, strict=True)
        if biber:
            totals["entries biber finds worse"] += biber_worse(path)
    for key in ("files", *MEASURES, "files refused (default)", "files refused (--strict)",
                *(["entries biber finds worse"] if biber else [])):
        print(f"{key:<28}{totals[key]:>8,}")


if __name__ == "__main__":
    main()
