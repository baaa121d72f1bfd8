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
