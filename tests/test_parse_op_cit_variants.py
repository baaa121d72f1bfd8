""""Указ. соч." as Soviet notes print it (biblio.data.reference_terms.OP_CIT_MARKERS):
"Ук. соч." and, from the OCR of scanned books, "Указ, соч."; the author before it is
read, given name first, and the page after it is the cite's."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes


@pytest.mark.parametrize(("text", "family", "given", "page"), [
    # a 1970s linguistics paper's notes (batch 21)
    ("А. А. Зализняк. Ук. соч., стр. 21; ср. также стр. 26—27.", "Зализняк", "А. А.", "21"),
    ("А. А. Зализняк. Ук. соч., стр. 28.", "Зализняк", "А. А.", "28"),
    # a Soviet history read by OCR (batch 13)
    ("С. Г. Струмилин. Указ, соч., стр. 52.", "Струмилин", "С. Г.", "52"),
])
def test_the_variant_marks_a_work_cited_before(
        text: str, family: str, given: str, page: str) -> None:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    item = document.items[cite.item]
    assert [(name.family, name.given) for name in item.fields["author"]] == [(family, given)]
    assert cite.locator == page
    assert "title" not in item.fields
