"""Real .bib files that other people wrote (shared/wild/bib, SOURCES.md names them):
read, written and read again, each file must meet issue 12's measures.

The corpus is not copied into the project (its files carry their authors' licences);
the test skips, saying so, without it. CI time: the files up to `MAX_BYTES` run here
(33 of 44 files); benchmarks/measure_wild_bib.py measures the whole corpus and its
figures are in docs/bibtex-mapping.md. Where biber is installed, its data-model
validation must find no more problems in biblio's output than in the original,
entry by entry.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from biblio.formats import biblatex, bibtex
from shared_material import require_shared, shared_dir
from wild_bib_measures import measure_file

MAX_BYTES = 200_000


def corpus() -> list[Path]:
    base = shared_dir()
    folder = base / "wild" / "bib" if base else None
    if folder is None or not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if path.stat().st_size <= MAX_BYTES)


@pytest.fixture(scope="module", autouse=True)
def the_corpus_is_there() -> None:
    require_shared("wild", "bib")


@pytest.mark.parametrize("path", corpus() or [None], ids=lambda p: p.name if p else "absent")
def test_a_real_bib_file_is_read_written_and_read_back_losing_nothing(path: Path) -> None:
    lost: list[str] = []
    counts = measure_file(path, lost)
    assert counts["entries read"] >= counts["entries by bibtexparser"]
    assert counts["math kept"] == counts["math"]
    # a protected group of a field the entry type does not accept in biber's data
    # model (a @article's publisher) is kept exactly in the carrier, not written
    # where biber would reject it
    assert counts["protected braces kept"] + counts["protected braces in verba"] == \
        counts["protected braces"]
    assert counts["commands escaped"] == 0
    assert lost == []
    assert counts["round trip unequal"] == 0


_BIBER_PROBLEM = re.compile(r"\b(?:WARN|ERROR)\b.*?Entry '(?P<key>[^']+)'")


def biber_problems(path: Path, folder: Path) -> Counter[str]:
    """biber's data-model warnings and errors for each entry key of a .bib file."""
    biber = shutil.which("biber")
    assert biber is not None
    run = subprocess.run([biber, "--tool", "--validate-datamodel", path.name], cwd=folder,
                         capture_output=True, text=True, timeout=300)
    return Counter(match["key"] for match in _BIBER_PROBLEM.finditer(run.stdout + run.stderr))


@pytest.mark.skipif(shutil.which("biber") is None, reason="biber is not installed")
@pytest.mark.parametrize("name", ["biblatex-examples.bib", "biblatex-gost-examples.bib",
                                  "jabref-complex.bib", "bbt-export-edtf-dates.bib",
                                  "russian-phd-template-external.bib"])
def test_biber_finds_no_more_problems_in_our_output_than_in_the_original(
        name: str, tmp_path: Path) -> None:
    source = require_shared("wild", "bib", name)
    module = bibtex if source.suffix == ".bibtex" else biblatex
    original = tmp_path / "original.bib"
    original.write_text(source.read_text(encoding="utf-8-sig"), encoding="utf-8")
    ours = tmp_path / "ours.bib"
    ours.write_text(module.write(module.read_with_problems(
        original.read_text(encoding="utf-8"))[0]), encoding="utf-8")
    before, after = biber_problems(original, tmp_path), biber_problems(ours, tmp_path)
    worse = {key: (before[key], count) for key, count in after.items() if count > before[key]}
    assert worse == {}
