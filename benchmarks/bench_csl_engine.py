"""Speed of biblio's own CSL processor (src/biblio/render/csl) against plain citeproc-py, with
the same style and the same items in one run: compile time, bibliography entries and notes per
second.

    .venv/bin/python benchmarks/bench_csl_engine.py [--items 10000] [--citeproc-items 1000]
                                                    [--style styles/chicago-notes-bibliography-17.csl]

Items are synthetic CSL-JSON (books, articles, chapters; one to four authors, editors,
pages), built deterministically; each note cites one item with a page locator.

Results (2026-12-05, Python 3.11, a 2-core machine shared with other jobs, so +-40 % between
runs; biblio N = 10,000, citeproc-py N = 1,000 because it is quadratic in N):

    style chicago-notes-bibliography-17.csl
                    compile cold  compile warm   entries/s     notes/s
    biblio                43.5ms        24.7ms        1329        1612
    citeproc-py            1.7ms         nanms          95          93

    style gost-r-7-0-5-2008-notes.csl (four layouts: ru, en, fr, de)
    biblio                65.2ms        28.1ms        1199        2877
    citeproc-py            2.3ms         nanms          79          68

"cold" includes reading the locale files; citeproc-py only parses the XML when loading a style
and interprets it while rendering. Entries/s include sorting the bibliography. The goal of
issue 10 (10,000 a second) is not reached.

After the second stage (2026-12-06; the machine under a load average of 8-10 on 2 cores, so
absolute figures are low and noisy; command as above with --citeproc-items 300):

    style chicago-notes-bibliography-17.csl
    biblio                79.0ms        45.8ms         376         692
    citeproc-py           12.0ms         nanms          29          31
    style gost-r-7-0-5-2008-notes.csl
    biblio               104.5ms        28.9ms         586         852
    citeproc-py            2.2ms         nanms          32          31

Before and after in the same hour, CPU time (time.process_time), best of four runs of 2,000
works, phases of Processor: preparation, sorting, rendering the tree, writing text; "before"
is src/ of the commit this stage started from, run with PYTHONPATH pointing at it:

                        prep   sort  nodes  write  entries/s   notes/s
    chicago before      43us   88us  284us   69us      2,070     2,893
    chicago after       45us   60us  249us   54us      2,459     3,963
    gost    before      45us   87us  325us   59us      1,938     2,660
    gost    after       45us   88us  212us   46us      2,563     3,495

Warm compile: ~30 ms for either style after (GOST ~60-70 ms before: its en/fr/de layouts are
now compiled when an item of that language first needs them).

Third stage (branch engine, 2026-12-06), measured on the styles' own items instead: the
compiled engine alone, Processor.render_item then Processor.text, over the 2,000 works of
benchmarks/bench_render.py's generator (prepared as biblio.render prepares them), CPU time,
best of five, main (0b54ce5, PYTHONPATH) and the branch interleaved, load average 7.1-7.8:

                        render_item   writing
    gost    before        117-118us   35-37us
    gost    after          91-93us      28us
    chicago before        110-112us   45-49us
    chicago after          96-97us    45-47us

Fewer spans (a group, date or date part printing one undecorated piece returns it bare),
a macro, layout or branch of one element in one call, names not read again, an item's own
variables read and tested without the processor's special cases. This script's own figures
were not taken again this stage.
Fifth stage (branch engine2, 2026-12-06), the same way (render_item over bench_render.py's
2,000 works, CPU time, best of seven, main at 78592f4 with PYTHONPATH and the branch
interleaved twice, load average 5.2-6.6): GOST 93.2-98.5 -> 83.5-84.3 µs an entry, Chicago
99.2-99.6 -> 81.9-83.9 µs (warm: a name already written is found again). What changed: a
name is written once per `<name>` element, an item's variable read, counted and tested in
one call, a choose's one-element branch and a macro of one group without a wrapper call.
This script's own figures were not taken again this stage.
Sixth stage (branch engine3, 2026-12-06), the same way (render_item, then Processor.text, over
bench_render.py's 2,000 works, CPU time, best of seven, main at a01ad5b with PYTHONPATH and the
branch interleaved, everything under `nice -n 15`), step by step:

    step                                     load     render_item µs         writing µs
                                                      GOST         Chicago      GOST  Chicago
    one generated function per macro and     4.5-4.9  78 -> 68     84-89 -> 77-84  22  33-37
      layout, <if> tests inline
    <text> terms, values, item variables     6.0-6.9  80.5 -> 63.9 92.8 -> 77.7   23  36-37
      inline
    delimiters by slice, lazy layout         6.0-6.1  80.4 -> 60.9 91.1 -> 79.0   23  37
      replaced

(writing is unchanged: the tree the generated code builds is the closures'). Sampled (py-spy,
200 Hz, render_item and text over the 2,000 works), Chicago after the first step spends 64 % in
render_item (names 22 %, the leaves' decorate wrappers 13.5 %, variables 9 %) and 31 % writing
(punctuation 12 %, flattening 11 %, writer 6 %); GOST after the second 65 % and 28 % (names
14.5 %, flattening 12 %, punctuation 11 %, decorate wrappers 10 %, dates 6 %). This script's
own figures were not taken again this stage. The measurement is benchmarks/bench_engine_alone.py.
"""

