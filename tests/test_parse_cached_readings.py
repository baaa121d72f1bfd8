"""A reading is made once per distinct text and shared by every cite of that text: the
steps that complete a reference's fields (an alias, "Он же", an abbreviated host) work
on a copy, so that the same text in a later note or document reads the same."""

from __future__ import annotations

from biblio import parse_footnotes
from biblio.parse import _parsed

ALIAS_DEFINED = "Документы внешней политики СССР (далее – ДВП СССР). Т. 16. М., 1970. С. 5."
ALIAS_USED = "ДВП СССР. Т. 17. М., 1971. С. 3."
SAME_AUTHOR = "Он же. Вожди и заговорщики. М.: Вече, 2004. С. 7."
HOST_IN_FULL = ("Petit A. La diplomatie // La France et l’Europe: 1919—1939 / Dir. de B. "
                "Grand, C. Martin. P., 2005. P. 72.")
HOST_ABBREVIATED = "Legrand D. L’armée // La France et l’Europe…"
NOTES = [ALIAS_DEFINED, ALIAS_USED, "Шубин А.В. Мир на краю бездны. М., 2004. С. 45.",
         SAME_AUTHOR, HOST_IN_FULL, HOST_ABBREVIATED]


def test_resolving_leaves_the_cached_readings_as_read() -> None:
    parse_footnotes(NOTES)
    before = {text: dict(_parsed(text).fields) for text in NOTES}
    parse_footnotes(NOTES)
    assert {text: dict(_parsed(text).fields) for text in NOTES} == before
    # what the resolver completes is not in the reading: the alias's definition, the
    # previous author, the host's editors
    assert "ДВП СССР" in _parsed(ALIAS_DEFINED).fields["title"]
    assert _parsed(ALIAS_USED).fields["title"] == "ДВП СССР"
    assert "author" not in _parsed(SAME_AUTHOR).fields
    assert "editor" not in _parsed(HOST_ABBREVIATED).fields


def test_the_same_text_alone_after_a_document_that_completed_it_reads_as_alone() -> None:
    alone = [ALIAS_USED, SAME_AUTHOR, HOST_ABBREVIATED]
    _parsed.cache_clear()
    first = parse_footnotes(alone)
    parse_footnotes(NOTES)
    again = parse_footnotes(alone)
    assert again.items == first.items
    assert again.notes == first.notes
    assert first.items[first.notes[0].cites[0].item]["title"] == "ДВП СССР"
    assert "author" not in first.items[first.notes[1].cites[0].item].fields
