"""Field accuracy of the parser on labelled reference sets, each reference on its own.

Usage:
    python benchmarks/score_external.py [--split test|dev|train] [--set NAME ...]
                                        [--file SET.jsonl ...] [--errors N] [--batch N]
                                        [--fold training|tuning]
                                        [--model FILE --held-out-half]

Each row's `text` is parsed as one footnote; the item of its first cite is compared
with the row's CSL-JSON gold by `biblio.evaluation` (the comparison is written down
there). "as locator" is the same accuracy with a whole item's gold page compared with
the cite's locator when the item has none (`FieldScore.locator_as_page`).
"commentary" counts references that gave no cite and no reported problem but were read
as the note's commentary; "silent" those that gave none of the three (issue 9: there
must be none; `tests/test_parse_silent.py` asserts it on the external sets). The
locator column compares the cite's locator and label with the row's `locator`, where it
has one (`biblio.evaluation.locator_equal`: "c. 34r" is the label "folio" and "34r").
refs/s is the parser's own speed, CPU time: the clock runs only while a row is parsed
(not while the set's file is read and its rows filtered, nor while a parse is scored),
and the one-time loads (the labeller's model, the word tables of language detection)
are done before the first set, so that a small set does not pay them; they are timed
apart by bench_labeller.py and bench_startup.py.
Sets: the four in `corpora/external/` and the development sets in `tests/data/dev/`.
`--split dev` is the tenth of the train rows held back from training (by a hash of the
id, `biblio.parse.labeller.train.is_dev`) and the dev rows of `tests/data/dev/`;
`--split train` is the rest of the train rows. `--errors N` prints N wrong references
per set, for train and dev only: the test rows are for measuring, never for reading
one by one. `--batch N` keeps only the rows of one annotation batch of a development
set (its `batch` field; rows without one are batch 1), to measure new material apart
from the old. `--fold` keeps only the rows of a development set in one fold of its
sources (`biblio.parse.labeller.train.russian_fold`): the labeller trains on the
"training" fold, the choice between the grammar and the labeller is tuned on the
"tuning" fold.
`--model FILE` reads with another labeller model, one trained with `python -m
biblio.parse.labeller.train --hold-out SET --output FILE`; `--held-out-half` then keeps
only the train rows that model left out (`train.in_held_out_half`), so that a small set's
errors can be read on rows the labeller never saw.

Published anchors (other systems, other conditions): GROBID 0.8.2 end to end from PDFs
83.7 % field F1; LinkedBooks BiLSTM-CRF 89.1 % token F1; AnyStyle near-zero token error
on its own gold set.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pycrfsuite

from biblio.evaluation import FieldScore, locator_equal
from biblio.formats.csljson import item_to_json
from biblio.lazy_patterns import LazyPattern
from biblio.parse import parse_footnotes
from biblio.word_frequencies import zipfs
from biblio.parse.labeller import model
from biblio.parse.labeller.train import in_held_out_half, is_dev, russian_fold

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "anystyle": ROOT / "corpora/external/anystyle/anystyle.jsonl",
    "linkedbooks": ROOT / "corpora/external/linkedbooks/linkedbooks.jsonl",
    "grobid": ROOT / "corpora/external/grobid/grobid.jsonl",
    "bibliographic_tei": ROOT / "corpora/external/bibliographic_tei/bibliographic_tei.jsonl",
}
DEV = ROOT / "tests/data/dev"


def in_split(row: dict[str, Any], split: str) -> bool:
    """Whether a row belongs to `split`: "dev" is a set's own dev rows plus the tenth
    of the train rows held back from training (`is_dev`); "train" is the rest."""
    own = row.get("split", "test")
    if own == "train":
        return split == ("dev" if is_dev(row) else "train")
    return own == split


def rows(path: Path, split: str, batch: int | None = None,
         fold: str | None = None, held_out_half: bool = False) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if in_split(row, split) and batch in (None, row.get("batch", 1)) and \
                    (fold is None or "source" in row and russian_fold(row) == fold) and \
                    (not held_out_half or in_held_out_half(row)):
                yield row


def parse_one(text: str) -> tuple[dict[str, Any] | None, str | None, bool]:
    """The first cite's item as CSL-JSON, its locator, and whether anything was said."""
    predicted, locator, _, said = parse_cited(text)
    return predicted, locator, said


