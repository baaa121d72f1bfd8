"""A journal's issue as IRBIS catalogues display it (issue 9, session 34).

IRBIS catalogues list a library's journal issues as «Title -2019г. т.62,N 6»: the
journal's title, the year after a hyphen with «г.», the volume after «т.», the number
after «N». Dev rows ru-fn-421 (the Ural Branch library) and ru-gost-1848 (a Pavlodar
university's catalogue); the others vary the titles, the years and the spacing.
"""

from __future__ import annotations

from typing import Any

import pytest

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json


def _item(text: str) -> dict[str, Any]:
    document = parse_footnotes([text])
    return item_to_json(document.items[document.notes[0].cites[0].item])


@pytest.mark.parametrize(("text", "title", "year", "volume", "issue"), [
    ("Известия высших учебных заведений -2019г. т.62,N 6",
     "Известия высших учебных заведений", 2019, "62", "6"),
    ("Вестн.национальной инж.академии РК -2013г.,N 4",
     "Вестн.национальной инж.академии РК", 2013, None, "4"),
    ("Вестник связи -1998г. N 5", "Вестник связи", 1998, None, "5"),
    ("Русская литература -2005г.,N 2", "Русская литература", 2005, None, "2"),
    ("Журнал прикладной химии -2001г. т.74,N 11", "Журнал прикладной химии", 2001, "74", "11"),
])
def test_an_issue_record(text: str, title: str, year: int, volume: str | None,
                         issue: str) -> None:
    item = _item(text)
    assert (item["type"], item["title"], item["issue"]) == ("periodical", title, issue)
    assert item["issued"] == {"date-parts": [[year]]}
    assert item.get("volume") == volume


def test_a_part_of_the_issue_is_kept_in_the_note() -> None:
    item = _item("Изобретения. Полезные модели -2011г.,N 7 ч.2")
    assert (item["title"], item["issue"], item["note"]) == \
        ("Изобретения. Полезные модели", "7", "ч.2")


def test_a_long_title_without_a_year_is_read_in_linear_time() -> None:
    text = "Вестник " + "науки и техники -" * 3000 + " N 5"
    document = parse_footnotes([text])
    assert document.notes  # read, however, without hanging
