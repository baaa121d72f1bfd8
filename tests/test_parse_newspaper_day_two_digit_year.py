"""A newspaper's issue dated in figures with a two-digit year, as typed lists print it:
«// Российская газета. - № 197. - 25.12.93.» (dev row ru-gost-1226's host; GOST 7.1-2003
clause 5.7.7 dates the same issue «1993. 25 дек.»). The day and month in two figures each;
the century by the pivot the patents' dates are read with (up to 29: 20xx)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


@pytest.mark.parametrize(("text", "parts", "page"), [
    ("Иванов И. Статья // Известия. – № 45. – 03.03.97. – С. 2.", [1997, 3, 3], "2"),
    ("Петров П. Заметка // Коммерсант. – 12.04.05. – С. 3.", [2005, 4, 12], "3"),
    ("Сидоров С. Репортаж // Труд. - № 7. - 30.01.41. - С. 4.", [1941, 1, 30], "4"),
])
def test_a_newspapers_day_with_a_two_digit_year_dates_the_article(
        text: str, parts: list[int], page: str) -> None:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    item = document.items[cite.item]
    assert item["issued"].parts == [parts]
    assert item["container-title"] in ("Известия", "Коммерсант", "Труд")
    assert item["page"] == page or cite.locator == page


def test_a_day_or_month_in_one_figure_with_a_two_digit_year_is_no_date() -> None:
    """«3.3.97» may be a section's number: only «dd.mm.yy» is read as a day."""
    document = parse_footnotes(["Иванов И. Статья // Известия. – № 45. – 3.3.97. – С. 2."])
    (cite,) = document.notes[0].cites
    assert document.items[cite.item].get("issued") is None
