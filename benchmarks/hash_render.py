"""A fingerprint of biblio.render's output, to show that a speed change prints the same bytes:
sha256 of bench_render.py's workload (the entries and the notes of each style, as text, HTML
and Markdown, and the problems), one line per style, part and output.

    .venv/bin/python benchmarks/hash_render.py [--entries 10000] [--notes 10000] [--pool 2000]
    PYTHONPATH=OTHER/src .venv/bin/python benchmarks/hash_render.py     (another checkout)

Run it on both checkouts and compare the lines (`diff`): equal hashes mean equal output.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import biblio  # noqa: E402
from bench_render import generate, note_sequence, widen  # noqa: E402


def digest(texts: list[str]) -> str:
    """sha256 of the strings, each ended by a NUL (none of them holds one)."""
    hasher = hashlib.sha256()
    for text in texts:
        hasher.update(text.encode("utf-8") + b"\0")
    return hasher.hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--pool", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(f"biblio from {Path(biblio.__file__).parent.parent.parent.name}", file=sys.stderr)
    for label, style, strategy in [("GOST", "gost", "gost_items"), ("Chicago", "chicago", "items")]:
        pool = generate(strategy, args.pool, args.seed)
        entries = widen(pool, args.entries)
        document = note_sequence(pool, args.notes, args.seed)
        for output in ("text", "html", "markdown"):
            listed = biblio.render(entries, style=style, output=output, parts="bibliography")
            noted = biblio.render(document, style=style, output=output, parts="notes")
            print(f"{label} bibliography {output}: {digest(listed.bibliography)}")
            print(f"{label} notes {output}: {digest(noted.notes)}")
            problems = [f"{p.where}\t{p.message}" for p in [*listed.problems, *noted.problems]]
            print(f"{label} problems {output}: {digest(problems)} ({len(problems)})")


if __name__ == "__main__":
    main()
