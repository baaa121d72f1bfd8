"""A reading is made once per distinct text and shared by every cite of that text: the
steps that complete a reference's fields (an alias, "Он же", an abbreviated host) work
on a copy, so that the same text in a later note or document reads the same. So it is
of a segment's reading (`_parsed`) and of a whole note's (`_note_readings`)."""

from __future__ import annotations

import copy

import pytest

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json
from biblio.parse import _note_readings, _parsed, parse_note

ALIAS_DEFINED = "Документы внешней политики СССР (далее – ДВП СССР). Т. 16. М., 1970. С. 5."
ALIAS_USED = "ДВП СССР. Т. 17. М., 1971. С. 3."
SAME_AUTHOR = "Он же. Вожди и заговорщики. М.: Вече, 2004. С. 7."
HOST_IN_FULL = ("Petit A. La diplomatie // La France et l’Europe: 1919—1939 / Dir. de B. "
                "Grand, C. Martin. P., 2005. P. 72.")
HOST_ABBREVIATED = "Legrand D. L’armée // La France et l’Europe…"
NOTES = [ALIAS_DEFINED, ALIAS_USED, "Шубин А.В. Мир на краю бездны. М., 2004. С. 45.",
         SAME_AUTHOR, HOST_IN_FULL, HOST_ABBREVIATED]


ARCHIVES_DEFINED = [
    # (note, the archive as its notes name it, the full name kept in the item's note)
    # dev row ru-fn-1284, a Ukrainian article: «далі —»
    ("Інститут рукопису Національної бібліотеки України ім. В. І. Вер-надського (далі — "
     "ІР НБУВ). — Ф. 50. — № 778.", "ІР НБУВ",
     "Інститут рукопису Національної бібліотеки України ім. В. І. Вер-надського (далі — "
     "ІР НБУВ)"),
    # the two forms biblio.parse.aliases reads: «далее –», and the acronym alone
    ("Российский государственный архив социально-политической истории (далее – РГАСПИ). "
     "Ф. 17. Оп. 3. Д. 5. Л. 2.", "РГАСПИ",
     "Российский государственный архив социально-политической истории (далее – РГАСПИ)"),
    ("Центральный государственный архив Московской области (ЦГАМО). Ф. 66. Оп. 11. Д. 1. "
     "Л. 3.", "ЦГАМО", "Центральный государственный архив Московской области (ЦГАМО)"),
]


def _forget_readings() -> None:
    _parsed.cache_clear()
    _note_readings.cache_clear()


def test_resolving_leaves_the_cached_readings_as_read() -> None:
    """The whole reading, its archival path too (issue 9: the archive's name was
    shortened in the cached path, and the next document found nothing to shorten)."""
    texts = [*NOTES, *(text for text, _, _ in ARCHIVES_DEFINED)]
    _forget_readings()
    as_read = {text: copy.deepcopy(_parsed(text)) for text in texts}
    notes_as_read = {text: copy.deepcopy(_note_readings(text)) for text in texts}
    parse_footnotes(texts)
    parse_footnotes(texts)
    assert {text: _parsed(text) for text in texts} == as_read
    assert {text: _note_readings(text) for text in texts} == notes_as_read
    # what the resolver completes is not in the reading: the alias's definition, the
    # previous author, the host's editors
    assert "ДВП СССР" in _parsed(ALIAS_DEFINED).fields["title"]
    assert _parsed(ALIAS_USED).fields["title"] == "ДВП СССР"
    assert "author" not in _parsed(SAME_AUTHOR).fields
    assert "editor" not in _parsed(HOST_ABBREVIATED).fields


def test_the_same_text_alone_after_a_document_that_completed_it_reads_as_alone() -> None:
    alone = [ALIAS_USED, SAME_AUTHOR, HOST_ABBREVIATED]
    _forget_readings()
    first = parse_footnotes(alone)
    parse_footnotes(NOTES)
    again = parse_footnotes(alone)
    assert again.items == first.items
    assert again.notes == first.notes
    assert first.items[first.notes[0].cites[0].item]["title"] == "ДВП СССР"
    assert "author" not in first.items[first.notes[1].cites[0].item].fields


def test_a_note_read_again_gives_references_of_its_own() -> None:
    """A note's text is read once (issue 10), but each reading is the caller's: setting
    a reference's attributes, as the resolver does, leaves the next reading as read."""
    text = "Шубин А. В. Мир на краю бездны. М.: Вече, 2004. С. 45; Там же. С. 47."
    _forget_readings()
    first = parse_note(text)
    assert [reference.kind for reference in first] == ["work", "ibid"]
    assert first[0].fields["title"] == "Мир на краю бездны"
    first[0].fields, first[0].kind, first[1].locator = {}, "comment", "99"
    again = parse_note(text)
    assert all(one is not other for one, other in zip(first, again))
    assert [reference.kind for reference in again] == ["work", "ibid"]
    assert again[0].fields["title"] == "Мир на краю бездны"
    assert again[1].locator == "47"


def _reading(text: str) -> dict[str, object]:
    document = parse_footnotes([text])
    return item_to_json(document.items[document.notes[0].cites[0].item])


@pytest.mark.parametrize(("text", "archive", "full_name"), ARCHIVES_DEFINED,
                         ids=["dali", "dalee", "acronym"])
def test_an_archive_defined_in_its_note_reads_alike_after_other_documents(
        text: str, archive: str, full_name: str) -> None:
    first = _reading(text)
    parse_footnotes([text.replace(". — ", ". - ")])  # issue 9: the row typed another way
    assert _reading(text) == _reading(text) == first
    assert (first["archive"], first["note"]) == (archive, full_name)


@pytest.mark.parametrize(("text", "archive", "full_name"), ARCHIVES_DEFINED,
                         ids=["dali", "dalee", "acronym"])
def test_an_archive_defined_in_two_notes_of_a_document_is_one_item(
        text: str, archive: str, full_name: str) -> None:
    document = parse_footnotes([text, text])
    assert len(document.items) == 1
    item = next(iter(document.items.values()))
    assert (item["archive"], item["note"]) == (archive, full_name)
