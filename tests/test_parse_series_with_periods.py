"""The series area in parentheses after an area's dash (GOST 7.1-2003 clause 5.7) whose
title holds periods of its own, and a series' number printed after a period instead of
GOST's ";"."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes


def _series(footnote: str) -> tuple[str | None, str | None]:
    (item,) = parse_footnotes([footnote]).items.values()
    return item.get("collection-title"), item.get("collection-number")


@pytest.mark.parametrize(("footnote", "series"), [
    # a publisher's handbook (Московский государственный университет печати, 2001)
    ("Калинин С. Ю. Как правильно оформить выходные сведения издания : Пособие для издателя "
     "/ С. Ю. Калинин ; Моск. гос. ун-т печати. - 2-е изд., перераб. и доп. - М.: МГУП, "
     "2001. - 224 с. - (Книжный бизнес. Отечественный опыт).",
     ("Книжный бизнес. Отечественный опыт", None)),
    # a library catalogue's record (Языки русской культуры, 1997)
    ("Гаспаров, М. Л. Избранные труды. Т. 2 : О стихах. - Москва : Яз. рус. культуры, 1997. "
     "- 501 с. - (Язык. Семиотика. Культура).", ("Язык. Семиотика. Культура", None)),
    # a series without periods is read as before
    ("Иванов И. И. Книга. – М. : Наука, 1985. – 200 с. – (Литературные памятники).",
     ("Литературные памятники", None)),
])
def test_the_series_keeps_its_periods(footnote: str,
                                      series: tuple[str | None, str | None]) -> None:
    assert _series(footnote) == series


@pytest.mark.parametrize(("footnote", "series"), [
    # the number after a period, as notes print it (MIA, no. 116, Наука 1964)
    ("Древности эпохи сложения восточного славянства / Отв. ред. Б.А. Рыбаков. - Москва : "
     "Наука, 1964. - 363 с. - (Материалы и исследования по археологии СССР. № 116).",
     ("Материалы и исследования по археологии СССР", "116")),
    # after a comma (ISBD 6.6), a German series (Peter Lang, 1986)
    ("Lorenzo Amberg. Kirche, Liturgie und Frömmigkeit im Schaffen von N. V. Gogol'. Bern; "
     "Frankfurt am Main; New York; Paris: 1986 (Slavica Helvetica, Bd. 24). S. 35.",
     ("Slavica Helvetica", "24")),
])
def test_a_series_number_after_a_period_or_a_comma(footnote: str,
                                                   series: tuple[str, str]) -> None:
    assert _series(footnote) == series
