"""A book's imprint typed after "//", as students' lists and textbooks' literature lists
type the mark before the place («Гилман А.Г. Клиническая фармакология по Гудману и
Гилману // М.: Практика, 2006.», batch 48's studentlibrary list): an abbreviated place, its
publisher and year in one area are the book's own imprint, not a host
(biblio.parse.gost._imprint_as_host). A host's title, written-out place names among
them, stays a host. The values were read off the texts by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title", "place", "publisher", "year"), [
    ("Гилман А.Г. Клиническая фармакология по Гудману и Гилману // М.: Практика, 2006.",
     "Клиническая фармакология по Гудману и Гилману", "Москва", "Практика", 2006),
    # another place and the extent after the year
    ("Кузнецов И. Н. Основы менеджмента // СПб.: Питер, 2004. – 320 с.",
     "Основы менеджмента", "Санкт-Петербург", "Питер", 2004),
    # a publisher of two words with its abbreviation's period, spaced colon
    ("Сергеева Т. В. История края // Л. : Изд-во ЛГУ, 1985.", "История края", "Ленинград",
     "Изд-во ЛГУ", 1985),
])
def test_an_imprint_after_the_host_mark_is_the_books(text: str, title: str, place: str,
                                                     publisher: str, year: int) -> None:
    reference = parse_reference(text)
    assert reference.type == "book"
    assert reference.fields["title"] == title
    assert reference.fields["publisher-place"] == place
    assert reference.fields["publisher"] == publisher
    assert reference.fields["issued"].parts == [[year]]
    assert "container-title" not in reference.fields


def test_a_journal_after_the_host_mark_stays_the_host() -> None:
    reference = parse_reference("Иванов И. И. Статья // Вопросы истории. 1990. № 5. С. 3-15.")
    assert reference.fields["container-title"] == "Вопросы истории"


def test_a_host_titled_by_a_written_out_place_stays_the_host() -> None:
    reference = parse_reference("Иванов И. И. Статья // Москва : энциклопедия / гл. ред. С. О. "
                                "Шмидт. — М. : БРЭ, 1997. — С. 5.")
    assert reference.fields["container-title"] == "Москва"
