"""Repair, footnote extraction and the command's import of its modules pause Python's cycle
collector while they build acyclic or long-lived data (spans, words, lines, notes, tables),
and give it back as they found it."""

from __future__ import annotations

import gc

import pytest

from biblio.text import footnotes, repair
from biblio.text.footnotes import extract_footnotes
from biblio.text.repair import repair_text

ARTICLE = "Текст статьи1.\n\n1 Áûëî ñêàçàíî. С. 12.\n"


@pytest.mark.parametrize(("module", "step", "run"), [
    (repair, "_repair_chunk", lambda: repair_text(ARTICLE)),
    (footnotes, "_extract", lambda: extract_footnotes(ARTICLE)),
])
def test_the_collector_is_paused_during_the_step_and_restored(monkeypatch, module, step, run):
    original = getattr(module, step)
    paused: list[bool] = []

    def spying(*args, **kwargs):
        paused.append(not gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr(module, step, spying)
    assert gc.isenabled()
    run()
    assert paused == [True] and gc.isenabled()
    gc.disable()
    try:
        run()
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_the_outputs_do_not_depend_on_the_collector():
    repaired = repair_text(ARTICLE)
    assert repaired.text == "Текст статьи1.\n\n1 Было сказано. С. 12.\n"
    assert [(note.number, note.text) for note in extract_footnotes(repaired.text)] == [
        (1, "Было сказано. С. 12.")]


def test_the_collector_runs_again_after_a_failed_step(monkeypatch):
    def failing(*args, **kwargs):
        raise RuntimeError("step failed")

    monkeypatch.setattr(repair, "_repair_chunk", failing)
    with pytest.raises(RuntimeError):
        repair_text(ARTICLE)
    assert gc.isenabled()


def test_the_command_imports_its_modules_with_the_collector_paused(monkeypatch):
    import importlib

    from biblio import cli

    paused: list[bool] = []
    original = importlib.import_module

    def spying(name, *args, **kwargs):
        paused.append(not gc.isenabled())
        return original(name, *args, **kwargs)

    monkeypatch.setattr(importlib, "import_module", spying)
    parser = cli.build_parser("render")
    assert paused == [True] and gc.isenabled()
    assert parser.parse_args(["render", "article.txt"]).command == "render"


@pytest.mark.parametrize(("arguments", "status"), [
    (["style", "gost"], 0), (["render", "no-such-article.txt"], 1)])
def test_the_installed_command_exits_with_mains_status_its_objects_frozen(arguments, status):
    """Run in a process of its own: the freeze is for the way out of the command."""
    import subprocess
    import sys

    program = ("import atexit, gc, sys\n"
               "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0))\n"
               "from biblio.cli import command\n"
               f"sys.argv = ['biblio', *{arguments!r}]\n"
               "command()\n")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == status, result.stderr
    assert result.stdout.strip().endswith("frozen True")
