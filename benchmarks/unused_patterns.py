"""The regular expressions compiled when `biblio render` imports the library that a run over
an article never uses, with what each costs to compile: the candidates for
`biblio.lazy_patterns.LazyPattern`, which compiles a pattern at its first use.

Command line (from the repository root; PYTHONPATH may point at another tree's src/):

    .venv/bin/python benchmarks/unused_patterns.py [ARTICLE] [--all]

It imports what `bench_article_stages.py` times while recording every pattern compiled
(and the module that compiled it), then repairs, extracts, parses and renders ARTICLE
(bench_render.SAMPLE, examples/article.txt, by default; the 10,000-note article repeats
it) with a profile hook
that records every method called on a compiled pattern from Python code. Printed: per
module, the patterns compiled at import and never called, their compile time (each
compiled again, best of 5, with re's cache emptied) and the module-level name they are
bound to (one pattern under each module that compiled its source: re's cache hands them
the same object). A pattern whose bound method is only handed to C (`map(PATTERN.match, ...)`)
is called without the hook seeing it: check a candidate's uses in its module before
making it lazy. `--all` lists each unused pattern, not only each module's total.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

REPEATS = 5


def import_recording_patterns() -> dict[int, tuple[re.Pattern[str], list[str]]]:
    """Import what the render command needs; every pattern compiled meanwhile, by id,
    with the modules whose code asked for it (re's cache returns one object for the
    same source and flags, so two modules may share a pattern)."""
    compiled: dict[int, tuple[re.Pattern[str], list[str]]] = {}
    original = re._compile  # type: ignore[attr-defined]

    def recording(pattern: Any, flags: int) -> Any:
        result = original(pattern, flags)
        frame: FrameType | None = sys._getframe(1)
        while frame is not None and frame.f_globals.get("__name__", "").split(".")[0] == "re":
            frame = frame.f_back
        module = frame.f_globals.get("__name__", "?") if frame is not None else "?"
        if module.startswith("biblio"):
            modules = compiled.setdefault(id(result), (result, []))[1]
            if module not in modules:
                modules.append(module)
        return result

    re._compile = recording  # type: ignore[attr-defined]
    try:
        import biblio.parse  # noqa: F401
        import biblio.render  # noqa: F401
        import biblio.text.footnotes  # noqa: F401
        import biblio.text.repair  # noqa: F401
    finally:
        re._compile = original  # type: ignore[attr-defined]
    return compiled


def patterns_called(article: str) -> set[int]:
    """The ids of the patterns whose methods Python code calls while the article is
    repaired, extracted, parsed and rendered as Chicago notes."""
    from biblio.parse import parse_footnotes
    from biblio.render import render
    from biblio.text.footnotes import extract_footnotes
    from biblio.text.repair import repair_text

    called: set[int] = set()

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        if event == "c_call" and isinstance(getattr(arg, "__self__", None), re.Pattern):
            called.add(id(arg.__self__))

    sys.setprofile(hook)
    try:
        document = parse_footnotes(extract_footnotes(repair_text(article).text))
        render(document, style="chicago", parts="notes")
    finally:
        sys.setprofile(None)
    return called


def compile_time(pattern: re.Pattern[str]) -> float:
    """Seconds to compile the pattern's source afresh, best of REPEATS."""
    best = float("inf")
    for _ in range(REPEATS):
        re.purge()
        start = time.perf_counter()
        re.compile(pattern.pattern, pattern.flags)
        best = min(best, time.perf_counter() - start)
    return best


def bound_names(module: ModuleType | None) -> dict[int, str]:
    """The module-level names of a module's compiled patterns, by the pattern's id."""
    if module is None:
        return {}
    return {id(value): name for name, value in vars(module).items()
            if isinstance(value, re.Pattern)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path,
                        help="the article (default: bench_render.SAMPLE)")
    parser.add_argument("--all", action="store_true", help="list every unused pattern")
    args = parser.parse_args()
    compiled = import_recording_patterns()
    from bench_render import SAMPLE  # after the recording: it imports biblio

    called = patterns_called((args.article or SAMPLE).read_text(encoding="utf-8"))
    unused: dict[str, list[tuple[float, str]]] = collections.defaultdict(list)
    total = {"used": 0.0, "unused": 0.0}
    used = 0
    for key, (pattern, modules) in compiled.items():
        seconds = compile_time(pattern)
        if key in called:
            total["used"] += seconds
            used += 1
            continue
        total["unused"] += seconds
        for module in modules:
            name = bound_names(sys.modules.get(module)).get(key, "(not a module-level name)")
            unused[module].append((seconds, name))
    print(f"{len(compiled)} patterns compiled at import, {used}"
          f" used: {total['used'] * 1000:.1f} ms; unused: {total['unused'] * 1000:.1f} ms")
    for module, rows in sorted(unused.items(), key=lambda item: -sum(s for s, _ in item[1])):
        print(f"{sum(s for s, _ in rows) * 1000:7.2f} ms {len(rows):4d}  {module}")
        if args.all:
            for seconds, name in sorted(rows, reverse=True):
                print(f"    {seconds * 1000:6.2f} ms  {name}")


if __name__ == "__main__":
    main()
