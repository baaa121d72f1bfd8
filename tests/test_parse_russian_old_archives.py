"""The units of the old chancelleries' fonds, книга and столбец, between the fond and the
leaf (GOST 7.0.12 "кн.", "стб."), in the comma and the period forms. Real forms: the
first from the dev set (batch 6); the others as GOST R 7.0.5 prints archival levels."""

from __future__ import annotations

from biblio.parse import parse_footnotes


def _one(text: str) -> tuple[str | None, str | None, str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    item = document.items[cite.item] if isinstance(document.items, dict) else \
        next(i for i in document.items if i.id == cite.item)
    return item.fields.get("archive"), item.fields.get("archive_location"), cite.locator


def test_a_book_of_a_fond_is_an_archival_level() -> None:
    assert _one("РГАДА, ф. 248, кн. 300, л. 267.") == ("РГАДА", "ф. 248, кн. 300", "267")
    assert _one("РГАДА. Ф. 248. Кн. 300. Л. 267.") == ("РГАДА", "ф. 248, кн. 300", "267")


def test_a_scroll_of_a_prikaz_is_an_archival_level() -> None:
    assert _one("РГАДА. Ф. 210. Оп. 9. Стб. 123. Л. 5 об.") == \
        ("РГАДА", "ф. 210, оп. 9, стб. 123", "5 об.")


def test_a_book_after_ibid_stays_a_part_of_the_previous_work() -> None:
    document = parse_footnotes(["Громыко А.А. Памятное. М., 1990. Кн. 1. С. 120.",
                                "Там же. Кн. 2. С. 15."])
    assert document.notes[1].cites[0].locator == "15"
    assert not document.problems
