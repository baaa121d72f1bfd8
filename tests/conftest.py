"""Shared fixtures: the sample article's data, copied into tests/data/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def gold_text() -> str:
    return (DATA / "gold.json").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold_json(gold_text: str) -> dict:
    return json.loads(gold_text)
