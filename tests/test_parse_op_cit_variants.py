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


@pytest.mark.parametrize(("text", "family", "given", "page"), [
    # the comma style of Soviet notes, initials before the family
    ("Б. Д. Греков, указ. соч., стр. 45.", "Греков", "Б. Д.", "45"),
    ("См. Л. В. Черепнин, указ. соч., с. 112.", "Черепнин", "Л. В.", "112"),
    ("А.А. Зимин, цит. соч., с. 8.", "Зимин", "А.А.", "8"),
    # "названное сочинение", "названная работа" (the dev set's ru-fn-1469)
    ("См. М. Ф. Болтенко, назв. работа, стр. 40.", "Болтенко", "М. Ф.", "40"),
    ("Н. И. Костомаров, назв. соч., стр. 17.", "Костомаров", "Н. И.", "17"),
    ("Костомаров, назв. соч., стр. 17.", "Костомаров", None, "17"),
])
def test_initials_before_the_family_and_named_work_markers_mark_a_work_cited_before(
        text: str, family: str, given: str | None, page: str) -> None:
    test_the_variant_marks_a_work_cited_before(text, family, given, page)


def test_initials_and_a_title_after_a_comma_are_a_full_reference() -> None:
    document = parse_footnotes(["Б. Д. Греков, Киевская Русь, М., 1953, стр. 45."])
    item = document.items[document.notes[0].cites[0].item]
    assert item.fields["title"] == "Киевская Русь"
