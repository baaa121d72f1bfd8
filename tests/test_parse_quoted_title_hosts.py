"""A periodical named after a quoted title and its comma, unquoted, in the comma form of
historians' notes (biblio.parse.quoted_title_hosts): «Петровский Б. «Н. И. Пирогов и его
время», Медицинская газета, 1995, 24 ноября, с. 3». The periodical is the host, not the
title's end; a place after the quotes is a book's imprint, and a quoted periodical after an
area's dash keeps its own place. Values read by hand from the texts."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


def read(text: str) -> tuple[dict, str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields, cite.locator


@pytest.mark.parametrize("text, title, host, date", [
    ("Петровский Б. «Пирогов и его время», Медицинская газета, 1995, 24 ноября, с. 3.",
     "Пирогов и его время", "Медицинская газета", [1995, 11, 24]),
    ("Орлова Н. «Письма с фронта», Правда, 1943, 5 мая.", "Письма с фронта", "Правда",
     [1943, 5, 5]),
    ("«Урожай в Кубанской области», Советская Кубань, 1936, 12 авг.",
     "Урожай в Кубанской области", "Советская Кубань", [1936, 8, 12]),
    ("Сидоров А. «Новые находки», Вопросы истории, 1985, № 3, с. 40–52.", "Новые находки",
     "Вопросы истории", [1985]),
    ("Иванов И. Роман «Мать», Вопросы литературы, 1980, № 3.", "Роман «Мать»",
     "Вопросы литературы", [1980]),
])
def test_the_periodical_after_a_quoted_title_is_the_host(
        text: str, title: str, host: str, date: list[int]) -> None:
    fields, _ = read(text)
    assert (fields["title"], fields["container-title"]) == (title, host)
    assert fields["issued"].parts == [date]


def test_the_page_after_the_newspapers_day_is_kept() -> None:
    fields, locator = read("Петровский Б. «Пирогов и его время», Медицинская газета, 1995, "
                           "24 ноября, с. 3.")
    assert "3" in (fields.get("page"), locator)


def test_a_place_after_the_quoted_title_is_no_periodical() -> None:
    fields, _ = read("Иванов И. «История края», М., 1990, № 2.")
    assert "container-title" not in fields
    assert fields["publisher-place"] == "Москва"


def test_a_quoted_periodical_after_the_area_dash_keeps_its_place() -> None:
    fields, _ = read("Кублановский Ю. В гостях у поэта. — «Подъём», Воронеж, 2009, № 3.")
    assert fields["title"] == "В гостях у поэта"
    assert fields["container-title"].startswith("Подъём")
