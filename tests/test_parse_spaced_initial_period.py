"""A heading's last initial printed with a space before its period, as pages that set
the author in italics print it (biblio.parse.names.HEADING_NAME). The same artefact
stands in a Belarusian patent record of the dev set, inside a list of initials first
(ru-gost-578: "С В . Покровская"), which this reading does not cover."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes


@pytest.mark.parametrize(("text", "family", "given", "title"), [
    ("Новосельцев А. П . Хазарское государство и его роль в истории Восточной Европы и "
     "Кавказа. С. 211–213, 215;", "Новосельцев", "А. П.",
     "Хазарское государство и его роль в истории Восточной Европы и Кавказа"),
    ("Муминов А. К . Ханафитский мазхаб в истории Центральной Азии / под ред. С. М. "
     "Прозорова. Алматы: Қаза қэнциклопедиясы, 2015. С. 106.", "Муминов", "А. К.",
     "Ханафитский мазхаб в истории Центральной Азии"),
    ("Заходер Б. Н . Каспийский свод сведений о Восточной Европе. [Т. 2.] Булгары, мадьяры, "
     "народы Севера, печенеги, русы, славяне. М.: Наука, 1967. С. 41, 43;", "Заходер", "Б. Н.",
     "Каспийский свод сведений о Восточной Европе"),
])
def test_the_spaced_period_closes_the_initials_not_the_title(
        text: str, family: str, given: str, title: str) -> None:
    """libcat 475876, notes of a book on Russian Islam (batch 25): the title began "П . …"."""
    document = parse_footnotes([text])
    item = document.items[document.notes[0].cites[0].item]
    assert [(name.family, name.given) for name in item.fields["author"]] == [(family, given)]
    assert item.fields["title"] == title

