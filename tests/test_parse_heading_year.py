"""A year in parentheses after a GOST heading, «Чуев Ф. (1991). Title…», as author–date
lists of Russian journals print it, read as the reference's `issued` and the rest read
as GOST describes it (biblio.parse.heading_year, session 30).

The references are dev footnotes of three books (the source at each) typed as those
lists type them, the year moved after the heading; each field checked by hand against
the note as printed.
"""

from __future__ import annotations

from typing import Any

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json
from biblio.model import Date
from biblio.parse.heading_year import give_heading_year, take_heading_year


def _cite(text: str) -> tuple[dict[str, Any], str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return item_to_json(document.items[cite.item]), cite.locator


def test_a_book_with_its_year_after_the_heading() -> None:
    # ru-fn-473, notes of a book on Stalin's circle: «… — М.: Терра, 1991. С. 61.»
    item, page = _cite("Чуев Ф. (1991). Сто сорок бесед с Молотовым. — М.: Терра. С. 61.")
    assert (item["author"], item["title"]) == \
        ([{"family": "Чуев", "given": "Ф."}], "Сто сорок бесед с Молотовым")
    assert (item["publisher-place"], item["publisher"]) == ("Москва", "Терра")
    assert (item["issued"], page) == ({"date-parts": [[1991]]}, "61")


def test_a_chapter_with_its_year_after_the_heading() -> None:
    # ru-fn-556, notes of a book on Blok: «… // Труды по знаковым системам. Вып. VI.
    # Тарту, 1973.»
    item, _ = _cite("Минц З. Г. (1973). Функция реминисценций в поэтике А. Блока // Труды "
                    "по знаковым системам. Вып. VI. Тарту.")
    assert (item["type"], item["title"], item["container-title"]) == \
        ("chapter", "Функция реминисценций в поэтике А. Блока", "Труды по знаковым системам")
    assert item["issued"] == {"date-parts": [[1973]]}


def test_a_volume_of_works_with_its_year_after_the_heading() -> None:
    # ru-fn-582, notes of a book on the veche: «… Т. 1. СПб., 1899. С. 352.»
    item, page = _cite("Градовский А. Д. (1899). Собрание сочинений. Т. 1. СПб. С. 352.")
    assert (item["title"], item["volume"], item["issued"], page) == \
        ("Собрание сочинений", "1", {"date-parts": [[1899]]}, "352")


def test_an_apa_entry_and_a_year_in_a_title_are_left_to_their_readers() -> None:
    """APA's heading keeps its comma (ru-fn-1772, read by biblio.parse.csl_citations);
    a year with no GOST description after it, or inside the title, is no heading's."""
    apa = "Скурко, П. Д. (2017). Записи в книгах последователей Франциска Скорины."
    assert take_heading_year(apa) == (apa, None)
    assert take_heading_year("Иванов И. И. (1975). Очерки истории.")[1] is None
    titled = "Война и мир (1869). Т. 1. М., 1980."
    assert take_heading_year(titled) == (titled, None)
    assert take_heading_year("Жуков Г. К. (1969). Воспоминания. М., 1969. С. 5.") == \
        ("Жуков Г. К. Воспоминания. М., 1969. С. 5.", "1969")


def test_the_heading_year_goes_to_issued_or_beside_another() -> None:
    fields: dict[str, Any] = {}
    give_heading_year(fields, "1911")
    assert fields == {"issued": Date(parts=[[1911]])}
    reprint: dict[str, Any] = {"issued": Date(parts=[[2000]])}
    give_heading_year(reprint, "1911")
    assert reprint["note"] == "(1911)" and reprint["issued"] == Date(parts=[[2000]])
    same: dict[str, Any] = {"issued": Date(parts=[[1969]])}
    give_heading_year(same, "1969")
    assert same == {"issued": Date(parts=[[1969]])}
