"""Real .bib files that other people wrote (shared/wild/bib, SOURCES.md names them):
read, written and read again, each file must meet issue 12's measures.

The corpus is not copied into the project (its files carry their authors' licences);
the test skips, saying so, without it. CI time: the files up to `MAX_BYTES` run here
(34 of 44 files); benchmarks/measure_wild_bib.py measures the whole corpus and its
figures are in docs/bibtex-mapping.md. Where biber is installed, its data-model
validation must find no more problems in biblio's output than in the original,
entry by entry, in the files up to `BIBER_MAX_BYTES` and those of `BIBER_ALSO`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import bibtexparser
import pytest

from biblio.formats import biblatex, bibtex
from shared_material import require_shared, shared_dir
from wild_bib_measures import measure_file

MAX_BYTES = 200_000


def corpus(max_bytes: int = MAX_BYTES, also: tuple[str, ...] = ()) -> list[Path]:
    """The wild files up to `max_bytes`, and those named in `also`."""
    base = shared_dir()
    folder = base / "wild" / "bib" if base else None
    if folder is None or not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir()
                  if path.stat().st_size <= max_bytes or path.name in also)


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


def biber_worse_entries(text: str, folder: Path,
                        module: ModuleType) -> dict[str, tuple[int, int]]:
    """{key: (complaints about the original entry, about ours)} for the entries of a .bib
    text that biber's data-model check finds worse after biblio writes them.

    Entry by entry: where the original has a syntax error (an unbalanced brace), biber
    loses its place and checks none of the entries that follow, so their complaints
    would count for our output only. When an entry seems worse, the original is checked
    again as written, apart: its @strings, the entries seen worse and those they name
    (crossref, xdata, related, …), whose braces balance, in one file; an entry seen worse
    whose braces do not balance alone. An original that biber cannot read is not one ours
    can be worse than; nor is one biber skips ("skipping entry": a name list that an
    undefined macro leaves with "and and"), nor one whose key biblio had to write anew
    (an empty key is a syntax error to biber, a repeated one is not read). Lines that
    start with "%" are comments to biber: an entry commented out there must not stand
    for the real one."""
    original, ours = folder / "original.bib", folder / "ours.bib"
    original.write_text(text, encoding="utf-8")
    ours.write_text(module.write(module.read_with_problems(text)[0]), encoding="utf-8")
    before, after = _biber_run(original, folder), _biber_run(ours, folder)
    worse = {key: (before.problems[key], count) for key, count in after.problems.items()
             if count > before.problems[key] and key not in before.skipped}
    if not worse:
        return worse
    library = bibtexparser.parse_string(_COMMENT_LINE.sub("", text))
    strings = "".join(block.raw + "\n\n" for block in library.strings)
    entries = {entry.key: entry.raw for entry in library.entries}
    named = _with_the_entries_they_name(worse.keys() & entries.keys(), entries)
    balanced = {key: entries[key] for key in named
                if entries[key].count("{") == entries[key].count("}")}
    again, unreadable = _checked_apart(strings, balanced, folder)
    for key in named - balanced.keys():
        found, broken = _checked_apart(strings, {key: entries[key]}, folder)
        again.update(found)
        unreadable |= broken
    return {key: (max(old, again[key]), count) for key, (old, count) in worse.items()
            if key in entries and key not in unreadable and count > again[key]}


_COMMENT_LINE = re.compile(r"^[ \t]*%.*$", re.MULTILINE)
_NAMED_ENTRIES = re.compile(r"""\b(?:crossref|xdata|xref|related|entryset)\s*=\s*
    [{"]\s*(?P<keys>[^{}"]*?)\s*[}"]""", re.IGNORECASE | re.VERBOSE)


def _with_the_entries_they_name(keys: set[str], entries: dict[str, str]) -> set[str]:
    """`keys` and every entry they name, through crossref, xdata, … chains."""
    found, todo = set(), list(keys)
    while todo:
        key = todo.pop()
        if key in found or key not in entries:
            continue
        found.add(key)
        for match in _NAMED_ENTRIES.finditer(entries[key]):
            todo.extend(name.strip() for name in match["keys"].split(","))
    return found


def _checked_apart(strings: str, entries: dict[str, str],
                   folder: Path) -> tuple[Counter[str], set[str]]:
    """biber's complaints about `entries` in one file; an entry holding a syntax error
    biber reports (by its line) is taken out, reported unreadable, and the rest checked
    again, so that one broken entry cannot hide the others; an entry biber skips is
    unreadable too."""
    entries, unreadable = dict(entries), set()
    while entries:
        path = folder / "apart.bib"
        starts, text = [], strings
        for key, raw in entries.items():
            starts.append((text.count("\n") + 1, key))
            text += raw + "\n\n"
        path.write_text(text, encoding="utf-8")
        run = _biber_run(path, folder)
        if run.error_line is None:
            return run.problems, unreadable | run.skipped
        key = next((key for start, key in reversed(starts) if start <= run.error_line),
                   starts[0][1])
        unreadable.add(key)
        del entries[key]
    return Counter(), unreadable


_SYNTAX_ERROR = re.compile(r"line (?P<line>\d+), syntax error")
_SKIPPED = re.compile(r"\bskipping entry '(?P<key>[^']+)'")


class _BiberRun(NamedTuple):
    problems: Counter[str]
    """biber's data-model warnings and errors, by entry key."""
    skipped: set[str]
    """Entries biber did not read, so never checked."""
    error_line: int | None
    """The line of the first syntax error, if any."""


def _biber_run(path: Path, folder: Path) -> _BiberRun:
    """What `biber --tool --validate-datamodel` says about a .bib file."""
    biber = shutil.which("biber")
    assert biber is not None
    run = subprocess.run([biber, "--tool", "--validate-datamodel", path.name], cwd=folder,
                         capture_output=True, text=True, timeout=300)
    log = run.stdout + run.stderr
    error = _SYNTAX_ERROR.search(log)
    return _BiberRun(Counter(match["key"] for match in _BIBER_PROBLEM.finditer(log)),
                     {match["key"] for match in _SKIPPED.finditer(log)},
                     int(error["line"]) if error else None)


BIBER_MAX_BYTES = 6_200
"""biber takes about a second of CPU time to start, twice a file (2.5 s for a small
file, 25 s for biblatex-gost's examples): the files up to this size and those of
`BIBER_ALSO` (13 of 44) keep this module within about a minute of CPU time;
benchmarks/measure_wild_bib.py checks all 44."""
BIBER_ALSO = ("biblatex-examples.bib", "biblatex-gost-examples.bib", "jabref-complex.bib",
              "bbt-export-edtf-dates.bib", "russian-phd-template-external.bib")
"""biblatex's and biblatex-gost's example databases, and the richest small files."""


@pytest.mark.skipif(shutil.which("biber") is None, reason="biber is not installed")
@pytest.mark.parametrize("path", corpus(BIBER_MAX_BYTES, BIBER_ALSO) or [None],
                         ids=lambda p: p.name if p else "absent")
def test_biber_finds_no_more_problems_in_our_output_than_in_the_original(
        path: Path, tmp_path: Path) -> None:
    module = bibtex if path.suffix == ".bibtex" else biblatex
    assert biber_worse_entries(path.read_text(encoding="utf-8-sig"), tmp_path, module) == {}
