"""Speed of the learned labeller's parts on real references: features, tagging, decoding.

Usage:
    python benchmarks/bench_labeller.py [--rows 3000] [--repeat 3] [--labellings]

Takes up to ROWS references of the development split of the external sets
(`corpora/external/`, the tenth of the train rows held back from training; never the
test rows), and times on one core, best of REPEAT runs, CPU time: the tokenizer and
`token_features` (pure Python, the part this project writes), crfsuite's tagging with
the marginal probability (`label_reference` less the features), and `decode.to_reference`;
first, the model's load time (issue 9: under 0.5 s), the first use in the process.
Mixed-set throughput of the whole parser is in score_external.py's refs/s column.
`--labellings` prints instead how many texts the whole parser labels a reference, on
each set's dev rows, each parsed alone with the parse cache cleared: more than one are
the candidate texts of the search for references inside commentary, or a repeat's
tail.

Measured 2026-12-06 (CPython 3.11, the shared 2-core machine at load average 7–10,
which slows every figure several times against an idle machine), all 2,173 dev
references, 53,634 tokens, best of 2 (the second run finds the word cache warm, as a
long document does):
    features of commit 56f078b, a string per feature made for every token:
        features 2,098 refs/s, tagging 2,908, decode 10,282
    the same feature strings (checked equal on all 2,173), what a token owes to its
    word alone made once per distinct word (features._word):
        features 5,051 refs/s, tagging 2,900, decode 10,318
    (tagging and decoding are unchanged code: their spread is the machine's). Three
    more features tried for the next model (a container opener before the token, the
    nearest mark on each side, commas before it) cost a quarter of the uncached figure
    (1,609 refs/s) and were taken out again, untrained.
Measured 2026-12-06 03:00 (load average 6–8, best of 3, same 2,173 references):
    before the features of where a token stands among the marks: features 4,694 refs/s;
    with them (host, commas, stops, the nearest mark each side), their strings made
    once: features 3,615 refs/s (first written with a string per token: 2,463).
    Tagging with the model retrained on them (10.8 MB, was 11.8): 2,454 refs/s (the
    old model 2,255–2,408 in the same hour); decode unchanged (9,697).
Measured 2026-12-06 06:16–06:18 (load average 7.1–7.5, best of 3, same 2,173
references; the main checkout's commit 08bc42c and branch crf run alternately, twice):
    before (the marks' features, their model): features 4,126 / 4,158 refs/s, tagging
    2,393 / 2,536, decode 9,912 / 10,144;
    with the segment features (a segment's features made once per combination), the
    model retrained on them and half the rendered rows (10.0 MB), and the decoding rules
    of the place before the year, the quoted journal and the role phrase's head:
    features 3,613 / 3,601 refs/s, tagging 2,316 / 2,291, decode 9,302 / 9,406. The
    labeller as a whole reads about 9 % fewer references a second (about 1,220
    against 1,340 of its own parts). Written first with a tuple made for every token
    and `min` for the position's tenth, the features read 3,080 refs/s (and 4,172
    before them, 05:11, load average 3.3).
Where the mixed sets' time goes (2026-12-06 08:10, load average about 5; py-spy at 200
samples a second over `score_external.py --split dev`, share of `parse_footnotes`): the
labeller 46 % (crfsuite's tagging and probability 25 %, `token_features` 17 %,
tokenizing 4 %), language detection of new words 12 % (block decompression of the
frequency table), the search for references inside commentary 13 %, `to_reference` 8 %,
the GOST grammar 16 %, resolving 19 %. The grammar-side speed work of that morning
(branch gostspeed) left these refs/s within noise (AnyStyle 208 → 208–213, LinkedBooks
414–432 → 420–436, GROBID 254–260 → 262–266, socio-legal 487–489 → 493–498, runs of
main and the branch in turn): 2,000 refs/s needs the labeller's parts faster.
Measured 2026-12-06 09:28 (load average 6.2–6.6, best of 2, same 2,173 references,
the committed model and the one retrained with c1 = 0.2, c2 = 0.05 run alternately,
twice, `--repeat 2`, each model opened in place of `tagger`; features the same code,
with the one particle table):
    old model: features 3,627 / 3,466 refs/s, tagging 2,324 / 2,266, decode 9,459 / 9,313;
    new model (9.3 MB, was 10.0): features 3,546 / 3,540, tagging 2,282 / 2,241, decode
    9,328 / 9,435: the same within the machine's spread.
Measured 2026-12-06 11:25 (load average 5.9–6.4, best of 3, same 2,173 references,
main 78592f4 and branch mixedspeed run alternately, twice, each with its `src` on
PYTHONPATH): the model loads in 0.012–0.014 s CPU, 0.03 s wall clock (crfsuite maps
the 9.3 MB file; its pages are read as the first references are tagged);
    before: features 3,439 / 3,477 refs/s, tagging 2,235 / 2,219, decode 8,966 / 9,068;
    after (a new word's classes by one lookup, its neighbours' kind and class features
    made once per combination, its shape without a scan for plain words; the constant
    features as ready strings; Token a NamedTuple): features 4,138 / 4,147 (+20 %),
    tagging 2,238 / 2,245, decode 8,977 / 9,184 (unchanged code). The feature lists of
    all 29,350 rows of corpora/external and tests/data/dev hash the same before and
    after, so the model needs no retraining. A new word's own part, alone: 20.2 → 11.2
    µs (12,467 distinct dev words, caches cleared). Tagging is crfsuite's own: under
    this load, turning Python's lists into its items takes 225 ns an attribute, looking
    the attributes up and scoring them 315 ns (1,592,690 attributes, 30 a token, 6 %
    unknown to the model); an ItemSequence is converted the same way, and bytes instead
    of strings would save a sixth of the tagging (ItemSequence built at 8,443 instead of
    6,064 refs/s) but not be strings for the tests and for new features.
Measured 2026-12-06 12:00 (`--labellings`, load average 6.2–6.8; branch mixedspeed2
against main eb2565d): a reading with leftovers was cut into sentences, each labelled,
in case the whole had taken prose for part of a reference; the pieces are now read
only until the answer is decided, and a work or file read with leftovers stays whole.
Labellings a reference, AnyStyle / LinkedBooks / GROBID / socio-legal: before 1.77 /
1.18 / 1.35 / 0.70, after 0.99 / 0.97 / 1.01 / 0.65. score_external.py --split dev,
parse alone, refs/s (two runs each, in turn): AnyStyle 288 / 291 → 341 / 323,
LinkedBooks 535 / 545 → 573 / 589, GROBID 344 / 342 → 373 / 364; at load 2.2: AnyStyle
291 / 320 → 357 / 401, LinkedBooks 546 / 610 → 607 / 677, GROBID 348 / 362 → 425 / 420
(docs/parsing-history.md, Speed, early afternoon, for the fields right, which rose).
Measured 2026-12-06 14:30 (load average 6.1–7.5, best of 2, same 2,173 references,
main a01ad5b and branch crf3 run alternately, twice, each with its `src` on PYTHONPATH):
the lean candidate features (18.1 attributes a token, were 29.7; `labeller_attributes.py`)
and their model (8.0 MB, was 9.3), not shipped (docs/parsing-history.md, "The labeller's
attributes"; branch crf3, commit 0a3e004):
    before: features 4,199 / 4,194 refs/s, tagging 2,319 / 2,324, decode 7,559 / 7,467;
    after: features 3,864 / 3,813, tagging 3,203 / 3,117 (+37 %), decode 7,353 / 7,160.
    The features are made from fewer strings but a few more joined per token; with the
    bracket state's string taken from a table by index (the same lists): features
    3,929 refs/s (base 4,228 in the same minute, best of 3). The model loads in 0.010 s
    CPU, 0.044 s wall clock.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from biblio.parse.labeller.decode import to_reference
from biblio.parse.labeller.features import token_features
from biblio.parse.labeller.model import Labelled, _LOCK, tagger
from biblio.parse.labeller.tokens import tokenize
from biblio.parse.labeller.train import is_dev

ROOT = Path(__file__).resolve().parent.parent
SETS = sorted((ROOT / "corpora/external").rglob("*.jsonl"))


def dev_texts_of(path: Path) -> list[str]:
    """The texts of a set's held-back train rows."""
    with path.open(encoding="utf-8") as lines:
        rows = (json.loads(line) for line in lines)
        return [row["text"] for row in rows if row.get("split") == "train" and is_dev(row)]


