"""Fuzzing in every run, on a bounded budget: mutated real BibLaTeX, CSL-JSON, document
JSON, footnotes and articles, and random bytes, into every reader and the footnote
parser; the writers and both styles on whatever the readers accept. An exception
outside biblio.errors fails. `benchmarks/fuzz.py` runs the same for minutes.

Under CI (conftest's "ci" profile) the examples are the same on every run; locally
they are new each run.
"""

from __future__ import annotations

import random
import traceback

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fuzzing
from biblio import BiblioError

EXAMPLES_PER_KIND = 25
"""About 40 s for the whole file on one core (benchmarks/fuzz.py measures ~20 inputs/s
with both styles rendered)."""

KNOWN_ELSEWHERE = (("RecursionError", "formats/latex.py"),)
"""Defects another branch is fixing: a chain of hundreds of nested accents or braces
in a .bib value (issue 13, item 4, the BibTeX helper's LaTeX decoder). Remove once
that branch is merged, and the test must still pass."""

FUZZ = settings(max_examples=EXAMPLES_PER_KIND, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def _survives(kind: str, text: str) -> None:
    try:
        fuzzing.exercise(kind, text)
    except BiblioError:
        pass
    except Exception as error:  # noqa: BLE001 — only known defects of other branches pass
        where = traceback.extract_tb(error.__traceback__)[-1].filename.replace("\\", "/")
        if not any(type(error).__name__ == name and where.endswith(path)
                   for name, path in KNOWN_ELSEWHERE):
            raise


@pytest.mark.parametrize("kind", fuzzing.KINDS)
@FUZZ
@given(rng=st.randoms(use_true_random=False))
def test_a_mutated_real_input_is_read_written_and_rendered_or_turned_down(
        kind: str, rng: random.Random) -> None:
    _survives(kind, fuzzing.mutant(kind, rng))


@pytest.mark.parametrize("kind", fuzzing.KINDS)
@settings(max_examples=EXAMPLES_PER_KIND * 2, deadline=None)
@given(rng=st.randoms(use_true_random=False))
def test_random_bytes_are_read_or_turned_down(kind: str, rng: random.Random) -> None:
    _survives(kind, fuzzing.random_text(rng))


@pytest.mark.parametrize("kind", fuzzing.KINDS)
def test_most_seeds_are_accepted_so_the_fuzzer_gets_past_the_reader(kind: str) -> None:
    """A fuzzer whose every input is turned down at the first step would test nothing;
    tests/data/wild/broken.bib is the one seed meant to be refused."""
    accepted = 0
    for seed in fuzzing.SEEDS[kind]:
        try:
            fuzzing.exercise(kind, seed)
        except BiblioError:
            continue
        accepted += 1
    assert accepted >= len(fuzzing.SEEDS[kind]) - 1
