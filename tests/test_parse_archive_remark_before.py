"""The form of a document, then a dash, before the archive that keeps it, as the
commentaries of writers' editions name a text's source («Автограф — РГАЛИ …»): the remark
is the cite's, the archive keeps its siglum."""

from __future__ import annotations

import pytest

from biblio.parse.archival import parse_archival


@pytest.mark.parametrize(("text", "remark", "archive", "location"), [
    # the development set (ru-fn-750, the letters of an unidentified correspondent)
    ("Автограф — РГАЛИ. Ф. 1348 (Коллекция писем неустановленных лиц). Оп. 1. Ед. хр. 533 "
     "(автор установлен Г. Г. Суперфином).", "Автограф", "РГАЛИ",
     "ф. 1348 (Коллекция писем неустановленных лиц), оп. 1, ед. хр. 533"),
    # the same form with a qualified remark and the comma style
    ("Черновой автограф — ИРЛИ, ф. 244, оп. 1, № 15, л. 3.", "Черновой автограф", "ИРЛИ",
     "ф. 244, оп. 1, № 15"),
    ("Копия — ГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3.", "Копия", "ГАРФ",
     "ф. Р-5446, оп. 1, д. 12"),
    # a sentence that says the source exists and what it is (ru-fn-3628, Lermontov's
    # commentary, led here; these vary its archive, words and numbers)
    ("Имеется беловой автограф с поправками – РГАЛИ, ф. 1348, оп. 1, № 12, л. 5.",
     "Имеется беловой автограф с поправками", "РГАЛИ", "ф. 1348, оп. 1, № 12"),
    ("Сохранилась копия, сделанная рукой Жуковского, – ИРЛИ, ф. 244, оп. 1, № 37, л. 2 об.",
     "Сохранилась копия, сделанная рукой Жуковского", "ИРЛИ", "ф. 244, оп. 1, № 37"),
    ("Копия, принадлежавшая П. И. Бартеневу, без даты – ГИМ, ф. 445, № 11.",
     "Копия, принадлежавшая П. И. Бартеневу, без даты", "ГИМ", "ф. 445, № 11"),
    # a colon for the dash
    ("Автограф: ИРЛИ, ф. 244, оп. 1, № 5, л. 3.", "Автограф", "ИРЛИ", "ф. 244, оп. 1, № 5"),
])
def test_the_remark_before_the_archive_is_no_part_of_its_name(
        text: str, remark: str, archive: str, location: str) -> None:
    path = parse_archival(text)
    assert path is not None
    assert (path.remark, path.archive, path.location()) == (remark, archive, location)


def test_a_remark_after_the_leaf_joins_the_one_before() -> None:
    path = parse_archival("Копия — ГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3. Машинопись.")
    assert path is not None and path.remark == "Копия; Машинопись"


def test_a_name_before_a_dash_that_is_no_remark_stays_the_archives() -> None:
    """An archive named with its department after a dash is not cut."""
    path = parse_archival("ОР РНБ — Рукописный отдел. Ф. 1. Оп. 1. Д. 5. Л. 2.")
    assert path is not None and path.remark is None
    assert path.archive == "ОР РНБ — Рукописный отдел"


def test_a_long_remark_before_the_archive_is_read_in_linear_time() -> None:
    text = "Имеется копия " + "с " * 5000 + "– ГИМ, ф. 445, № 11."
    path = parse_archival(text)
    assert path is not None and path.location() == "ф. 445, № 11"
