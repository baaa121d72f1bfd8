"""A range of volumes or issues with its dash spaced (issue 9), as Word manuscripts and
journals' pages type it: «№ 9 – 10», «Т. 1 – 4», «Вып. 1 - 2». The range is the volume's or
the issue's, kept as printed (tests/data/dev/README.md: numbers as printed), and a pinpoint
after it is the cite's; a year after a spaced dash is the next area's. Expectations read
off each reference by hand."""

from __future__ import annotations

import pytest
from first_cite import first_cite

from biblio.parse.areas import split_areas
from biblio.parse.locators import ISSUE


@pytest.mark.parametrize("reference, variable, value", [
    # as printed (ru-gost-107, a Cyberleninka article's list)
    # a book's «Вып.» with no volume is its volume (parse/book_designations.py)
    ("Гинс Г.К. Переселение и колонизация. СПб., 1913. Вып. 1 - 2.", "volume", "1 - 2"),
    # dev references (ru-fn-675, 1007, 1712, ru-gost-416: a journal as a whole in the Soviet
    # comma form, a journal in a note after a dash, a diocesan gazette, a dictionary's
    # volumes) typed with the spaced dash by the «ranges-spaced» variant's rule
    ("Светлов М., «Октябрь», 1928, № 9 – 10", "issue", "9 – 10"),
    ("Горбатов А.В. Годы и войны. — Новый мир, 1964, № 3 – 5.", "issue", "3 – 5"),
    ("Ушаков Д. Материалы по народным верованиям великороссов // Пермские епархиальные "
     "ведомости. 1896. № 2 – 3.", "issue", "2 – 3"),
    ("Толковый словарь живого великорусского языка. Т. 1 – 4. М., 1955;", "volume", "1 – 4"),
])
def test_a_spaced_range_of_issues_or_volumes_is_kept_whole(
        reference: str, variable: str, value: str) -> None:
    item, _ = first_cite(reference)
    assert item[variable] == value


def test_a_pinpoint_after_a_spaced_range_is_the_cites() -> None:
    # ru-fn-1445, a wartime bulletin, typed with the spaced dash
    item, cite = first_cite("Информационный сборник ССК СССР. М., 1945. № 7 – 8. С. 52.")
    assert (item["issue"], cite.locator) == ("7 – 8", "52")


def test_the_number_closing_a_spaced_range_is_no_ordinal() -> None:
    """"2. Aufl." opens an area with an ordinal; "№ 7 – 8." closes one: the period after a
    range a term counts ends the area, as after "№ 15."."""
    assert [area.text for area in split_areas("Сборник. М., 1945. С. 7 – 8. Т. 2.")] == \
        ["Сборник", "М., 1945", "С. 7 – 8", "Т. 2"]
    assert [area.text for area in split_areas("Der 1 – 2. Weltkrieg. Berlin, 1990.")] == \
        ["Der 1 – 2. Weltkrieg", "Berlin, 1990"]


def test_a_year_after_a_spaced_dash_is_not_the_ranges_end() -> None:
    issue = ISSUE.match("№ 5 – 2001")
    assert issue is not None and issue["value"] == "5"
    assert ISSUE.match("№ 5 – 12")["value"] == "5 – 12"  # type: ignore[index]