def dev_texts(limit: int) -> list[str]:
    """Texts of held-back train rows, interleaving the sets so that each is present."""
    per_set = [dev_texts_of(path) for path in SETS]
    mixed = [text for group in zip(*per_set) for text in group]
    rest = [text for group in per_set for text in group[len(mixed) // len(per_set):]]
    return (mixed + rest)[:limit]


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def labellings_a_reference() -> None:
    """Print, for each set, the texts the parser labels per dev row parsed alone."""
    from biblio.parse import _parsed, choice, parse_footnotes

    counted = [0]
    label = choice.label_reference

    def counting(*args: Any, **kwargs: Any) -> Labelled:
        counted[0] += 1
        return label(*args, **kwargs)

    choice.label_reference = counting
    try:
        for path in SETS:
            counted[0] = 0
            texts = dev_texts_of(path)
            for text in texts:
                _parsed.cache_clear()
                parse_footnotes([text])
            print(f"{path.stem}: {len(texts)} references, "
                  f"{counted[0] / len(texts):.2f} labellings a reference")
    finally:
        choice.label_reference = label


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--labellings", action="store_true")
    args = parser.parse_args(argv)
    if args.labellings:
        labellings_a_reference()
        return 0
    cpu, wall = time.process_time(), time.perf_counter()
    model = tagger()  # the first use in this process opens the model
    print(f"model loaded in {time.process_time() - cpu:.3f} s CPU, "
          f"{time.perf_counter() - wall:.3f} s wall clock")
    texts = dev_texts(args.rows)
    tokens = [tokenize(text) for text in texts]
    features = [token_features(t, text) for t, text in zip(tokens, texts)]
    with _LOCK:
        labels = [model.tag(f) for f in features]
    labelled = [Labelled(text, t, l, 1.0) for text, t, l in zip(texts, tokens, labels)]

    def featurize() -> None:
        for text in texts:
            token_features(tokenize(text), text)

    def tag() -> None:
        with _LOCK:
            for f in features:
                model.probability(model.tag(f))

    def decode() -> None:
        for one in labelled:
            to_reference(one)

    n = len(texts)
    print(f"{n} references, {sum(map(len, tokens)):,} tokens")
    for name, run in (("features", featurize), ("tagging", tag), ("decode", decode)):
        seconds = best_of(args.repeat, run)
        print(f"{name}: {seconds:.2f} s, {n / seconds:,.0f} refs/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
