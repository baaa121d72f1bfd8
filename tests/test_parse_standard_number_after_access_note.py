"""An ISBN or an ISSN after a note on where the title or the text was read («Загл. с
экрана. ISBN 978-5-6042106-1-1», «Доступ из … – ISBN …»; the dev set's batch 50, a
historian's reprint of a Civil War article): the standard number is its own area (GOST
7.1-2003 clause 5.9) and goes to `ISBN` or `ISSN`, the note to `note` without it
(biblio.parse.electronic's ACCESS_NOTE)."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Item


def one(text: str) -> Item:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    return document.items[cite.item]


@pytest.mark.parametrize(("text", "variable", "number", "note"), [
    ("Кузнецов А. А. Уездный город в годы войны. – Пермь: Пермское кн. изд-во, 2016. – "
     "210 с. – Загл. с экрана. ISBN 978-5-93683-123-4", "ISBN", "978-5-93683-123-4",
     "Загл. с экрана"),
    ("Сидорова Е. П. Храмы епархии. – Тверь: Тверской гос. ун-т, 2012. – Доступ из "
     "справ.-правовой системы «Гарант». – ISBN 5-7609-0123-9.", "ISBN", "5-7609-0123-9",
     "Доступ из справ.-правовой системы «Гарант»"),
    ("Вестник архивиста [Электронный ресурс]. – М., 2019. – Режим доступа: для авториз. "
     "пользователей. – ISSN 2073-0101.", "ISSN", "2073-0101",
     "Режим доступа: для авториз. пользователей"),
])
def test_the_standard_number_after_a_note_is_its_own_area(
        text: str, variable: str, number: str, note: str) -> None:
    item = one(text)
    assert item.fields[variable] == number
    assert note in item.fields["note"]
    assert number not in item.fields["note"]
