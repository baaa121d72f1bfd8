"""A note whose words mix Cyrillic and Latin look-alike letters, read one script a word.

Notes copied from PDFs, OCR and web pages type Latin letters for Cyrillic ones and back
where the glyphs coincide: an initial («Письмо H. М. Минского», «B. B. Виноградов»), a
word («Облaстнaя гaзетa», «Пиcьмo»), a Roman numeral («XVІII–XIХ веков»). Every reader
of the grammar knows a word by its letters, so rather than teach each one the other
script, each reference's segment of a note (after its typography, biblio.parse.typography)
is read once by biblio.text.repair.repair_reference, which reads a word in one script
where the word plainly is in one: its other letters all look-alikes, or its neighbours in
that script. The reading is one letter for one, so a span of the segment read is a span
of it as printed (biblio.parse.typography.printed_span): what a reference keeps of the
note's text is given back as printed, its fields keep the letters
read (the development set's gold gives what a letter of the other script means,
tests/data/dev/README.md), and each word read otherwise is reported in the leftover of
the reference that holds it, as printed: nothing is changed silently.
"""

from __future__ import annotations

from biblio.model import Leftover
from biblio.parse.partial import REPAIRED
from biblio.parse.reference import Reference
from biblio.parse.triggers import triggers
from biblio.text.repair import Change, may_change_reference, repair_reference


def in_one_script(text: str) -> tuple[str, list[Change]]:
    """`text` with its look-alike letters read in the script of their word or of the words
    around it, and the changes (none for a note in one script, as most are). The reading
    is one letter for one (biblio.text.repair), so the offsets of the changes are those of
    `text`."""
    found = triggers(text)
    if not (found.latin and found.cyrillic) or not may_change_reference(text):
        return text, []
    repaired = repair_reference(text)
    if not repaired.rows:
        return text, []
    return repaired.text, repaired.changes


def report_changes(reference: Reference, changes: list[Change], printed: str,
                   start: int, end: int) -> None:
    """Adds to `reference`'s leftover the printed words of `changes` (offsets in the note
    as read) that lie in its span of the note, `start` to `end`, but for those inside a
    leftover of its own, found as `printed` (the note as printed) holds it: a word the
    reference left unread is reported as printed once («Там же. P. Ивановъ.»: «P.
    Ивановъ», not «P» again)."""
    unread = [(found, found + len(leftover.text)) for leftover in reference.leftover
              if (found := printed.find(leftover.text, start, end)) >= 0]
    printed_words = [
        Leftover(change.before, REPAIRED) for change in changes
        if start <= change.offset and change.offset + len(change.before) <= end
        and not any(first <= change.offset and change.offset + len(change.before) <= last
                    for first, last in unread)]
    if printed_words:
        reference.leftover = [*reference.leftover, *printed_words]
