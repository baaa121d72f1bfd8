"""Progress of long runs: parse_footnotes reports it, the CLI shows it on a terminal only."""

from __future__ import annotations

import io

from biblio.cli.common import Progress
from biblio.parse import PROGRESS_EVERY, parse_footnotes


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_parse_footnotes_reports_every_thousand_notes_and_at_the_end() -> None:
    calls: list[tuple[int, int]] = []
    total = 2 * PROGRESS_EVERY + 500
    notes = [f"Иванов И.И. Очерк {n}. М., 2001. С. {n}." for n in range(total)]
    document = parse_footnotes(notes, progress=lambda done, of: calls.append((done, of)))
    assert calls == [(PROGRESS_EVERY, total), (2 * PROGRESS_EVERY, total), (total, total)]
    assert len(document.notes) == total


def test_progress_is_shown_on_a_terminal_and_cleared_at_the_end() -> None:
    terminal = Terminal()
    progress = Progress("parsing footnotes", terminal)
    progress(1000, 3000)
    progress(3000, 3000)
    assert terminal.getvalue() == "\rbiblio: parsing footnotes 1000/3000\r\033[K"


def test_progress_writes_nothing_into_a_pipe_or_a_log() -> None:
    log = io.StringIO()
    progress = Progress("parsing footnotes", log)
    progress(1000, 3000)
    progress(3000, 3000)
    assert log.getvalue() == ""
