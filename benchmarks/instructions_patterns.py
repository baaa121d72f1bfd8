"""Instructions of each pattern of the parser, alone (issue 9): where a GOST note's regular
expression work goes, measured so that the machine's load does not move it.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=builtin_eval --dump-after=builtin_eval \\
        --callgrind-out-file=OUT/cg.out .venv/bin/python benchmarks/instructions_patterns.py \\
        2> OUT/names
    .venv/bin/python benchmarks/instructions_patterns.py --table OUT

Every module-level pattern of `biblio` (compiled or `LazyPattern`) is wrapped by a recorder,
bench_parse's notes 2,000–3,999 are parsed after the first 2,000 warmed the caches, and
each pattern's recorded calls (a `sub`'s function replaced by one that keeps the match)
are replayed inside an `eval` of their own: callgrind dumps a profile after each, and
`--table` pairs the dumps with the names written to stderr, the largest first, in
instructions a note. A rewrite is measured by replaying the same calls with its pattern
(docs/parsing-history.md, "Speed (session 35)")."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_parse import Corpus  # noqa: E402

import biblio  # noqa: E402
from biblio.lazy_patterns import METHODS, LazyPattern  # noqa: E402
from biblio.parse import parse_footnotes  # noqa: E402

WARM, COUNTED = 2000, 2000
Calls = dict[tuple[str, str], list[tuple[tuple[Any, ...], dict[str, Any]]]]


class Recorder:
    """A pattern's stand-in that logs each call of METHODS before making it."""

    def __init__(self, pattern: Any, name: str, log: Calls) -> None:
        self.pattern, self.name, self.log = pattern, name, log

    def __getattr__(self, method: str) -> Any:
        target = getattr(self.pattern, method)
        if method not in METHODS:
            return target

        def call(*args: Any, **kwargs: Any) -> Any:
            self.log.setdefault((self.name, method), []).append((args, kwargs))
            return target(*args, **kwargs)
        return call


def recorded(notes: list[str]) -> tuple[Calls, dict[str, re.Pattern[str]]]:
    """Every module pattern's calls while `notes` are parsed, and the patterns by name."""
    for module in pkgutil.walk_packages(biblio.__path__, "biblio."):
        importlib.import_module(module.name)
    log: Calls = {}
    patterns: dict[str, re.Pattern[str]] = {}
    stand_ins: dict[int, Recorder] = {}
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("biblio"):
            continue
        for attribute, value in list(vars(module).items()):
            if isinstance(value, (re.Pattern, LazyPattern)):
                name = f"{module_name}.{attribute}"
                if id(value) not in stand_ins:
                    stand_ins[id(value)] = Recorder(value, name, log)
                    patterns[name] = value if isinstance(value, re.Pattern) else value.compiled()
                setattr(module, attribute, stand_ins[id(value)])
    parse_footnotes(notes)
    return log, patterns


def _keep(match: re.Match[str]) -> str:
    return match.group()


def replay(method: Any, calls: list[tuple[tuple[Any, ...], dict[str, Any]]]) -> None:
    for args, kwargs in calls:
        result = method(*(_keep if callable(arg) else arg for arg in args), **kwargs)
        if not isinstance(result, (str, list, re.Match)) and result is not None:
            list(result)  # finditer's matches


def table(folder: Path) -> None:
    """The dumps of one run, paired with its names, the largest first."""
    names = [line.split() for line in (folder / "names").read_text().splitlines()
             if line and not line.startswith("==")]
    dumps = sorted(folder.glob("cg.out.*"), key=lambda path: int(path.suffix[1:]))
    counts = [int(next(line for line in path.read_text().splitlines()
                       if line.startswith(("summary:", "totals:"))).split()[1])
              for path in dumps][-len(names):]  # the first dumps are the imports' evals
    for count, (name, method, calls) in sorted(zip(counts, names), reverse=True):
        print(f"{count / COUNTED / 1e3:8.1f} k a note  {name}.{method}  ({calls} calls)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, help="a run's folder: print its table")
    args = parser.parse_args()
    if args.table:
        table(args.table)
        return
    corpus = Corpus(1)
    notes = [corpus.footnote() for _ in range(WARM + COUNTED)]
    parse_footnotes(notes[:WARM])
    log, patterns = recorded(notes[WARM:])
    for (name, method), calls in sorted(log.items()):
        print(name, method, len(calls), file=sys.stderr, flush=True)
        bound = getattr(patterns[name], method)
        eval("replay(bound, calls)")  # what callgrind's toggle counts


if __name__ == "__main__":
    main()