def parse_cited(text: str) -> tuple[dict[str, Any] | None, str | None, str | None, bool]:
    """The first cite's item as CSL-JSON, its locator and the locator's label, and
    whether anything was said."""
    document = parse_footnotes([text])
    note = document.notes[0]
    if not note.cites:
        return None, None, None, bool(document.problems or note.leftover)
    cite = note.cites[0]
    return item_to_json(document.items[cite.item]), cite.locator, cite.label, True


def is_commentary(text: str) -> bool:
    """Whether the note `text` was read as commentary (asked apart, outside the clock,
    for the few references that gave no cite and no problem)."""
    return parse_footnotes([text]).notes[0].comment is not None


def score(path: Path, split: str, errors: int, batch: int | None = None,
          fold: str | None = None,
          held_out_half: bool = False) -> tuple[FieldScore, FieldScore, list[int], float]:
    fields = FieldScore()
    located_pages = FieldScore(locator_as_page=True)
    locators = [0, 0]
    shown = 0
    seconds = 0.0
    for row in rows(path, split, batch, fold, held_out_half):
        start = time.process_time()
        predicted, locator, label, said = parse_cited(row["text"])
        seconds += time.process_time() - start
        if predicted is None and not said:
            commentary = is_commentary(row["text"])
            fields.commentary += commentary
            fields.silent += not commentary
        wrong = fields.add(row["item"], predicted, row.get("unscored", ()))
        located_pages.add(row["item"], predicted, row.get("unscored", ()), locator)
        if row.get("locator"):
            locators[1] += 1
            locators[0] += locator_equal(row["locator"], locator, label)
        if wrong and shown < errors and split != "test":
            shown += 1
            print(f"--- {row['id']}: {row['text']}\n  wrong: {', '.join(wrong)}\n"
                  f"  gold: {json.dumps(row['item'], ensure_ascii=False)}\n"
                  f"  got:  {json.dumps(predicted, ensure_ascii=False)}", file=sys.stderr)
    return fields, located_pages, locators, seconds


def load_once() -> None:
    """What the parser loads on first use, loaded before any clock runs: else the first
    set's rate pays it alone (AnyStyle's dev rows: 529 and 539 refs/s measured first,
    827 and 780 measured after GROBID's, 2026-12-06). That is the model, the two word
    tables, the patterns compiled at their first use (biblio.lazy_patterns.LazyPattern)
    and the collector's full run over what the imports made."""
    model.tagger()
    zipfs("the", ("en",)), zipfs("и", ("ru",))  # the Latin and the Cyrillic table
    for pattern in gc.get_objects():
        if isinstance(pattern, LazyPattern):
            pattern.compiled()
    gc.collect()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="test", choices=("test", "train", "dev"))
    parser.add_argument("--set", action="append", choices=sorted(SETS), dest="sets")
    parser.add_argument("--file", action="append", type=Path, default=[])
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--batch", type=int)
    parser.add_argument("--fold", choices=("training", "tuning"))
    parser.add_argument("--model", type=Path)
    parser.add_argument("--held-out-half", action="store_true")
    args = parser.parse_args(argv)
    if args.model:
        other = pycrfsuite.Tagger()
        other.open(str(args.model))
        model.tagger = lambda: other
    paths = {name: SETS[name] for name in (args.sets or ([] if args.file else SETS))}
    paths.update({path.stem: path for path in args.file})
    load_once()
    print(f"| set ({args.split}) | refs | fields right | accuracy | as locator | precision "
          f"| F1 | locators | commentary | silent | refs/s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, path in paths.items():
        fields, located_pages, locators, seconds = score(path, args.split, args.errors,
                                                         args.batch, args.fold,
                                                         args.held_out_half)
        rate = fields.references / seconds if seconds else 0.0
        located = f"{locators[0]}/{locators[1]}" if locators[1] else "–"
        print(f"| {name} | {fields.references} | {fields.right}/{fields.gold} "
              f"| {fields.accuracy:.1%} | {located_pages.accuracy:.1%} "
              f"| {fields.precision:.1%} | {fields.f1:.1%} "
              f"| {located} | {fields.commentary} | {fields.silent} | {rate:,.0f} |")
        worst = sorted(fields.by_variable.items(), key=lambda kv: kv[1][0] / kv[1][1])
        print("|   | " + "; ".join(f"{v} {r}/{g}" for v, (r, g) in worst[:8]) + " |||||||||||")
    return 0


if __name__ == "__main__":
    sys.exit(main())
