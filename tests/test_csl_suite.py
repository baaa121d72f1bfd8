"""The CSL test suite (processor-tests/humans) run through biblio's own CSL processor.

The fixtures are read from the shared material (the suite states no licence, so they are not
copied here). Fixtures still failing are listed, each with a reason, in
tests/data/csl-suite-failing.txt and expected to fail; one that passes fails the run (strict),
so the list only shrinks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from csl_fixtures import normalise, read_fixture, run_fixture
from shared_material import require_shared, shared_dir

SUITE = ("csl-test-suite", "processor-tests", "humans")
FAILING_LIST = Path(__file__).parent / "data" / "csl-suite-failing.txt"
CITEPROC_PY_LIST = Path(__file__).parent / "data" / "csl-suite-citeproc-py.txt"


def _failing() -> dict[str, str]:
    known = {}
    for line in FAILING_LIST.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, reason = line.partition(" ")
            known[name] = reason.strip()
    return known


def _fixture_names() -> list[str]:
    base = shared_dir()
    folder = base.joinpath(*SUITE) if base else None
    if folder is None or not folder.is_dir():
        return ["(suite absent)"]
    return sorted(path.stem for path in folder.glob("*.txt"))


FAILING = _failing()


@pytest.mark.parametrize("name", _fixture_names())
def test_fixture_renders_as_the_suite_expects(name: str) -> None:
    folder = require_shared(*SUITE)
    fixture = read_fixture(folder / f"{name}.txt")
    try:
        rendered = normalise(run_fixture(fixture))
    except Exception as error:  # noqa: BLE001 - a crash is this fixture's failure
        if name in FAILING:
            pytest.xfail(f"{FAILING[name]} ({type(error).__name__})")
        raise
    expected = normalise(fixture.result)
    if name in FAILING:
        if rendered == expected:
            pytest.fail(f"{name} passes now: remove it from {FAILING_LIST.name}")
        pytest.xfail(FAILING[name])
    assert rendered == expected


def test_failing_list_names_only_existing_fixtures() -> None:
    folder = require_shared(*SUITE)
    missing = [name for name in FAILING if not (folder / f"{name}.txt").exists()]
    assert not missing


def test_no_fixture_citeproc_py_passes_is_listed_as_failing() -> None:
    """Issue 10: plain citeproc-py is the differential oracle (benchmarks/csl_suite_compare.py
    writes the list of the fixtures it passes)."""
    passed_by_citeproc_py = set(CITEPROC_PY_LIST.read_text("utf-8").split())
    assert sorted(passed_by_citeproc_py & set(FAILING)) == []
