"""Newspapers cited by their number and day, with the place of publication, as Russian
historians cite the émigré and wartime press (issue 9): "Наш путь. Киев, № 1, 19 ноября
1918 г.", "«Красная звезда» №93, 21 апреля 1942 года". The newspaper is the work cited as
a whole issue (type `periodical`, its name in `title`), as the project's gold has it;
values read off each text by hand."""

from __future__ import annotations

from typing import Any

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes


def parse(text: str) -> tuple[dict[str, Any], str | None]:
    document = parse_footnotes([text])
    note = document.notes[0]
    assert note.leftover == []
    cite = note.cites[0]
    return item_to_json(document.items[cite.item]), cite.locator


def test_newspaper_with_its_place_number_and_day() -> None:
    item, _ = parse("Возрождение. Париж, № 412, 16 июля 1926 г.")
    assert item["type"] == "periodical"
    assert (item["title"], item["publisher-place"], item["issue"]) == (
        "Возрождение", "Париж", "412")
    assert item["issued"]["date-parts"][0] == [1926, 7, 16]


def test_newspaper_in_quotes_with_its_number_and_the_day_in_words() -> None:
    item, _ = parse("«Красная звезда» №93, 21 апреля 1942 года")
    assert (item["title"], item["issue"]) == ("Красная звезда", "93")
    assert item["issued"]["date-parts"][0] == [1942, 4, 21]
    assert "publisher-place" not in item


def test_newspaper_number_day_and_page() -> None:
    item, locator = parse("Известия, № 245, 2 ноября 1937 г., с. 3.")
    assert (item["title"], item["issue"], locator) == ("Известия", "245", "3")
