"""A short form that repeats its work's imprint: "Беляев И. Д. Указ. соч. М., 1888. С. 9."
Notes repeat the place and year after «Указ. соч.» to tell one work of an author from
another (a textbook of municipal law, the dev set's batch 47); the imprint is the work's,
read as its place, publisher and year, and the short form still finds the work cited in
full before it. Expected values written from the texts."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes


def read(text: str) -> tuple[dict[str, Any], str | None, list[Any]]:
    document = parse_footnotes([text])
    note = document.notes[0]
    cite = note.cites[0]
    return item_to_json(document.items[cite.item]), cite.locator, note.leftover


@pytest.mark.parametrize(("text", "family", "place", "publisher", "year", "locator"), [
    ("Беляев И. Д. Указ. соч. М., 1888. С. 9.", "Беляев", "Москва", None, 1888, "9"),
    ("Петров А. В. Указ. соч. — СПб.: Питер, 2004. — С. 112.", "Петров", "Санкт-Петербург",
     "Питер", 2004, "112"),
    ("Сидоров К. Указ. соч., Л., 1967, с. 40", "Сидоров", "Ленинград", None, 1967, "40"),
    ("Кузнецова Н. Ук. соч. Киев, 1995. С. 7–8", "Кузнецова", "Киев", None, 1995, "7–8"),
    ("Smith J. Op. cit. London, 1990. P. 5.", "Smith", "London", None, 1990, "5"),
    ("Беляев И. Д. Указ. соч. М., 1888 г. С. 5.", "Беляев", "Москва", None, 1888, "5"),
    ("Беляев И. Д. Указ. соч. (М., 1888). С. 5.", "Беляев", "Москва", None, 1888, "5"),
])
def test_imprint_after_op_cit_is_the_works(text: str, family: str, place: str,
                                           publisher: str | None, year: int,
                                           locator: str) -> None:
    item, found_locator, leftover = read(text)
    assert item["author"][0]["family"] == family
    assert item["publisher-place"] == place
    assert item.get("publisher") == publisher
    assert item["issued"]["date-parts"][0][0] == year
    assert found_locator == locator
    assert leftover == []


def test_op_cit_with_imprint_repeats_the_work_cited_in_full() -> None:
    document = parse_footnotes([
        "Беляев И. Д. Лекции по истории русского законодательства. М., 1888. С. 7, 8.",
        "Греков Б. Д. Киевская Русь. М., 1949. С. 74.",
        "См. об этом: Беляев И. Д. Указ. соч. М., 1888. С. 15.",
    ])
    first, last = document.notes[0].cites[0], document.notes[2].cites[0]
    assert last.item == first.item
    assert (last.form, last.locator) == ("short", "15")
    assert len(document.items) == 2


def test_words_after_op_cit_that_are_no_imprint_stay_leftover() -> None:
    _, locator, leftover = read("Орлов Д. Указ. соч. Глава о реформах. С. 3.")
    assert locator == "3"
    assert [part.text for part in leftover] == ["Глава о реформах"]
