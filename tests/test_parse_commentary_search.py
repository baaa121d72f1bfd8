"""When a segment is searched for references inside commentary, and when it is not
(biblio.parse._read_segment, biblio.parse.commentary.find_references; issue 9)."""

from __future__ import annotations

from biblio import parse_footnotes
from biblio.parse.commentary import find_references
from biblio.parse.reference import Reference

REPORT = ("W. W. Carlson and J. M. Draper. AC for the T3D. Technical Report "
          "SRC-TR-95-141, Supercomputing Research Center, Bowie, MD, February 1995.")


def test_a_work_read_with_leftovers_stays_whole_with_its_authors() -> None:
    """Cut into sentences, "W. W. Carlson and J. M. Draper." read as no reference and
    the report number was taken for the authors: the whole keeps them."""
    document = parse_footnotes([REPORT])
    note = document.notes[0]
    assert len(note.cites) == 1
    item = document.items[note.cites[0].item]
    assert [name.family for name in item.fields["author"]] == ["Carlson", "Draper"]
    assert not any("Carlson" in problem.message for problem in document.problems)


def test_a_record_with_an_unread_statement_keeps_its_title_and_the_statement() -> None:
    """Cut into sentences after "Рос.", the record lost its title to a comment and took
    the statement of responsibility for its title. The statement that names bodies is
    kept in `note` (GOST 7.1-2003 clause 5.3.4), the editor supplied in brackets read."""
    document = parse_footnotes([
        "Наука - городу Рубцовску : сборник статей / М-во образования Рос. Федерации, "
        "Алт. гос. ун-т, Фил. в г. Рубцовске ; [отв. ред. В. К. Толстов]. - Рубцовск "
        "Барнаул : Издательство Алтайского университета, 2002. - 206 с."])
    note = document.notes[0]
    item = document.items[note.cites[0].item]
    assert item.fields["title"] == "Наука - городу Рубцовску"
    assert item.fields["publisher"] == "Издательство Алтайского университета"
    assert note.comment is None
    assert "Рос. Федерации" in item.fields["note"]
    assert [name.family for name in item.fields["editor"]] == ["Толстов"]


def test_the_pieces_of_commentary_come_as_they_are_read() -> None:
    """A sentence of commentary is given before the sentences after it are parsed, so
    that a caller who has seen enough parses no further."""
    parsed: list[str] = []

    def parse(text: str) -> Reference:
        parsed.append(text)
        return Reference(text=text, kind="comment")

    pieces = find_references("The author thanks his colleagues for their help. "
                             "Smith J. A book. Jones K. Another book.", parse)
    assert next(pieces).text == "The author thanks his colleagues for their help."
    assert parsed == []
    assert list(pieces) and parsed


def test_an_opening_clause_of_prose_before_see_is_the_cites_prefix() -> None:
    """Real notes that open with a clause of prose ending in "см.:" (GOST R 7.0.5-2008
    clause 11's lead-in, after words that say what to see the work for). Read whole, the
    clause was the start of the title; it is the cite's prefix, the work read after it.
    From a book on the first Romanovs (booksonline 69657, with the author's typo
    «Подобнее»), a book on Russian agriculture (history.wikireading 361219) and a
    translated history of Christianity (rutlib 43027)."""
    notes = {
        "Подобнее см.: Начертание Жития Митрополита Филиппа. М., 1860.":
            ("Подобнее см.:", "Начертание Жития Митрополита Филиппа", "1860"),
        "Для середины XIX в. см.: Материалы для статистики России, собираемые по "
        "ведомству МГИ. СПб., 1858. Вып. 1. С. 3–4.":
            ("Для середины XIX в. см.:",
             "Материалы для статистики России, собираемые по ведомству МГИ", "1858"),
        "Об этом и том, что последовало, см.: I.de Madariaga, Ivan the Terrible (New "
        "Haven and London, 2005), главы 3–6.":
            ("Об этом и том, что последовало, см.:", "Ivan the Terrible", "2005"),
    }
    for text, (prefix, title, year) in notes.items():
        document = parse_footnotes([text])
        cite = document.notes[0].cites[0]
        item = document.items[cite.item]
        assert cite.prefix == prefix
        assert item.fields["title"] == title
        assert item.fields["issued"].parts[0][0] == int(year)


def test_an_opening_reference_before_see_is_not_taken_for_prose() -> None:
    """Only a clause that reads as no reference is a lead-in's prose: «Иванов И. И.
    Очерки, см.: …» opens with a work (an author and a title), kept as the first cite
    was before (no prefix made of it)."""
    document = parse_footnotes(["Иванов И. И. Очерки, см.: Петров П. П. История. М., 1990."])
    cite = document.notes[0].cites[0]
    assert cite.prefix is None
    assert [name.family for name in document.items[cite.item].fields["author"]] == ["Иванов"]
