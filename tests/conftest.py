"""Shared fixtures: the sample article's data, copied into tests/data/; and the
hypothesis profile.

Under CI (the CI environment variable) the property tests draw the same examples on
every run (`derandomize`), so that a landing never depends on luck; locally they
draw new ones each run, which is where new failures are found. CI sets no deadline on an
example: speed is measured in benchmarks/, and a loaded machine must not fail a test
that is right.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None, print_blob=True,
                          deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def gold_text() -> str:
    return (DATA / "gold.json").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold_json(gold_text: str) -> dict:
    return json.loads(gold_text)
