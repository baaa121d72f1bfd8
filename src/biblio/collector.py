"""Pausing Python's cycle collector while a reader builds many objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Pause the cycle collector for the block, then restore it as it was.

    Readers and the parser build acyclic data (entries, items, names, dates), which
    reference counting frees; but every few hundred allocations the collector would walk
    the objects made so far, again and again: 15 % of reading the wild .bib corpus
    (benchmarks/bench_formats.py), 45 % of parsing 50,000 footnotes (bench_parse.py).
    Nothing is collected later than it would be anyway.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
