"""Where the time of `biblio render ARTICLE --style chicago --notes` goes, stage by stage.

Command line (from the repository root):

    .venv/bin/python benchmarks/bench_article_stages.py [--notes 10000]

bench_render.py's article workload (examples/article.txt repeated, footnote numbers
continued, to `--notes` footnotes) run in one process, each stage the library call the
command makes, in turn: importing what `render` needs, repairing the text, extracting
the footnotes, parsing them (repeats resolved), rendering the Chicago notes. CPU time
(time.process_time) per stage; run it in a fresh process, so that the import is timed
as a command pays it.

Measured 2026-12-06 (load average 6.2–7.4 from other jobs, which makes CPU times three
to four times those of an idle machine), 10,168 notes, this day's start (f57b2c6,
through PYTHONPATH) against after the speed work (979a12a), runs in turn:

    stage      start          after
    import     0.44 s         0.44 s
    repair     7.26 / 7.66 s  5.97 / 6.77 s   (before 979a12a's faster suspect search)
    extract    4.13 / 5.34 s  3.30 / 3.37 s
    parse      1.40 / 1.79 s  1.02 / 1.06 s
    render     3.54 / 4.85 s  2.67 / 3.33 s   (the renderer: not this work's)
    total     18.4 s         13.5 / 14.9 s
"""

from __future__ import annotations

import argparse
import time

from bench_render import FOOTNOTE_NUMBER, NOTES_PER_COPY, SAMPLE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    args = parser.parse_args()
    times = {"import": time.process_time()}
    from biblio.parse import parse_footnotes
    from biblio.render import render
    from biblio.text.footnotes import extract_footnotes
    from biblio.text.repair import repair_text

    times["import"] = time.process_time() - times["import"]
    sample = SAMPLE.read_text(encoding="utf-8")
    article = "".join(FOOTNOTE_NUMBER.sub(lambda m: str(int(m.group(1)) + NOTES_PER_COPY * n),
                                          sample)
                      for n in range(-(-args.notes // NOTES_PER_COPY)))
    stages = (("repair", lambda text: repair_text(text).text), ("extract", extract_footnotes),
              ("parse", parse_footnotes),
              ("render", lambda document: render(document, style="chicago", parts="notes")))
    data: object = article
    for name, stage in stages:
        start = time.process_time()
        data = stage(data)
        times[name] = time.process_time() - start
    print(" ".join(f"{name} {seconds:.2f} s" for name, seconds in times.items()),
          f"total {sum(times.values()):.2f} s CPU time")


if __name__ == "__main__":
    main()
