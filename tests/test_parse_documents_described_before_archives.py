"""A document described by its kind and whose it is, then its archive in parentheses: the
description is the document's title, its date after «от» its `issued`, whether the date
closes the description or the subject follows it: "Служебная записка 3-го отдела на имя
Сталина от 26 февраля 1953 г. о позиции советского правительства … (АВП РФ. Ф. 084. Оп.
11. Пап. 275. Д. 51. Л. 3)." (batch 46, a note on Stalin's 1952 note); values read by
hand. A sentence of prose before an archive in parentheses stays the note's commentary."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Date


def first(text: str) -> tuple[dict[str, object], str | None, str | None]:
    document = parse_footnotes([text])
    note = document.notes[0]
    cite = note.cites[0]
    return document.items[cite.item].fields, cite.locator, note.comment


@pytest.mark.parametrize(("text", "title", "archive", "issued", "leaf"), [
    ("Служебная записка 3-го отдела на имя Сталина от 26 февраля 1953 г. о позиции "
     "советского правительства в отношении «европейской интеграции угольной и сталелитейной "
     "промышленности» (АВП РФ. Ф. 084. Оп. 11. Пап. 275. Д. 51. Л. 3).",
     "Служебная записка 3-го отдела на имя Сталина от 26 февраля 1953 г. о позиции советского "
     "правительства в отношении «европейской интеграции угольной и сталелитейной "
     "промышленности»", "АВП РФ", [1953, 2, 26], "3"),
    ("Докладная записка Наркомзема о ходе посевной кампании (РГАЭ. Ф. 7486. Оп. 1. Д. 12. Л. "
     "5–7).", "Докладная записка Наркомзема о ходе посевной кампании", "РГАЭ", None, "5–7"),
    ("Письмо Ленина Горькому о положении интеллигенции (РГАСПИ. Ф. 2. Оп. 1. Д. 11164. Л. 2).",
     "Письмо Ленина Горькому о положении интеллигенции", "РГАСПИ", None, "2"),
])
def test_the_description_is_the_documents_title(text: str, title: str, archive: str,
                                                issued: list[int] | None, leaf: str) -> None:
    fields, locator, comment = first(text)
    assert (fields["title"], fields["archive"], locator, comment) == (title, archive, leaf, None)
    assert fields.get("issued") == (Date(parts=[issued]) if issued else None)


def test_a_sentence_before_the_archive_is_no_title() -> None:
    fields, locator, comment = first("Письмо было отправлено 5 мая (ГАРФ. Ф. 5. Оп. 1. Д. 51. "
                                     "Л. 3).")
    assert "title" not in fields and fields["archive"] == "ГАРФ" and locator == "3"
    assert comment
