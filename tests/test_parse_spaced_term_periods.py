"""A page's, a leaf's or a volume's abbreviation whose period was typed after a space and
set close to the number: "Деяния Русского Всезарубежного Собора. С .5–6." (batch 46, the
notes of a history of the Russian Church Abroad on a reading site, three notes of one
page). Read as GOST prints it ("С. 5–6": biblio.parse.typography.SPACED_TERM_PERIOD), the
note keeping its text as printed; values read by hand from the printed form."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.parse.typography import as_gost_prints, typed_as_read


def first(text: str) -> tuple[dict[str, object], str | None, str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields, cite.locator, cite.label


@pytest.mark.parametrize(("text", "title", "locator"), [
    ("Деяния Русского Всезарубежного Собора. С .5–6.", "Деяния Русского Всезарубежного Собора",
     "5–6"),
    ("Зернов Н. Юрисдикционные споры. С .125", "Юрисдикционные споры", "125"),
    ("Петров П. П. Записки. М., 1990. Стр .12.", "Записки", "12"),
    ("Иванов И. И. История Сибири. М., 1975. с .45.", "История Сибири", "45"),
])
def test_a_pages_period_spaced_off_is_read_as_the_page(text: str, title: str,
                                                       locator: str) -> None:
    fields, found, label = first(text)
    assert (fields["title"], found, label) == (title, locator, "page")


def test_a_volumes_and_a_leafs_period_spaced_off() -> None:
    fields, locator, _ = first("Иванов И. И. История Сибири. Т .2. С .45.")
    assert (fields["volume"], locator) == ("2", "45")
    fields, locator, label = first("ГАРФ. Ф. 102. Оп. 3. Д. 5. Л .14 об.")
    assert (fields["archive_location"], locator, label) == ("ф. 102, оп. 3, д. 5", "14 об.",
                                                           "folio")


@pytest.mark.parametrize(("printed", "read"), [
    ("С .5–6.", "С. 5–6."),
    ("Т .2. С . 45", "Т. 2. С.  45"),
    ("Вып .3.", "Вып. 3."),
    # a word that ends in a term's letters, a term with no number after it: unchanged
    ("Москва, 1990, сс .5", "Москва, 1990, сс .5"),
    ("см. ниже, С .", "см. ниже, С ."),
])
def test_only_a_terms_period_before_a_number_is_moved(printed: str, read: str) -> None:
    assert as_gost_prints(printed) == read
    assert len(as_gost_prints(printed)) == len(printed)


def test_a_note_with_such_a_period_is_not_taken_as_typed_as_read() -> None:
    assert not typed_as_read("Зернов Н. Юрисдикционные споры. С .125")
