"""Authors known by one name or a name and an epithet (GOST 7.80-2000; the Russian
cataloguing rules' «особые категории лиц»): ancient, Byzantine and patristic authors head
their works by that name, with no initials and no family ending. The notes are those of
the development set (tests/data/dev, batches 15 and 19: a book on the first Rus'
princes and a collective volume on the Slavs and their neighbours), checked by hand
against the pages they come from; the GOST 7.1 form is written from the standard's
heading rules."""

from __future__ import annotations

from biblio.model import Name
from biblio.parse import parse_footnotes
from biblio.parse.names import known_name_heading, parse_full_name_heading


def _item(text: str) -> dict:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields


def test_one_name_then_a_title_and_a_translator() -> None:
    fields = _item("Геродот. История в девяти книгах/Пер. Г. А. Стратановского. Л., 1972.")
    assert fields["author"] == [Name(family="Геродот")]
    assert fields["title"] == "История в девяти книгах"
    assert fields["translator"] == [Name(family="Стратановский", given="Г. А.")]
    assert fields["publisher-place"] == "Ленинград"


def test_a_name_with_an_epithet_is_no_given_name_and_family() -> None:
    assert _item("Лев Диакон. История. М., 1988. С. 123.")["author"] == \
        [Name(family="Лев Диакон")]
    assert _item("Константин Багрянородный. Об управлении империей. М., 1991. С. 45, 51."
                 )["author"] == [Name(family="Константин Багрянородный")]


def test_a_name_with_a_preposition_heads_an_article() -> None:
    fields = _item("Прокопий из Кесарии. Тайная история/Пер. С. П. Кондратьева // ВДИ. "
                   "1938. № 4.")
    assert fields["author"] == [Name(family="Прокопий из Кесарии")]
    assert fields["title"] == "Тайная история"
    assert fields["container-title"] == "ВДИ"


def test_the_full_gost_form() -> None:
    fields = _item("Плутарх. Сравнительные жизнеописания : в 2 т. / пер. С. П. Маркиша. — "
                   "М. : Наука, 1994.")
    assert fields["author"] == [Name(family="Плутарх")]
    assert fields["title"] == "Сравнительные жизнеописания"
    assert fields["publisher"] == "Наука"


def test_a_known_name_needs_a_title_after_its_period() -> None:
    assert known_name_heading("Геродот. История") is not None
    assert known_name_heading("Геродот и его время. М., 1990.") is None
    assert known_name_heading("Геродот. ") is None
    assert known_name_heading("Геродот. с. 5") is None


def test_given_names_first_stay_given_names() -> None:
    name, _ = parse_full_name_heading("Лев Троцкий. Сталин. М., 1990.")
    assert name == Name(family="Троцкий", given="Лев")
