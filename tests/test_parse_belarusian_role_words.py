"""Belarusian statements of responsibility as the notes of a book on Soviet Belarus's
economy print them (dev set batch 49): "пад. рэд." typed with a period after the
preposition (as the Russian "под. ред." is), the chief and the responsible editor cut as
СТБ 7.12-2001 cuts them ("гал. рэд.", "адк. рэд."), and «[і інш. ]» with a space before
its bracket. The notes are written for other books; names, titles and places are read
off each by hand (the genitive after "пад рэд." given in the nominative)."""

from __future__ import annotations

import pytest

import biblio


def only_fields(note: str) -> dict:
    document = biblio.parse_footnotes([note])
    cites = document.notes[0].cites
    assert len(cites) == 1, document.notes[0]
    return document.items[cites[0].item].fields


@pytest.mark.parametrize(("note", "editor"), [
    ("Гісторыя Беларусі / пад. рэд. Я.К. Новіка. Мінск, 2000.", "Новік"),
    ("Беларусь у гады вайны / адк. рэд. І. П. Крэнь. Мінск, 1999.", "Крэнь"),
    ("Нарысы гісторыі Беларусі. Гал. рэд. М.П. Касцюк. Мінск, 1995.", "Касцюк"),
    ("Нарысы гісторыі Беларусі / Гал. рэд. М. П. Касцюк. Мінск, 1995. С. 270.", "Касцюк"),
])
def test_a_belarusian_editor_statement_names_the_editor(note: str, editor: str) -> None:
    fields = only_fields(note)
    assert [name.family for name in fields["editor"]] == [editor]
    assert fields["publisher-place"] == "Мінск"
    assert "рэд." not in fields["title"]


@pytest.mark.parametrize("note", [
    "История России / И.И. Иванов, П.П. Петров [и др. ]; под ред. С.С. Сидорова. М.: Наука, 2000.",
    "Гісторыя Беларусі / Я.К. Новік, Г.С. Марцуль [і інш. ]; пад рэд. С.С. Сідарава. Мінск, 2000.",
])
def test_others_closed_by_a_spaced_bracket_end_the_authors(note: str) -> None:
    fields = only_fields(note)
    families = [name.family for name in fields["author"]]
    assert families[:2] in (["Иванов", "Петров"], ["Новік", "Марцуль"])
    assert fields["author"][2].literal == "others"
    assert "note" not in fields
