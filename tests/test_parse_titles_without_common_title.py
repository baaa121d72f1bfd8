"""A work with no common title, its titles parted by « ; » before the statement of
responsibility (GOST 7.1-2003 clause 5.2: «Пушкин А. С. Повести Белкина ; Дубровский / А.
С. Пушкин. — М. : Худож. лит., 1980»), and a volume's titles so parted («Энцыклапедыя
гісторыі Беларусі. У 6 т. Т. 6. Кн. 2: Усвея — Яшын; Дадатак / Рэдкал.: … — Мн.: БелЭн,
2003.», dev row ru-gost-813): one reference, whose imprint is the work's, not a second
reference after the «;». A «;» after a reference with its year, or before a heading, still
parts two references. Values read by hand from the texts."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


def items(text: str) -> list[dict]:
    document = parse_footnotes([text])
    return [document.items[cite.item].fields for cite in document.notes[0].cites]


@pytest.mark.parametrize("text, title, place, year", [
    ("Пушкин А. С. Повести Белкина ; Дубровский / А. С. Пушкин. – М. : Худож. лит., 1980. – "
     "300 с.", "Повести Белкина ; Дубровский", "Москва", 1980),
    ("Гоголь Н. В. Вечера на хуторе близ Диканьки ; Миргород / Н. В. Гоголь. – Л. : Наука, "
     "1983. – 240 с.", "Вечера на хуторе близ Диканьки ; Миргород", "Ленинград", 1983),
    ("Чехов, А. П. Степь; Дуэль / А. П. Чехов ; вступ. ст. В. Катаева. — Москва : Дет. лит., "
     "1975. — 190 с.", "Степь; Дуэль", "Москва", 1975),
])
def test_titles_of_one_author_parted_by_a_semicolon_are_one_work(
        text: str, title: str, place: str, year: int) -> None:
    read = items(text)
    assert len(read) == 1
    assert read[0]["title"] == title
    assert (read[0]["publisher-place"], read[0]["issued"].year) == (place, year)


def test_a_volumes_titles_parted_by_a_semicolon_keep_the_sets_imprint() -> None:
    read = items("Большая энциклопедия. В 10 т. Т. 3. Кн. 1: Абаза — Вязьма; Приложения / "
                 "редкол.: И. И. Орлов (гл. ред.) [и др.]. — Минск : Белэн, 2001. — 616 с.")
    assert len(read) == 1
    assert (read[0]["title"], read[0]["volume"]) == ("Большая энциклопедия", "3")
    assert (read[0]["publisher-place"], read[0]["publisher"]) == ("Минск", "Белэн")
    assert read[0]["number-of-pages"] == "616"


@pytest.mark.parametrize("text", [
    # the first reference has its imprint: the «;» ends it
    "Иванов И. И. Книга. М., 1990; История края / под ред. П. П. Петрова. М., 1995.",
    # a heading after the «;» opens a reference of its own
    "Иванов И. И. Книга; Петров П. П. История края / П. П. Петров. М., 1995.",
])
def test_a_semicolon_before_another_reference_still_parts_them(text: str) -> None:
    assert len(items(text)) == 2
