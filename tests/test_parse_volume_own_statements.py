"""A volume of a set described with its own year, its own title after a period, and the
set's imprint above the volume's year (issue 9, session 33, batch 42).

Wikipedia's references to Soviet encyclopaedias print a volume's own year in parentheses
and the letters the volume runs from and to after a period where GOST puts a colon:
«Средневековые лады // Музыкальная энциклопедия / под общей редакцией Ю. В. Келдыша. — М.:
«Советская энциклопедия», 1981. — Т. 5 (1981). Симон — Хейле. — С. 246.» (dev row
ru-gost-1655); GOST 7.0.5's description of a letter in a volume of collected works gives
the set's imprint with its run of years, then the volume, its title and its own year:
«… // Есенин С. А. Полное собрание сочинений: В 7 т. — М.: Наука; Голос, 1995—2002. Т. 6.
Письма. — 1999. — С. 203—206.» (dev row ru-gost-1639). The volume's number, title and year
are read, the set's place and publisher kept and its run of years noted. A place and its
year after a volume's number, and a division, stay what they are. Values read by hand."""

from __future__ import annotations

import pytest

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes
from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "host", "volume", "volume_title", "year", "publisher"), [
    ("Средневековые лады // Музыкальная энциклопедия / под общей редакцией Ю. В. Келдыша. — "
     "М.: «Советская энциклопедия», 1981. — Т. 5 (1981). Симон — Хейле. — С. 246.",
     "Музыкальная энциклопедия", "5", "Симон — Хейле", 1981, "«Советская энциклопедия»"),
    # other encyclopaedias and volumes, each statement alone
    ("Кварнер // Большая советская энциклопедия. — 3-е изд. — М.: Советская энциклопедия, "
     "1973. — Т. 12. Кварнер — Конгур. — С. 5.",
     "Большая советская энциклопедия", "12", "Кварнер — Конгур", 1973, "Советская энциклопедия"),
    ("Балет // Театральная энциклопедия. — М.: Советская энциклопедия, 1961—1967. — Т. 1 "
     "(1961). — С. 400.", "Театральная энциклопедия", "1", None, 1961, "Советская энциклопедия"),
])
def test_a_volumes_own_year_and_title_are_read(text: str, host: str, volume: str,
                                               volume_title: str | None, year: int,
                                               publisher: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["container-title"] == host
    assert reference.fields["volume"] == volume
    assert reference.fields.get("volume-title") == volume_title
    assert reference.fields["issued"].year == year
    assert reference.fields["publisher"] == publisher


@pytest.mark.parametrize(("text", "publisher", "volume", "year", "run"), [
    ("Есенин С. А. Письмо Вержбицкому Н. К., 6 марта 1925 г. Москва // Есенин С. А. Полное "
     "собрание сочинений: В 7 т. — М.: Наука; Голос, 1995—2002. Т. 6. Письма. — 1999. — С. "
     "203—206.", "Наука; Голос", "6", 1999, "1995—2002"),
    ("Пушкин А. С. Письмо Вяземскому // Полное собрание сочинений: В 10 т. — М.: Наука, "
     "1977—1979. — Т. 10. — 1979. — С. 20—21.", "Наука", "10", 1979, "1977—1979"),
])
def test_a_sets_imprint_above_its_volumes_year_keeps_its_place_and_publisher(
        text: str, publisher: str, volume: str, year: int, run: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["container-title"] == "Полное собрание сочинений"
    assert reference.fields["publisher-place"] == "Москва"
    assert reference.fields["publisher"] == publisher
    assert reference.fields["volume"] == volume
    assert reference.fields["issued"].year == year
    assert reference.fields["note"] == run


def test_a_place_and_its_year_after_a_volume_are_no_volumes_title() -> None:
    document = parse_footnotes(["I Съезд народных депутатов СССР. 25 мая – 9 июня 1989 г.: "
                                "Стеногр. отчет. Том I. М. (1989). С. 9."])
    item = item_to_json(document.items[document.notes[0].cites[0].item])
    assert "volume-title" not in item
    assert item["volume"] == "I"


def test_a_division_after_a_volume_is_no_volumes_title() -> None:
    reference = parse_reference("Русские полководцы. М.И. Кутузов. Сборник документов и "
                                "материалов. Том IV. Часть 1I. Под ред. Л.Г. Бескровного. "
                                "Москва, изд. Министерства Обороны Союза ССР, 1955, стр. 98.")
    assert "volume-title" not in reference.fields
    assert reference.fields["volume"] == "IV"
