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
