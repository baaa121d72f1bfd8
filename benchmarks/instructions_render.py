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
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="generate the works into this file and stop")
    parser.add_argument("--works", type=Path, help="the works --save wrote")
    parser.add_argument("style", nargs="?", choices=sorted(STRATEGIES))
    parser.add_argument("part", nargs="?", choices=("bibliography", "notes"))
    args = parser.parse_args()
    if args.save:
        save(args.save)
        return
    if not (args.works and args.style and args.part):
        parser.error("--works, a style and a part are needed (or --save)")
    works = pickle.loads(args.works.read_bytes())[args.style]
    rendering(works[:WARM], args.style, args.part)
    gc.collect()
    counted = works[WARM:WARM + COUNTED]
    eval("rendering(counted, args.style, args.part)")  # what callgrind's toggle counts


if __name__ == "__main__":
    main()
