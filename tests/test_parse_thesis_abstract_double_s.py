""""Автореф. дисс.": the abstract of a thesis with "дисс." spelled with two s, as the table
of thesis genres already reads "дисс." alone (biblio.data.reference_terms.THESIS_GENRES)."""

from __future__ import annotations

from biblio import parse_footnotes


def test_the_abstract_is_the_genre_and_leaves_the_title() -> None:
    """slavras.ru, the reference list of a folklore article (batch 25): "Автореф" stayed in
    the title and the genre began at "дисс."."""
    document = parse_footnotes([
        "Титова О.Ю. Ареальное исследование мифологических представлений русских "
        "Центрального Черноземья (конец XIX – начало XX в.). Автореф. дисс. канд. филол. "
        "наук. М., 2015."])
    item = document.items[document.notes[0].cites[0].item]
    assert item.type == "thesis"
    assert item.fields["title"] == ("Ареальное исследование мифологических представлений "
                                    "русских Центрального Черноземья (конец XIX – начало XX в.)")
    assert item.fields["genre"] == "Автореф. дисс. канд. филол. наук"
