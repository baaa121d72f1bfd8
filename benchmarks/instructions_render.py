"""Instructions of a cold rendering of distinct works, the measure that the machine's load does
not move: bench_render's 10,000 works (seed 7; `items()` for Chicago, `gost_items()` for GOST),
50 rendered first to compile the style, then the next 2,000 rendered once as text, counted by
callgrind through its toggle on `eval`.

    .venv/bin/python benchmarks/instructions_render.py --save WORKS     (once: generating the
        works under valgrind would take an hour)
    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=builtin_eval --callgrind-out-file=/dev/null \\
        .venv/bin/python benchmarks/instructions_render.py --works WORKS chicago bibliography
    (style gost or chicago, part bibliography or notes; the "Collected" line of valgrind's
    report; another checkout: PYTHONPATH=OTHER/src)

The notes cite each work once, page numbers as pinpoints. Results: docs/rendering.md, "Speed"
(session 27: Chicago's bibliography 1,607.2 → 1,516.3 M instructions for the 2,000 entries).

`--phase NAME` counts one step of the same rendering alone (the rest runs uncounted): each call
of the step, outermost only, goes through `eval`, which adds about 5,200 instructions a call
(`--phase wrapper`: 2,000 calls of a function that does nothing). The steps: `prepare`
(Chicago's preparation, or GOST's of each item), `intake` (the engine's items, registration and
the style's own sort), `sort` (Chicago's bibliography order: each item's key), `layout` (the
engine's generated layout of each entry, names included), `names` (each `<names>` element the
layout calls, its substitutes included) and `write` (each entry's tree written out as text).
Where a cold entry's instructions go: docs/rendering.md, "Speed", session 28.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import importlib
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import biblio  # noqa: E402
from biblio.model import Cite, Document, Item, Note  # noqa: E402

WARM, COUNTED = 50, 2000
STRATEGIES = {"gost": "gost_items", "chicago": "items"}


def save(path: Path) -> None:
    from bench_render import generate
    works = {style: generate(strategy, 10_000, 7) for style, strategy in STRATEGIES.items()}
    path.write_bytes(pickle.dumps(works))


def rendering(items: list[Item], style: str, part: str) -> biblio.Rendered:
    if part == "bibliography":
        return biblio.render(items, style=style, output="text", parts="bibliography")
    notes = [Note(n=index + 1, cites=[Cite(item.id, locator=str(index % 300 + 1), label="page")])
             for index, item in enumerate(items)]
    return biblio.render(Document(notes=notes, items={item.id: item for item in items}),
                         style=style, output="text", parts="notes")


PHASE_CALL = compile("step(*args, **kwargs)", "<phase>", "eval")
PHASES = ("prepare", "intake", "sort", "layout", "names", "write", "wrapper")


class Counted:
    """Steps whose outermost calls go through `eval` once `active` (after the warm-up)."""

    def __init__(self) -> None:
        self.active = False
        self.depth = 0

    def wrap(self, step: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            if not self.active or self.depth:
                return step(*args, **kwargs)
            self.depth += 1
            try:
                return eval(PHASE_CALL, {"step": step, "args": args, "kwargs": kwargs})
            finally:
                self.depth -= 1
        return counted


def count_phase(phase: str, counted: Counted) -> None:
    """Route `phase`'s calls through `counted` (before the warm-up compiles the style)."""
    module = importlib.import_module  # `biblio.render` the package, not the function
    render, processor = module("biblio.render"), module("biblio.render.csl.processor")
    if phase == "prepare":
        render._prepare_chicago = counted.wrap(render._prepare_chicago)
        render.gost.prepare_item = counted.wrap(render.gost.prepare_item)
    elif phase == "intake":
        render._Renderer.__init__ = counted.wrap(render._Renderer.__init__)
    elif phase == "sort":
        render.chicago_bibliography.sort_key = counted.wrap(render.chicago_bibliography.sort_key)
    elif phase == "layout":
        section, wrapped = module("biblio.render.csl.style").Section, {}
        layout_for = section.layout_for

        def counted_layout(self: Any, language: str) -> Any:
            layout = layout_for(self, language)
            known = wrapped.get(id(layout))  # the layout kept beside its copy: its id stays its own
            if known is None or known[1] is not layout.render:  # a layout's first call replaces
                copy = dataclasses.replace(layout, render=counted.wrap(layout.render))  # its renderer
                known = wrapped[id(layout)] = (layout, layout.render, copy)
            return known[2]
        section.layout_for = counted_layout
    elif phase == "names":
        compilers = module("biblio.render.csl.style").COMPILERS
        compile_names = compilers["names"]
        compilers["names"] = lambda *args, **kwargs: counted.wrap(compile_names(*args, **kwargs))
    elif phase == "write":
        processor.serialize = counted.wrap(processor.serialize)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="generate the works into this file and stop")
    parser.add_argument("--works", type=Path, help="the works --save wrote")
    parser.add_argument("style", nargs="?", choices=sorted(STRATEGIES))
    parser.add_argument("part", nargs="?", choices=("bibliography", "notes"))
    parser.add_argument("--phase", choices=PHASES, help="count this step alone (see above)")
    args = parser.parse_args()
    if args.save:
        save(args.save)
        return
    if not (args.works and args.style and args.part):
        parser.error("--works, a style and a part are needed (or --save)")
    works = pickle.loads(args.works.read_bytes())[args.style]
    phase = Counted()
    if args.phase:
        count_phase(args.phase, phase)
    rendering(works[:WARM], args.style, args.part)
    gc.collect()
    counted = works[WARM:WARM + COUNTED]
    if args.phase == "wrapper":
        nothing = phase.wrap(lambda: None)
        phase.active = True
        for _ in range(COUNTED):
            nothing()
    elif args.phase:
        phase.active = True
        rendering(counted, args.style, args.part)
    else:
        eval("rendering(counted, args.style, args.part)")  # what callgrind's toggle counts


if __name__ == "__main__":
    main()
