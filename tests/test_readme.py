"""The README's examples run as written, on the bundled files: a newcomer's first hour
must not end in "no such file" or an IndexError."""

from __future__ import annotations

import re
import shlex
import shutil
import tomllib
from pathlib import Path

import pytest

from biblio.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMAND_LINE = README[README.index("## Command line"):]
SHELL_BLOCK = re.search(r"```sh\n(?P<code>.*?)```", COMMAND_LINE, re.DOTALL)
PYTHON_BLOCK = re.search(r"```python\n(?P<code>.*?)```", README, re.DOTALL)


def _commands() -> list[list[str]]:
    assert SHELL_BLOCK is not None, "the README has no command-line example block"
    return [shlex.split(line, comments=True)
            for line in SHELL_BLOCK.group("code").splitlines() if line.strip()]


@pytest.fixture
def checkout_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled files where a newcomer runs the examples: the checkout's root."""
    for folder in ("examples", "styles", "tests/data/documents"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_readme_command_is_the_installed_script() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["scripts"]
    assert scripts["biblio"] == "biblio.cli:command"  # main, then the exit
    assert "source .venv/bin/activate" in COMMAND_LINE and ".venv/bin/biblio" in COMMAND_LINE
    assert {command[0] for command in _commands()} == {"biblio"}


def test_every_readme_command_runs_on_the_bundled_files(checkout_copy: Path, capsys) -> None:
    for command in _commands():
        assert main(command[1:]) == 0, (shlex.join(command), capsys.readouterr().err)
    assert (checkout_copy / "gost.csl").read_text(encoding="utf-8").startswith("<?xml")
    assert (checkout_copy / "refs.bibtex").read_text(encoding="utf-8").count("\n@") >= 5


def test_the_readme_python_example_runs_on_the_bundled_article(checkout_copy: Path) -> None:
    assert PYTHON_BLOCK is not None
    namespace: dict[str, object] = {}
    exec(compile(PYTHON_BLOCK.group("code"), "README.md", "exec"), namespace)  # noqa: S102
    assert namespace["note"].cites  # type: ignore[attr-defined]
    assert namespace["out"].notes  # type: ignore[attr-defined]
