"""The manufacture in parentheses after the publication's year (GOST 7.1-2003 clause 5.5,
GOST R 7.0.100-2018: the place of printing and the printer), as library
records and the reading lists copied from them print it: «Москва : Наука, 2019 (Тверь :
Тверская фабрика печати). – 320 с.», «М. : Изд-во МГУ, 2001 (Тип. МГУ).». The imprint is
read before it, the printer kept in `note` as printed; a series or an imprint with its own
year in the parentheses is not a printer. Values read by hand from the texts."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.areas import is_printing


def read(text: str) -> dict:
    document = parse_footnotes([text])
    return document.items[document.notes[0].cites[0].item].fields


@pytest.mark.parametrize("text, place, publisher, year, printer", [
    ("Иванов И. И. Экономика. – Москва : Наука, 2019 (Тверь : Тверская фабрика печати). – "
     "320 с.", "Москва", "Наука", 2019, "Тверь : Тверская фабрика печати"),
    ("Орлов Д. Сети. – М. : Изд-во МГУ, 2001 (Тип. МГУ).", "Москва", "Изд-во МГУ", 2001,
     "Тип. МГУ"),
    ("Орлов Д. Сети. – СПб. : Питер, 2003 (Тип. «Наука»). – 210 с.", "Санкт-Петербург",
     "Питер", 2003, "Тип. «Наука»"),
    ("Коваль О. Економіка. – Київ : Основа, 2001 (Друк. «Поліграфіст»). – 320 с.", "Київ",
     "Основа", 2001, "Друк. «Поліграфіст»"),
    ("Орлов Д. Сети. — Казань : Фэн, 2010 (Нижний Новгород : «Полиграф»). — 96 с.", "Казань",
     "Фэн", 2010, "Нижний Новгород : «Полиграф»"),
])
def test_the_printer_after_the_year_is_kept_in_the_note(
        text: str, place: str, publisher: str, year: int, printer: str) -> None:
    fields = read(text)
    assert (fields["publisher-place"], fields["publisher"]) == (place, publisher)
    assert fields["issued"].year == year
    assert fields["note"] == printer
    assert "collection-title" not in fields


def test_a_printer_with_no_publisher_named() -> None:
    fields = read("Иванов И. И. Экономика. – Иркутск : [б. и.], 2005 (Иркутск : Тип. № 1). – "
                  "320 с.")
    assert fields["publisher-place"] == "Иркутск"
    assert "publisher" not in fields
    assert fields["note"] == "Иркутск : Тип. № 1"
    assert fields["number-of-pages"] == "320"


@pytest.mark.parametrize("text", [
    "Сер. «Жизнь : люди»",                # a series
    "Литературные памятники",             # a series, no printer's word nor place
    "Литература : хрестоматия",           # a series' title and its other title information
    "Berlin: Berlinische Galerie, 1993",  # a book's imprint with its own year
])
def test_parentheses_that_name_no_printer(text: str) -> None:
    assert not is_printing(text)
