"""A title shortened by "…" and the page run on after it with a comma, as Russian notes
repeat a work cited in full before («Березанская С. С. Средний период…, с. 31 – 32» in the
notes of Rybakov's «Язычество древних славян», the dev set's batch 43): the page is the
cite's, not the title's end."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes


@pytest.mark.parametrize(("text", "family", "title", "page"), [
    ("Третьяков П. Н. Финно-угры, балты и славяне…, с. 112.", "Третьяков",
     "Финно-угры, балты и славяне", "112"),
    ("Седов В. В. Восточные славяне…, стр. 45–47.", "Седов", "Восточные славяне", "45–47"),
    ("Седов В. В. Восточные славяне..., с. 9", "Седов", "Восточные славяне", "9"),  # "..."
    ("Седов В.В. Восточные славяне…,с. 9.", "Седов", "Восточные славяне", "9"),  # no space
    ("Obolensky D. The Byzantine Commonwealth…, p. 201.", "Obolensky",
     "The Byzantine Commonwealth", "201"),
])
def test_the_page_after_an_ellipsis_and_a_comma_is_the_cites(
        text: str, family: str, title: str, page: str) -> None:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    item = document.items[cite.item]
    assert item.fields["author"][0].family == family
    assert item.fields["title"] == title
    assert cite.locator == page and cite.label == "page"


def test_a_volume_after_an_ellipsis_and_a_comma_is_read_with_the_page() -> None:
    document = parse_footnotes(["Покровский М. Н. Русская история…, т. 3, с. 140."])
    cite = document.notes[0].cites[0]
    item = document.items[cite.item]
    assert (item.fields["title"], item.fields["volume"]) == ("Русская история", "3")
    assert cite.locator == "140"


def test_a_comma_styles_short_title_after_the_family_keeps_its_own_reading() -> None:
    # Italian notes: "Family, Title..., p. N" is the comma style's, read as before
    document = parse_footnotes(["Cessi, Storia della Repubblica..., p. 88."])
    cite = document.notes[0].cites[0]
    item = document.items[cite.item]
    assert item.fields["author"][0].family == "Cessi"
    assert cite.locator == "88"


def test_a_cyrillic_heading_closed_by_a_comma_reads_the_page_after_the_ellipsis_too() -> None:
    # Soviet lists close the heading with a comma: «Горький М., О литературе»
    document = parse_footnotes(["Третьяков П. Н., Финно-угры, балты и славяне…, с. 112."])
    cite = document.notes[0].cites[0]
    item = document.items[cite.item]
    assert item.fields["title"] == "Финно-угры, балты и славяне"
    assert cite.locator == "112"
