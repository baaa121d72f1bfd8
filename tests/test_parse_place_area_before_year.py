"""The place of publication printed as an area of its own before the year's, with no
publisher, in the dashed form of Ukrainian and Soviet notes: «Борці за Жовтень розповідають
(Спогади …) — Дніпропетровськ. — 1957. — С. 91–92.» (the notes of a Ukrainian history of
1917, the dev set's batch 43). The place is the publication area's, not the title's end."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes


@pytest.mark.parametrize(("text", "title", "place", "year"), [
    ("Нариси історії Полтавщини. — Полтава. — 1990. — С. 44.", "Нариси історії Полтавщини",
     "Полтава", 1990),
    ("Історія міста Одеси. — Одеса. — 1969. — 214 с.", "Історія міста Одеси", "Одеса", 1969),
    ("Сидоренко С. С. Збірка документів (1917–1920) — Запоріжжя. — 1965. — С. 12–13.",
     "Збірка документів (1917–1920)", "Запоріжжя", 1965),
    ("Петров П. П. Очерки истории края. — Томск. — 1964. — С. 17.", "Очерки истории края",
     "Томск", 1964),
    ("Петров П. П. Очерки истории края. — М. — 1964. — С. 17.", "Очерки истории края",
     "Москва", 1964),
    ("Іваненко І. Історія краю. — К. — 1991. — С. 5.", "Історія краю", "Київ", 1991),
])
def test_a_known_place_alone_between_dashes_before_the_year_is_the_place(
        text: str, title: str, place: str, year: int) -> None:
    document = parse_footnotes([text])
    item = document.items[document.notes[0].cites[0].item]
    assert item.fields["title"] == title
    assert item.fields["publisher-place"] == place
    assert item.fields["issued"].parts[0][0] == year


def test_a_publisher_alone_between_dashes_is_not_taken_for_a_place() -> None:
    document = parse_footnotes(["Петров П. П. Очерки истории края. — Наука. — 1964. — С. 17."])
    item = document.items[document.notes[0].cites[0].item]
    assert "publisher-place" not in item.fields
