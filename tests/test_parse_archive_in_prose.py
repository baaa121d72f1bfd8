"""A file cited in parentheses at the end of a sentence of prose: the fond and a level
below it ("Ф. 137. Оп. 1", "ф. 1, № 174") are a sign of a reference
(biblio.parse.commentary.REFERENCE_SIGN), so the sentence is searched for it instead of
being read whole, the prose taken for the archive's name."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.parse.commentary import looks_like_reference


@pytest.mark.parametrize("text", [
    "(ГРМ. Ф. 137. Оп. 1. Ед. хр. 358)",  # a translated biography of Diaghilev
    "(РГАСПИ. Ф. 17. Оп. 162. Д. 13. Л. 76)",  # a history of the Politburo
    "Ін-т літ-ри ім. Т. Г. Шевченка АН УРСР, від. рукоп. – Ф. 1. – Спр. 505.",
    "(Інститут літератури ім. Т. Г. Шевченка НАН України, відділ рукописів, ф. 1, № 174)",
])
def test_a_fond_and_a_level_below_it_are_a_sign_of_a_reference(text: str) -> None:
    assert looks_like_reference(text)


def test_a_fond_of_prose_is_no_sign() -> None:
    assert not looks_like_reference("Мы нашли его в фонде музея, опись не сохранилась.")


def test_a_museum_file_after_prose_is_read_and_the_prose_kept_as_comment() -> None:
    """rutlib 35954, note 300 (batch 25): the whole sentence was read as the archive's
    name, "Опубликованная версия … (ГРМ"."""
    document = parse_footnotes([
        "Опубликованная версия основывается на копии письма, оставшейся у Бенуа и "
        "хранящейся в его архиве в Русском музее в Санкт-Петербурге (ГРМ. Ф. 137. Оп. 1. "
        "Ед. хр. 358)."])
    note = document.notes[0]
    item = document.items[note.cites[0].item]
    assert item.fields["archive"] == "ГРМ"
    assert item.fields["archive_location"] == "ф. 137, оп. 1, ед. хр. 358"
    assert note.comment is not None and note.comment.startswith("Опубликованная версия")
