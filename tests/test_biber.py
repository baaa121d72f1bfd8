"""biber's data-model validation of our BibLaTeX: no error, invalid field or entry type.

`biber --tool --validate-datamodel` checks every entry against biblatex's default
data model (biblio needs no .dbx: archives go to the standard `library` field).
The only warning allowed is a missing mandatory field that the item itself lacks
(an archival file has no author, title or date). The test skips without biber,
except under CI (the CI environment variable), where biber must be installed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from biblio.formats import biblatex, csljson
from biblio.model import Item
from strategies import items

BIBER = shutil.which("biber")
if BIBER is None and not os.environ.get("CI"):
    pytest.skip("biber is not installed", allow_module_level=True)

MISSING = re.compile(r"Entry '(?P<key>[^']+)' .*Missing mandatory field"
                     r"(?: '(?P<field>\w+)'| - one of '(?P<one_of>[\w, ]+)' must be defined)")
FIELD_VARIABLES = {
    # the CSL variables whose absence explains biber's "Missing mandatory field"
    "author": {"author"}, "editor": {"editor"}, "title": {"title"},
    "journaltitle": {"container-title"}, "booktitle": {"container-title"},
    "institution": {"publisher"}, "date": {"issued"}, "year": {"issued"},
    "url": {"URL"}, "doi": {"DOI"}, "eprint": set(),
}


def validate(items_by_key: dict[str, Item], tmp_path: Path) -> list[str]:
    """biber's complaints about our BibLaTeX for `items_by_key`, minus explained ones."""
    assert BIBER is not None, "CI is set: biber must be installed (see .ci/run)"
    (tmp_path / "refs.bib").write_text(biblatex.write(list(items_by_key.values())),
                                      encoding="utf-8")
    run = subprocess.run([BIBER, "--tool", "--validate-datamodel", "refs.bib"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    complaints = []
    for line in (run.stdout + run.stderr).splitlines():
        if not re.search(r"\b(WARN|ERROR)\b", line):
            continue
        missing = MISSING.search(line)
        if missing:
            item = items_by_key[missing["key"]]
            fields = [missing["field"]] if missing["field"] else missing["one_of"].split(", ")
            variables = set().union(*(FIELD_VARIABLES.get(f, {f}) for f in fields))
            if not variables & set(item.fields):
                continue  # the source itself lacks it
        complaints.append(line)
    return complaints


def test_gold_items_validate(gold_json: dict, tmp_path: Path) -> None:
    gold = csljson.read(json.dumps(list(gold_json["items"].values())))
    assert validate({item.id: item for item in gold}, tmp_path) == []


@settings(max_examples=4, deadline=None, derandomize=True, phases=[Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(generated=st.lists(items(), min_size=40, max_size=40))
def test_generated_items_validate(generated: list[Item], tmp_path_factory) -> None:
    by_key = {}
    for index, item in enumerate(generated):
        item.id = f"k{index}"
        by_key[item.id] = item
    assert validate(by_key, tmp_path_factory.mktemp("biber")) == []
