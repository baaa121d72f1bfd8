"""A bug costs as little as possible: one footnote, or one line of the CLI, never the
document or a traceback."""

from __future__ import annotations

import pytest

import biblio.parse as parse_module
from biblio.cli import INTERNAL_ERROR, main
from biblio.parse import parse_footnotes


def test_a_footnote_the_parser_fails_on_is_kept_and_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    real = parse_module.parse_note

    def failing_on_the_second(text: str):
        if text.startswith("Сломанная"):
            raise IndexError("list index out of range")
        return real(text)

    monkeypatch.setattr(parse_module, "parse_note", failing_on_the_second)
    document = parse_footnotes(["Шубин А.В. Мир на краю бездны. М., 2004. С. 5.",
                                "Сломанная сноска. М., 2001.",
                                "Там же. С. 7."])
    assert [len(note.cites) for note in document.notes] == [1, 0, 1]
    assert document.notes[1].text == "Сломанная сноска. М., 2001."
    assert [p.where for p in document.problems] == ["note 2"]
    assert "IndexError" in document.problems[0].message


def test_a_bug_in_a_command_is_one_line_and_status_70(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture,
                                                      tmp_path) -> None:
    import biblio.cli.parse as parse_command

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(parse_command, "parse_footnotes", broken)
    monkeypatch.delenv("BIBLIO_DEBUG", raising=False)
    notes = tmp_path / "notes.txt"
    notes.write_text("Шубин А.В. Мир. М., 2004.\n", encoding="utf-8")
    assert main(["parse", str(notes)]) == INTERNAL_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error in 'biblio parse'" in err
    assert "Traceback" not in err
