"""A book's appendix cited as an area before its pages (GOST 7.0.12 «прил.», DSTU 3582
«дод.»): «… М., 2017. Приложение 1. С. 384–409.». The appendix is kept in the note and
the pages are read as any part's, not cut off as commentary."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes


@pytest.mark.parametrize(("footnote", "appendix", "page", "locator"), [
    # a code printed as an appendix of a law course (a GOST list)
    ("Исправительно-трудовой кодекс РСФСР 1924 года // Курс уголовно-исполнительного "
     "права. В 3 т. Т. 1. Общая часть. М., 2017. Приложение 1. С. 384–409.",
     "Приложение 1", "384–409", "384–409"),
    # the abbreviation, another book
    ("Иванов И. Устав артели // Сборник документов по истории колхозов. М., 1957. Прил. 3. "
     "С. 84–109.", "Прил. 3", "84–109", "84–109"),
    # Ukrainian, an appendix by letter
    ("Іванов І. Статут // Збірник документів. Київ, 2017. Додаток Б. С. 12–19.",
     "Додаток Б", "12–19", "12–19"),
    # a page of a book's appendix cited in a note: the cite's pinpoint
    ("1 Съезд Советов СССР. Стенографический отчет с приложениями. М., 1923. Приложение 1. "
     "С. 8.", "Приложение 1", None, "8"),
])
def test_an_appendix_before_its_pages_is_kept_and_the_pages_read(
        footnote: str, appendix: str, page: str | None, locator: str) -> None:
    document = parse_footnotes([footnote])
    cite = document.notes[0].cites[0]
    item = document.items[cite.item]
    assert item["note"] == appendix
    assert item.fields.get("page") == page
    assert cite.locator == locator
    assert not cite.suffix
