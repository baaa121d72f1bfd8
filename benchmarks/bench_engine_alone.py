"""The compiled CSL engine alone: Processor.render_item, then Processor.text, per bibliography
entry, over bench_render.py's generated works (GOST and Chicago, prepared as biblio.render
prepares them), CPU time (time.process_time), best of --repeats.

    nice -n 15 .venv/bin/python benchmarks/bench_engine_alone.py [--works 2000] [--repeats 7]
    PYTHONPATH=OTHER/src nice -n 15 .venv/bin/python benchmarks/bench_engine_alone.py   (a base)

Run base and branch interleaved in one sitting (the machine is shared). Results of branch
engine3 against main at a01ad5b (2026-12-06, 2,000 works, best of seven, load average 6.0-6.1):
GOST render_item 80.4 -> 60.9 µs an entry, Chicago 91.1 -> 79.0 µs; writing (text) 23 and 37 µs
on both. Earlier steps of that branch: bench_csl_engine.py's docstring.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import biblio  # noqa: E402
from bench_render import generate  # noqa: E402
from biblio.render.csl import processor as engine  # noqa: E402


def built_processor(style: str, strategy: str, works: int) -> engine.Processor:
    """The Processor biblio.render builds for the bibliography of `works` generated works."""
    made: list[engine.Processor] = []
    original = engine.Processor.__init__

    def remembered(self: engine.Processor, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        made.append(self)
    engine.Processor.__init__ = remembered  # type: ignore[method-assign]
    try:
        biblio.render(generate(strategy, works, 7), style=style, parts="bibliography")
    finally:
        engine.Processor.__init__ = original  # type: ignore[method-assign]
    return made[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--works", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    print(f"biblio from {Path(biblio.__file__).parent}")
    for label, style, strategy in [("GOST", "gost", "gost_items"), ("Chicago", "chicago", "items")]:
        processor = built_processor(style, strategy, args.works)
        section = processor.style.bibliography
        keys = processor.order()
        rendering = writing = float("inf")
        for _ in range(args.repeats):
            contexts = [processor.context(key) for key in keys]
            start = time.process_time()
            nodes = [processor.render_item(section, ctx) for ctx in contexts]
            rendering = min(rendering, time.process_time() - start)
            start = time.process_time()
            for node in nodes:
                processor.text(node)
            writing = min(writing, time.process_time() - start)
        print(f"{label}: render_item {rendering / len(keys) * 1e6:.1f} µs, "
              f"text {writing / len(keys) * 1e6:.1f} µs an entry")


if __name__ == "__main__":
    main()
