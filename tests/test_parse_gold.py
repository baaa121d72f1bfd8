"""The sample article against its gold parse (scored by benchmarks/score_gold.py).

Targets of issue 3: every cite resolves to the right work with the right locator,
label and form; every gold field is equal (issue 9: no loss on the sample).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).parent.parent


def _score_gold() -> ModuleType:
    """The benchmark script, loaded by path (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("score_gold",
                                                  ROOT / "benchmarks" / "score_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_sample_cites_and_fields_meet_the_targets() -> None:
    score_gold = _score_gold()
    data = ROOT / "tests" / "data"
    result = score_gold.score_files(data / "footnotes_repaired.txt", data / "gold.json")
    assert result.cites == 80
    assert result.cites_right == result.cites, result.errors
    assert result.items_matched == result.items_gold == 44
    assert result.fields_equal == result.fields_gold == 369, result.errors  # issue 9: no loss
