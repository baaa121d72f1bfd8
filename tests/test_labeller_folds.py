"""The Russian dev rows the labeller trains on, and those the choice is tuned on:
folds by source (`biblio.parse.labeller.train.russian_fold`), never a test row, and
no row of a batch annotated after the model was trained."""

from __future__ import annotations

import json
from pathlib import Path

from biblio.parse.labeller.train import (RUSSIAN, TRAINED_BATCHES, russian_fold,
                                         russian_training_rows)


def _row(number: int, source: str, split: str = "dev", batch: int | None = None) -> dict:
    row = {"id": f"ru-{number}", "text": "Иванов И. И. История. М., 1990.",
           "item": {"type": "book", "title": "История"}, "source": source, "split": split}
    if batch is not None:
        row["batch"] = batch
    return row


def _sources_in_folds() -> tuple[str, str]:
    """A source of each fold, found by the rule itself, so that the test names no hash."""
    names = (f"https://example.org/book/{number}" for number in range(100))
    by_fold: dict[str, str] = {}
    for name in names:
        by_fold.setdefault(russian_fold({"source": name}), name)
    return by_fold["training"], by_fold["tuning"]


def test_a_source_is_in_one_fold_whatever_its_rows() -> None:
    training, tuning = _sources_in_folds()
    assert {russian_fold(_row(n, training)) for n in range(20)} == {"training"}
    assert {russian_fold(_row(n, tuning, batch=14)) for n in range(20)} == {"tuning"}


def test_training_rows_leave_out_the_tuning_fold_test_rows_and_later_batches(
        tmp_path: Path) -> None:
    training, tuning = _sources_in_folds()
    rows = [_row(1, training), _row(2, training, batch=TRAINED_BATCHES),
            _row(3, training, batch=TRAINED_BATCHES + 1), _row(4, tuning),
            _row(5, training, split="test")]
    (tmp_path / "ru-notes.jsonl").write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    assert [row["id"] for row in russian_training_rows(tmp_path)] == ["ru-1", "ru-2"]


def test_the_tuning_fold_is_about_a_third_of_each_russian_dev_set() -> None:
    for path in sorted(RUSSIAN.glob("*.jsonl")):
        folds = [russian_fold(json.loads(line)) for line in path.open(encoding="utf-8")
                 if json.loads(line)["split"] == "dev"]
        share = folds.count("tuning") / len(folds)
        assert 0.15 <= share <= 0.5, (path.name, share)