from __future__ import annotations

import argparse
import io
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FAMILIES = ["Smith", "Иванов", "Dupont", "Müller", "Rossi", "Petrov", "Brown", "García", "Kowalski", "Tanaka"]
GIVENS = ["John", "Мария", "Jean-Paul", "Anna", "Luca", "Пётр", "Emily", "José", "Jan", "Akira"]
TYPES = ["book", "article-journal", "chapter"]


def make_items(count: int) -> list[dict[str, Any]]:
    items = []
    for index in range(count):
        kind = TYPES[index % 3]
        authors = [{"family": f"{FAMILIES[(index + k) % 10]}{index % 97}", "given": GIVENS[(index * 7 + k) % 10]}
                   for k in range(1 + index % 4)]
        item: dict[str, Any] = {
            "id": f"item-{index}", "type": kind, "author": authors,
            "title": f"A study of things number {index}: history and memory",
            "issued": {"date-parts": [[1900 + index % 120, 1 + index % 12]]},
        }
        if kind == "book":
            item.update({"publisher": "Oxford University Press", "publisher-place": "Oxford",
                         "number-of-pages": str(100 + index % 400)})
        elif kind == "article-journal":
            item.update({"container-title": f"Journal of Studies {index % 50}", "volume": str(index % 40),
                         "issue": str(1 + index % 4), "page": f"{index % 300 + 1}-{index % 300 + 25}"})
        else:
            item.update({"container-title": f"Collected Essays {index % 30}", "editor": authors[:1],
                         "publisher": "Nauka", "publisher-place": "Moscow",
                         "page": f"{index % 200 + 1}-{index % 200 + 30}"})
        items.append(item)
    return items


def notes(items: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [[{"id": item["id"], "locator": str(10 + n % 90), "label": "page"}] for n, item in enumerate(items)]


def bench_biblio(xml: bytes, items: list[dict[str, Any]]) -> dict[str, float]:
    from biblio.render.csl import Processor, compile_style
    from biblio.render.csl.locales import _files_locale, locale_file

    locale_file.cache_clear()
    _files_locale.cache_clear()
    start = time.perf_counter()
    compile_style(xml)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    style = compile_style(xml)
    warm = time.perf_counter() - start
    processor = Processor(style, items, "text")
    start = time.perf_counter()
    rendered_notes = processor.citations(notes(items))
    notes_time = time.perf_counter() - start
    processor = Processor(style, items, "text")
    start = time.perf_counter()
    processor.register([item["id"] for item in items])
    entries = processor.bibliography()
    bib_time = time.perf_counter() - start
    assert len(rendered_notes) == len(items) and len(entries) == len(items)
    return {"compile_cold_ms": cold * 1000, "compile_warm_ms": warm * 1000,
            "entries_per_s": len(items) / bib_time, "notes_per_s": len(items) / notes_time}


def bench_citeproc_py(xml: bytes, items: list[dict[str, Any]]) -> dict[str, float]:
    from citeproc import (Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle,
                          Locator, formatter)
    from citeproc.source.json import CiteProcJSON

    warnings.simplefilter("ignore")
    start = time.perf_counter()
    style = CitationStylesStyle(io.BytesIO(xml), validate=False)
    compile_time = time.perf_counter() - start
    source = CiteProcJSON(items)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    citations = []
    for cluster in notes(items):
        cite = cluster[0]
        citation = Citation([CitationItem(cite["id"], locator=Locator("page", cite["locator"]))])
        bibliography.register(citation)
        citations.append(citation)
    start = time.perf_counter()
    for citation in citations:
        bibliography.cite(citation, lambda item: None)
    notes_time = time.perf_counter() - start
    start = time.perf_counter()
    bibliography.sort()
    entries = bibliography.bibliography()
    bib_time = time.perf_counter() - start
    assert len(entries) == len(items)
    return {"compile_cold_ms": compile_time * 1000, "compile_warm_ms": float("nan"),
            "entries_per_s": len(items) / bib_time, "notes_per_s": len(items) / notes_time}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--citeproc-items", type=int, default=1_000)
    parser.add_argument("--style", default=str(ROOT / "styles" / "chicago-notes-bibliography-17.csl"))
    args = parser.parse_args()
    xml = Path(args.style).read_bytes()
    ours = bench_biblio(xml, make_items(args.items))
    theirs = bench_citeproc_py(xml, make_items(args.citeproc_items))
    print(f"style {Path(args.style).name}; biblio N={args.items}, citeproc-py N={args.citeproc_items}")
    print(f"{'':14}{'compile cold':>14}{'compile warm':>14}{'entries/s':>12}{'notes/s':>12}")
    for name, result in (("biblio", ours), ("citeproc-py", theirs)):
        print(f"{name:14}{result['compile_cold_ms']:>12.1f}ms{result['compile_warm_ms']:>12.1f}ms"
              f"{result['entries_per_s']:>12.0f}{result['notes_per_s']:>12.0f}")
    print(f"ratio biblio/citeproc-py: entries {ours['entries_per_s'] / theirs['entries_per_s']:.1f}x, "
          f"notes {ours['notes_per_s'] / theirs['notes_per_s']:.1f}x")


if __name__ == "__main__":
    main()
